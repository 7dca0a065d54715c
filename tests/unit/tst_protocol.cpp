// The wire types: error shape, round trips, hostile input, timestamps with offsets.
#include "apierror.h"
#include "healthinfo.h"
#include "jsoncodec.h"
#include "protocol.h"
#include "timestamps.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorHasExactWireShape();
    void errorRoundTrips();
    void errorFromGarbage_data();
    void errorFromGarbage();
    void errorToleratesMissingMessage();
    void healthRoundTrips();
    void healthRejectsWrongTypes();
    void parseObjectReasons_data();
    void parseObjectReasons();
    void requireHelpersCheckTypes();
    void integersMustBeExact_data();
    void integersMustBeExact();
    void optionalStringAcceptsAbsentAndNull();
    void timestampParsesOffsets_data();
    void timestampParsesOffsets();
    void timestampRejects_data();
    void timestampRejects();
    void timestampFormatsUtcFixedWidth();
};

void TestProtocol::errorHasExactWireShape()
{
    const ApiError error(QString(Protocol::ErrorCode::NotFound), u"Không tìm thấy"_s);
    const QJsonObject json = error.toJson();
    QCOMPARE(json.keys(), QStringList { u"error"_s });
    const QJsonObject inner = json.value(u"error").toObject();
    QCOMPARE(inner.keys(), (QStringList { u"code"_s, u"message"_s }));
    QCOMPARE(inner.value(u"code").toString(), u"not_found"_s);
    QCOMPARE(inner.value(u"message").toString(), u"Không tìm thấy"_s);
    // The bytes are valid UTF-8 JSON with the Vietnamese text intact.
    QCOMPARE(QJsonDocument::fromJson(error.toBytes()).object(), json);
}

void TestProtocol::errorRoundTrips()
{
    const ApiError error(u"rate_limited"_s, u"Thử lại sau 30 giây"_s);
    QCOMPARE(ApiError::fromBytes(error.toBytes()), error);
    QCOMPARE(ApiError::fromJson(error.toJson()), error);
    QVERIFY(!error.isNull());
    QVERIFY(ApiError().isNull());
}

void TestProtocol::errorFromGarbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << "<html><body>502 Bad Gateway</body></html>"_ba;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"error\"", 10);
    QTest::newRow("truncated") << R"({"error": {"code": "not_fo)"_ba;
    QTest::newRow("array") << R"([{"error": {"code": "x"}}])"_ba;
    QTest::newRow("error is string") << R"({"error": "not_found"})"_ba;
    QTest::newRow("code is number") << R"({"error": {"code": 404, "message": "x"}})"_ba;
    QTest::newRow("code empty") << R"({"error": {"code": "", "message": "x"}})"_ba;
    QTest::newRow("no error key") << R"({"status": "ok"})"_ba;
    QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
}

void TestProtocol::errorFromGarbage()
{
    QFETCH(QByteArray, body);
    QCOMPARE(ApiError::fromBytes(body), std::nullopt);
}

void TestProtocol::errorToleratesMissingMessage()
{
    const auto error
        = ApiError::fromBytes(R"({"error": {"code": "device_revoked"}, "wipe": true})"_ba);
    QVERIFY(error);
    QCOMPARE(error->code(), u"device_revoked"_s);
    QCOMPARE(error->message(), QString());
}

void TestProtocol::healthRoundTrips()
{
    const HealthInfo health(u"ok"_s, u"0.1.0"_s, QString(Protocol::Backend::PostgreSql));
    const QJsonObject json = health.toJson();
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.value(u"db").toString(), u"postgresql"_s);
    QCOMPARE(HealthInfo::fromJson(json), health);
    QVERIFY(health.isOk());
    QVERIFY(!HealthInfo(u"degraded"_s, u"0.1.0"_s, u"sqlite"_s).isOk());
}

void TestProtocol::healthRejectsWrongTypes()
{
    QString error;
    const QJsonObject json { { u"status"_s, u"ok"_s }, { u"version"_s, 1 },
        { u"db"_s, u"sqlite"_s } };
    QCOMPARE(HealthInfo::fromJson(json, &error), std::nullopt);
    QVERIFY2(error.contains(u"\"version\""), qPrintable(error));
    QCOMPARE(HealthInfo::fromJson(QJsonObject {}, &error), std::nullopt);
    QVERIFY2(error.contains(u"missing"), qPrintable(error));
}

void TestProtocol::parseObjectReasons_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("whitespace") << " \r\n "_ba << u"empty"_s;
    QTest::newRow("not json") << "login=a&password=b"_ba << u"not valid JSON"_s;
    QTest::newRow("trailing garbage") << R"({"a": 1} xyz)"_ba << u"not valid JSON"_s;
    QTest::newRow("array") << "[1, 2]"_ba << u"must be a JSON object"_s;
    QTest::newRow("invalid utf8") << QByteArray("{\"a\": \"\xc3\x28\"}") << u"not valid JSON"_s;
}

void TestProtocol::parseObjectReasons()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QString error;
    QCOMPARE(JsonCodec::parseObject(body, &error), std::nullopt);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void TestProtocol::requireHelpersCheckTypes()
{
    QString error;
    const auto object = JsonCodec::parseObject(
        R"({"login": "an", "password": 5, "device": {"id": "d1"}, "list": [], "flag": false,
            "none": null})"_ba,
        &error);
    QVERIFY2(object, qPrintable(error));
    QCOMPARE(JsonCodec::requireString(*object, u"login", &error), u"an"_s);
    QCOMPARE(JsonCodec::requireString(*object, u"password", &error), std::nullopt);
    QCOMPARE(error, u"field \"password\" must be a string"_s);
    QCOMPARE(JsonCodec::requireString(*object, u"none", &error), std::nullopt);
    QCOMPARE(error, u"missing field \"none\""_s);
    QCOMPARE(
        JsonCodec::requireObject(*object, u"device", &error)->value(u"id").toString(), u"d1"_s);
    QCOMPARE(JsonCodec::requireObject(*object, u"list", &error), std::nullopt);
    QVERIFY(JsonCodec::requireArray(*object, u"list", &error));
    QCOMPARE(JsonCodec::requireBool(*object, u"flag", &error), false);
    QCOMPARE(JsonCodec::requireBool(*object, u"login", &error), std::nullopt);
    // A null error pointer is allowed.
    QCOMPARE(JsonCodec::requireString(*object, u"absent", nullptr), std::nullopt);
}

