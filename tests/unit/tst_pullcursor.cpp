// The pull cursor, in process: it round-trips through its text, the text is URL-safe, and a
// text the server did not make (another version, missing or extra parts, negative or non-numeric
// values, bad base64, too long) is refused.
#include "sync/pullcursor.h"

#include <QRegularExpression>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The cursor text of `plain` (what PullCursor::encode() writes around its numbers).
QString encoded(const QByteArray &plain)
{
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestPullCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<qint64>("generation");
        QTest::addColumn<qint64>("sequence");
        QTest::newRow("start") << 0LL << 0LL;
        QTest::newRow("typical") << 3LL << 12345LL;
        QTest::newRow("largest") << std::numeric_limits<qint64>::max()
                                 << std::numeric_limits<qint64>::max();
    }

    void roundTrips()
    {
        QFETCH(qint64, generation);
        QFETCH(qint64, sequence);
        const QString text = PullCursor { generation, sequence }.encode();
        static const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]+$"_s);
        QVERIFY2(urlSafe.match(text).hasMatch(), qPrintable(text));
        const auto cursor = PullCursor::decode(text);
        QVERIFY(cursor);
        QCOMPARE(cursor->scopeGeneration, generation);
        QCOMPARE(cursor->sequence, sequence);
    }

    void foreignTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("not base64") << u"not a cursor!"_s;
        QTest::newRow("plain text") << u"v1.3.12345"_s;
        QTest::newRow("another version") << encoded("v2.3.12345");
        QTest::newRow("no version") << encoded("3.12345");
        QTest::newRow("missing part") << encoded("v1.3");
        QTest::newRow("extra part") << encoded("v1.3.12345.7");
        QTest::newRow("negative generation") << encoded("v1.-1.5");
        QTest::newRow("negative sequence") << encoded("v1.1.-5");
        QTest::newRow("not a number") << encoded("v1.1.x");
        QTest::newRow("empty number") << encoded("v1..5");
        QTest::newRow("too large") << encoded("v1.1.99999999999999999999");
        QTest::newRow("longer than 64") << encoded("v1.1." + QByteArray(60, '0') + '1');
    }

    void foreignTextIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!PullCursor::decode(text));
    }

    // A cursor with one character changed is refused when the change breaks its form: here
    // the first character, which carries "v1".
    void tamperedCursorIsRefused()
    {
        QString text = PullCursor { 3, 12345 }.encode();
        QVERIFY(PullCursor::decode(text));
        text[0] = text.at(0) == u'A' ? u'B' : u'A';
        QVERIFY(!PullCursor::decode(text));
    }
};

QTEST_GUILESS_MAIN(TestPullCursor)
#include "tst_pullcursor.moc"
