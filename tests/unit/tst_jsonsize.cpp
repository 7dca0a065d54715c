// JsonSize::upperBound (the pull page's byte budget) is never below what
// QJsonDocument::toJson(Compact) writes, and close to it for ordinary text.
#include "http/jsonsize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonSize : public QObject
{
    Q_OBJECT

    static qint64 compact(const QJsonValue &value)
    {
        // A value is written inside an array; the brackets are not its own.
        return QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).size() - 2;
    }

private Q_SLOTS:
    void neverBelowTheWrittenSize_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("null") << QJsonValue();
        QTest::newRow("bool") << QJsonValue(false);
        QTest::newRow("small number") << QJsonValue(7);
        QTest::newRow("large number") << QJsonValue(9007199254740991.0);
        QTest::newRow("fraction") << QJsonValue(-0.1234567890123456789e-300);
        QTest::newRow("ascii") << QJsonValue(u"Nghị quyết 43-KH/TU"_s);
        QTest::newRow("vietnamese") << QJsonValue(u"Đảng viên học tập, quán triệt nghị quyết"_s);
        QTest::newRow("escapes") << QJsonValue(u"\"quoted\" \\ back\nslash\t\x01\x1f\x7f"_s);
        QTest::newRow("surrogates") << QJsonValue(u"chữ 😀 và 𝐀"_s);
        QTest::newRow("empty containers")
            << QJsonValue(QJsonArray { QJsonObject {}, QJsonArray {} });
        QTest::newRow("document") << QJsonValue(QJsonObject { { u"type"_s, u"document"_s },
            { u"id"_s, u"d-1"_s }, { u"op"_s, u"put"_s }, { u"version"_s, 3 },
            { u"data"_s,
                QJsonObject { { u"title"_s, u"Kế hoạch \"học tập\""_s },
                    { u"attachments"_s,
                        QJsonArray {
                            QJsonObject { { u"size"_s, 123456 }, { u"name"_s, u"tệp.pdf"_s } } } },
                    { u"meeting_id"_s, QJsonValue::Null }, { u"restricted"_s, true } } } });
    }

    void neverBelowTheWrittenSize()
    {
        QFETCH(QJsonValue, value);
        const qint64 bound = JsonSize::upperBound(value);
        const qint64 written = compact(value);
        QVERIFY2(bound >= written, qPrintable(u"%1 < %2"_s.arg(bound).arg(written)));
    }

    void textIsCountedExactly()
    {
        // Strings dominate a page; their bound is exact unless they hold control characters.
        const QString text = u"Đảng viên 😀 \"x\" \\ y"_s.repeated(100);
        QCOMPARE(JsonSize::upperBound(text), compact(text));
    }
};

QTEST_GUILESS_MAIN(TestJsonSize)
#include "tst_jsonsize.moc"