void TestProtocol::integersMustBeExact_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << R"({"n": 0})"_ba << true << qint64(0);
    QTest::newRow("negative") << R"({"n": -12})"_ba << true << qint64(-12);
    QTest::newRow("2^53 - 1") << R"({"n": 9007199254740991})"_ba << true
                              << qint64(9007199254740991);
    // 2^53 is also what 2^53 + 1 reads as: not exact.
    QTest::newRow("2^53") << R"({"n": 9007199254740992})"_ba << false << qint64(0);
    QTest::newRow("above 2^53") << R"({"n": 9007199254740994})"_ba << false << qint64(0);
    QTest::newRow("fraction") << R"({"n": 1.5})"_ba << false << qint64(0);
    QTest::newRow("string") << R"({"n": "7"})"_ba << false << qint64(0);
    QTest::newRow("huge") << R"({"n": 1e400})"_ba << false << qint64(0);
}

void TestProtocol::integersMustBeExact()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    QFETCH(qint64, value);
    QString error;
    const auto object = JsonCodec::parseObject(body, &error);
    if (!object) { // 1e400 may already be refused by the JSON parser
        QVERIFY(!accepted);
        return;
    }
    const auto n = JsonCodec::requireInteger(*object, u"n", &error);
    QCOMPARE(n.has_value(), accepted);
    if (accepted)
        QCOMPARE(*n, value);
    else
        QCOMPARE(error, u"field \"n\" must be an integer"_s);
}

void TestProtocol::optionalStringAcceptsAbsentAndNull()
{
    QString error;
    const QJsonObject object { { u"a"_s, QJsonValue::Null }, { u"b"_s, u"x"_s }, { u"c"_s, 3 } };
    QCOMPARE(JsonCodec::optionalString(object, u"a", &error), QString());
    QCOMPARE(JsonCodec::optionalString(object, u"missing", &error), QString());
    QCOMPARE(JsonCodec::optionalString(object, u"b", &error), u"x"_s);
    QCOMPARE(JsonCodec::optionalString(object, u"c", &error), std::nullopt);
    QVERIFY(error.contains(u"\"c\""));
}

void TestProtocol::timestampParsesOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime eight(QDate(2025, 7, 10), QTime(8, 0), Qt::UTC);
    QTest::newRow("Z") << u"2025-07-10T08:00:00Z"_s << eight;
    QTest::newRow("Hanoi") << u"2025-07-10T15:00:00+07:00"_s << eight;
    QTest::newRow("Hanoi no colon") << u"2025-07-10T15:00:00+0700"_s << eight;
    QTest::newRow("negative") << u"2025-07-10T03:00:00-05:00"_s << eight;
    QTest::newRow("hours-only offset") << u"2025-07-10T15:00:00+07"_s << eight;
    // Finer fractions are rounded to the millisecond.
    QTest::newRow("microseconds") << u"2025-07-10T08:00:00.250600Z"_s << eight.addMSecs(251);
    QTest::newRow("no seconds") << u"2025-07-10T15:00+07:00"_s << eight;
    QTest::newRow("ms") << u"2025-07-10T15:00:00.250+07:00"_s << eight.addMSecs(250);
    QTest::newRow("day change") << u"2025-07-11T01:30:00+07:00"_s
                                << QDateTime(QDate(2025, 7, 10), QTime(18, 30), Qt::UTC);
}

void TestProtocol::timestampParsesOffsets()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const QDateTime parsed = Timestamps::fromIso(text);
    QVERIFY2(parsed.isValid(), qPrintable(text));
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed, utc);
    QCOMPARE(Timestamps::fromIso(Timestamps::toIso(parsed)), utc);
}

void TestProtocol::timestampRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no offset") << u"2025-07-10T15:00:00"_s;
    QTest::newRow("date only") << u"2025-07-10"_s;
    QTest::newRow("space separator") << u"2025-07-10 15:00:00+07:00"_s;
    QTest::newRow("bad month") << u"2025-13-10T15:00:00Z"_s;
    QTest::newRow("bad day") << u"2025-02-30T15:00:00Z"_s;
    QTest::newRow("bad hour") << u"2025-07-10T25:00:00Z"_s;
    QTest::newRow("garbage") << u"hôm qua"_s;
    QTest::newRow("trailing") << u"2025-07-10T15:00:00Zjunk"_s;
    QTest::newRow("epoch number") << u"1752130800"_s;
}

void TestProtocol::timestampRejects()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamps::fromIso(text).isValid());
}

void TestProtocol::timestampFormatsUtcFixedWidth()
{
    const QDateTime hanoi(QDate(2025, 7, 10), QTime(15, 0, 5), Qt::OffsetFromUTC, 7 * 3600);
    QCOMPARE(Timestamps::toIso(hanoi), u"2025-07-10T08:00:05.000Z"_s);
    QCOMPARE(Timestamps::toIso(hanoi.addMSecs(7)), u"2025-07-10T08:00:05.007Z"_s);
    QCOMPARE(Timestamps::toIso(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
