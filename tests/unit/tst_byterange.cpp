// Byte ranges of blob transfers, in process: a download's Range header (one range served,
// suffixes, clipping, several ranges served whole, unsatisfiable and malformed ones) and an
// upload's Content-Range.
#include "http/byterange.h"

#include <QTest>

using Kind = ByteRange::Kind;

class TestByteRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangeHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");

        QTest::newRow("no header") << QByteArray() << 10LL << Kind::Whole << 0LL << -1LL;
        QTest::newRow("from the start")
            << QByteArray("bytes=0-") << 10LL << Kind::Partial << 0LL << 9LL;
        QTest::newRow("from the middle")
            << QByteArray("bytes=4-") << 10LL << Kind::Partial << 4LL << 9LL;
        QTest::newRow("closed") << QByteArray("bytes=2-4") << 10LL << Kind::Partial << 2LL << 4LL;
        QTest::newRow("one byte") << QByteArray("bytes=9-9") << 10LL << Kind::Partial << 9LL << 9LL;
        QTest::newRow("last clipped")
            << QByteArray("bytes=5-100") << 10LL << Kind::Partial << 5LL << 9LL;
        QTest::newRow("suffix") << QByteArray("bytes=-5") << 10LL << Kind::Partial << 5LL << 9LL;
        QTest::newRow("suffix longer than the file")
            << QByteArray("bytes=-15") << 10LL << Kind::Partial << 0LL << 9LL;
        QTest::newRow("spaces and case")
            << QByteArray("  Bytes = 1-2 ") << 10LL << Kind::Partial << 1LL << 2LL;
        QTest::newRow("starts at the end")
            << QByteArray("bytes=10-") << 10LL << Kind::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("starts beyond the end")
            << QByteArray("bytes=20-30") << 10LL << Kind::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("empty suffix")
            << QByteArray("bytes=-0") << 10LL << Kind::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("suffix of an empty file")
            << QByteArray("bytes=-5") << 0LL << Kind::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("start of an empty file")
            << QByteArray("bytes=0-") << 0LL << Kind::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("more digits than a qint64") << QByteArray("bytes=99999999999999999999-")
                                                   << 10LL << Kind::Unsatisfiable << 0LL << -1LL;
        QTest::newRow("overlapping ranges: whole")
            << QByteArray("bytes=0-5,2-8") << 10LL << Kind::Whole << 0LL << -1LL;
        QTest::newRow("two ranges: whole")
            << QByteArray("bytes=0-1,4-5") << 10LL << Kind::Whole << 0LL << -1LL;
        QTest::newRow("another unit: whole")
            << QByteArray("items=0-1") << 10LL << Kind::Whole << 0LL << -1LL;
        QTest::newRow("last before first")
            << QByteArray("bytes=4-2") << 10LL << Kind::Malformed << 0LL << -1LL;
        QTest::newRow("not a number")
            << QByteArray("bytes=a-") << 10LL << Kind::Malformed << 0LL << -1LL;
        QTest::newRow("negative suffix text")
            << QByteArray("bytes=--5") << 10LL << Kind::Malformed << 0LL << -1LL;
        QTest::newRow("no range") << QByteArray("bytes=") << 10LL << Kind::Malformed << 0LL << -1LL;
        QTest::newRow("no equals sign")
            << QByteArray("bytes 0-1") << 10LL << Kind::Malformed << 0LL << -1LL;
    }

    void rangeHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, size);
        QFETCH(Kind, kind);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const ByteRange range = ByteRange::fromRangeHeader(header, size);
        QCOMPARE(range.kind(), kind);
        QCOMPARE(range.first(), first);
        QCOMPARE(range.last(), last);
        if (kind == Kind::Partial)
            QCOMPARE(range.length(), last - first + 1);
    }

    void contentRange_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("total");

        QTest::newRow("first chunk") << QByteArray("bytes 0-9/20") << true << 0LL << 9LL << 20LL;
        QTest::newRow("last chunk") << QByteArray("bytes 10-19/20") << true << 10LL << 19LL << 20LL;
        QTest::newRow("spaces") << QByteArray(" bytes  3-3/4 ") << true << 3LL << 3LL << 4LL;
        QTest::newRow("past the total")
            << QByteArray("bytes 0-20/20") << false << 0LL << 0LL << 0LL;
        QTest::newRow("backwards") << QByteArray("bytes 5-4/20") << false << 0LL << 0LL << 0LL;
        QTest::newRow("unknown range") << QByteArray("bytes */20") << false << 0LL << 0LL << 0LL;
        QTest::newRow("unknown total") << QByteArray("bytes 0-9/*") << false << 0LL << 0LL << 0LL;
        QTest::newRow("another unit") << QByteArray("items 0-9/20") << false << 0LL << 0LL << 0LL;
        QTest::newRow("empty") << QByteArray() << false << 0LL << 0LL << 0LL;
    }

    void contentRange()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, valid);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, total);
        qint64 parsedTotal = -7;
        const auto range = ByteRange::fromContentRange(header, &parsedTotal);
        QCOMPARE(range.has_value(), valid);
        if (!valid) {
            QCOMPARE(parsedTotal, -7); // untouched
            return;
        }
        QCOMPARE(range->kind(), Kind::Partial);
        QCOMPARE(range->first(), first);
        QCOMPARE(range->last(), last);
        QCOMPARE(parsedTotal, total);
    }
};

QTEST_GUILESS_MAIN(TestByteRange)
#include "tst_byterange.moc"
