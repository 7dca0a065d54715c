// SentenceSplitter: Vietnamese text into the sentences "Đọc to" reads, with their ranges.
#include "sentencesplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

    static QStringList pieces(const QString &text)
    {
        QStringList out;
        const auto ranges = SentenceSplitter::split(text);
        for (const SentenceRange &range : ranges)
            out << text.mid(range.start, range.length);
        return out;
    }

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only spaces") << u"  \n\n  "_s << QStringList();
        QTest::newRow("marks") << u"Chi bộ họp. Đồng chí đến chưa? Đến rồi! Tốt…  Bắt đầu."_s
                               << QStringList { u"Chi bộ họp."_s, u"Đồng chí đến chưa?"_s,
                                      u"Đến rồi!"_s, u"Tốt…"_s, u"Bắt đầu."_s };
        QTest::newRow("semicolon")
            << u"a) Học tập nghị quyết; b) Thảo luận"_s
            << QStringList { u"a) Học tập nghị quyết;"_s, u"b) Thảo luận"_s };
        QTest::newRow("lines and paragraphs")
            << u"Điều 1\nPhạm vi điều chỉnh\n\n  Nghị quyết này quy định"_s
            << QStringList { u"Điều 1"_s, u"Phạm vi điều chỉnh"_s, u"Nghị quyết này quy định"_s };
        QTest::newRow("windows line ends")
            << u"Một.\r\nHai"_s << QStringList { u"Một."_s, u"Hai"_s };
        QTest::newRow("abbreviations")
            << u"Họp tại TP. Hồ Chí Minh, Q. 1, P. Bến Nghé. Báo cáo của TS. Lan."_s
            << QStringList { u"Họp tại TP. Hồ Chí Minh, Q. 1, P. Bến Nghé."_s,
                   u"Báo cáo của TS. Lan."_s };
        QTest::newRow("abbreviation without space")
            << u"Tại TP.HCM. Xong."_s << QStringList { u"Tại TP.HCM."_s, u"Xong."_s };
        QTest::newRow("numbers") << u"Kinh phí 1.000.000 đồng, tăng 3,5 %. Đã duyệt."_s
                                 << QStringList { u"Kinh phí 1.000.000 đồng, tăng 3,5 %."_s,
                                        u"Đã duyệt."_s };
        QTest::newRow("document number")
            << u"Thực hiện Nghị quyết số 12-NQ/TW ngày 16/01/2012. Các chi bộ báo cáo."_s
            << QStringList { u"Thực hiện Nghị quyết số 12-NQ/TW ngày 16/01/2012."_s,
                   u"Các chi bộ báo cáo."_s };
        QTest::newRow("lower case goes on")
            << u"Sách, báo, v.v. và các tài liệu khác. Hết."_s
            << QStringList { u"Sách, báo, v.v. và các tài liệu khác."_s, u"Hết."_s };
        QTest::newRow("etc ends a sentence")
            << u"Sách, báo, v.v. Đồng chí đọc."_s
            << QStringList { u"Sách, báo, v.v."_s, u"Đồng chí đọc."_s };
        QTest::newRow("page number")
            << u"Xem tr. 12 của tài liệu."_s << QStringList { u"Xem tr. 12 của tài liệu."_s };
        QTest::newRow("quotes close the sentence")
            << u"Bác dạy: “Cần, kiệm, liêm, chính.” Chúng ta làm theo."_s
            << QStringList { u"Bác dạy: “Cần, kiệm, liêm, chính.”"_s, u"Chúng ta làm theo."_s };
        QTest::newRow("dots") << u"Chờ đã... Được rồi."_s
                              << QStringList { u"Chờ đã..."_s, u"Được rồi."_s };
        QTest::newRow("no words") << u"Phần một.\n***\n— \nPhần hai."_s
                                  << QStringList { u"Phần một."_s, u"Phần hai."_s };
        QTest::newRow("no final mark")
            << u"Câu cuối không có dấu"_s << QStringList { u"Câu cuối không có dấu"_s };
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(pieces(text), expected);
    }

    // Ranges point into the original text (what the reader highlights).
    void rangesAreOffsets()
    {
        const QString text = u"  Một câu.   Câu hai?\n"_s;
        const auto ranges = SentenceSplitter::split(text);
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0).start, 2);
        QCOMPARE(ranges.at(0).length, 8);
        QCOMPARE(ranges.at(1).start, 13);
        QCOMPARE(ranges.at(1).end(), 21);
    }

    // A long sentence is cut after a comma before the limit; no piece passes the limit.
    void longSentenceAtCommas()
    {
        QString clause = u"các đồng chí đảng viên trong chi bộ thực hiện nghiêm túc nhiệm vụ"_s;
        QString text;
        for (int i = 0; i < 12; ++i)
            text += (i ? u", "_s : QString()) + clause;
        text += u"."_s;
        QVERIFY(text.size() > 2 * SentenceSplitter::kMaxLength);
        const auto ranges = SentenceSplitter::split(text);
        QVERIFY(ranges.size() >= 3);
        for (int i = 0; i < ranges.size(); ++i) {
            const SentenceRange &r = ranges.at(i);
            QVERIFY(r.length <= SentenceSplitter::kMaxLength);
            if (i + 1 < ranges.size())
                QCOMPARE(text.at(r.end() - 1), u',');
            else
                QCOMPARE(text.at(r.end() - 1), u'.');
        }
        QCOMPARE(ranges.constFirst().start, 0);
        QCOMPARE(ranges.constLast().end(), text.size());
    }

    // Without commas: at a space; without spaces: at the limit.
    void longSentenceWithoutCommas()
    {
        QString words;
        for (int i = 0; i < 100; ++i)
            words += u"chi bộ "_s;
        for (const SentenceRange &r : SentenceSplitter::split(words)) {
            QVERIFY(r.length <= SentenceSplitter::kMaxLength);
            QVERIFY(!words.at(r.start).isSpace());
            QCOMPARE(words.mid(r.start, r.length).endsWith(u"bộ"_s), true);
        }
        const QString unbroken(700, u'a');
        const auto ranges = SentenceSplitter::split(unbroken);
        QCOMPARE(ranges.size(), 3);
        QCOMPARE(ranges.at(0).length, SentenceSplitter::kMaxLength);
        QCOMPARE(ranges.at(2).end(), 700);
    }
};

QTEST_APPLESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
