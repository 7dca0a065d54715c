// Mutation arguments, in process: MutationArgs' checks of text, optional text and ids with
// the invalid_args rejection naming the field; unknown arguments (top level and inside
// fixed-shape objects) named in the rejection, shortened; and PushProcessor on the server's
// schema in memory (MemoryServerDatabase) refusing a meeting.create with an argument it does
// not know before the handler runs (nothing written, the mutation consumed), applying the
// same mutation without it, and refusing a mutation name it does not serve.
#include "db/sqlrunner.h"
#include "memoryserverdatabase.h"
#include "mutationnames.h"
#include "mutations/mutationargs.h"
#include "protocol.h"
#include "sync/pushprocessor.h"
#include "sync/syncapi.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kInvalidArgs = QString(Protocol::ErrorCode::InvalidArgs);

MutationSpec specOf(const QStringList &arguments, const QHash<QString, QStringList> &shapes = {})
{
    return { [](MutationContext &, const QJsonObject &) { return MutationOutcome::ok(); },
        arguments, shapes };
}

QJsonObject meetingArgs(const QString &id)
{
    return { { u"id"_s, id }, { u"title"_s, u"Sinh hoạt tháng 12"_s },
        { u"starts_at"_s, u"2030-12-05T01:00:00Z"_s }, { u"location"_s, u"Nhà văn hóa"_s } };
}

} // namespace

class TestMutationArgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredText()
    {
        const QJsonObject json { { u"title"_s, u"Họp"_s }, { u"blank"_s, u"   "_s },
            { u"number"_s, 5 } };
        MutationArgs args(json);
        QCOMPARE(args.text(u"title"_s, 3), std::optional<QString>(u"Họp"_s));
        for (const QString &key : { u"missing"_s, u"blank"_s, u"number"_s }) {
            MutationArgs fresh(json);
            QVERIFY(!fresh.text(key, 100));
            QVERIFY(!fresh.rejection().applied);
            QCOMPARE(fresh.rejection().errorCode, kInvalidArgs);
            QCOMPARE(fresh.rejection().errorMessage, u"Thiếu thông tin: %1."_s.arg(key));
        }
        MutationArgs tooLong(json);
        QVERIFY(!tooLong.text(u"title"_s, 2));
        QCOMPARE(tooLong.rejection().errorCode, kInvalidArgs);
        QCOMPARE(tooLong.rejection().errorMessage, u"title quá dài (tối đa 2 ký tự)."_s);
    }

    void optionalText()
    {
        const QJsonObject json { { u"agenda"_s, u"Quán triệt"_s }, { u"none"_s, QJsonValue() },
            { u"number"_s, 5 } };
        MutationArgs args(json);
        QCOMPARE(args.optionalText(u"agenda"_s, 100), std::optional<QString>(u"Quán triệt"_s));
        const auto absent = args.optionalText(u"absent"_s, 100);
        QVERIFY(absent && absent->isNull());
        const auto null = args.optionalText(u"none"_s, 100);
        QVERIFY(null && null->isNull());
        QVERIFY(!args.optionalText(u"number"_s, 100));
        QCOMPARE(args.rejection().errorCode, kInvalidArgs);
        QCOMPARE(args.rejection().errorMessage, u"number phải là chuỗi ký tự."_s);
        MutationArgs tooLong(json);
        QVERIFY(!tooLong.optionalText(u"agenda"_s, 3));
        QCOMPARE(tooLong.rejection().errorMessage, u"agenda quá dài (tối đa 3 ký tự)."_s);
    }

    void ids_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters, digits and -_:.") << QJsonValue(u"m-1:a.b_C"_s) << true;
        QTest::newRow("64 characters") << QJsonValue(QString(64, u'x')) << true;
        QTest::newRow("65 characters") << QJsonValue(QString(65, u'x')) << false;
        QTest::newRow("empty") << QJsonValue(QString()) << false;
        QTest::newRow("space") << QJsonValue(u"a b"_s) << false;
        QTest::newRow("slash") << QJsonValue(u"../x"_s) << false;
        QTest::newRow("not ASCII") << QJsonValue(u"mã"_s) << false;
        QTest::newRow("number") << QJsonValue(7) << false;
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false;
    }

    void ids()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QJsonObject json;
        if (!value.isUndefined())
            json.insert(u"id"_s, value);
        MutationArgs args(json);
        const auto id = args.id(u"id"_s);
        QCOMPARE(id.has_value(), valid);
        if (valid) {
            QCOMPARE(*id, value.toString());
        } else {
            QCOMPARE(args.rejection().errorCode, kInvalidArgs);
            QCOMPARE(args.rejection().errorMessage, u"Mã id không hợp lệ."_s);
        }
    }

    void knownArgumentsPass()
    {
        const MutationSpec spec = specOf(
            { u"id"_s, u"attachments"_s }, { { u"attachments"_s, { u"sha256"_s, u"name"_s } } });
        const QJsonObject args { { u"id"_s, u"x"_s },
            { u"attachments"_s, QJsonArray { QJsonObject { { u"sha256"_s, u"a"_s } } } } };
        QVERIFY(MutationArgs::unknownArguments(args, spec).applied);
        QVERIFY(MutationArgs::unknownArguments({}, spec).applied);
    }

    void unknownArgumentIsRefused()
    {
        const MutationSpec spec = specOf({ u"id"_s, u"title"_s });
        const MutationOutcome outcome = MutationArgs::unknownArguments(
            { { u"id"_s, u"x"_s }, { u"org_id"_s, u"cell-b"_s } }, spec);
        QVERIFY(!outcome.applied);
        QCOMPARE(outcome.errorCode, kInvalidArgs);
        QCOMPARE(outcome.errorMessage, u"Máy chủ không nhận tham số: org_id."_s);
    }

    // Inside a fixed-shape argument (an object, or each object of an array) too, named with
    // the argument's name in front.
    void unknownKeyOfAShapeIsRefused()
    {
        const MutationSpec spec = specOf({ u"attachments"_s, u"meta"_s },
            { { u"attachments"_s, { u"sha256"_s } }, { u"meta"_s, { u"size"_s } } });
        const MutationOutcome inArray = MutationArgs::unknownArguments(
            { { u"attachments"_s,
                QJsonArray { QJsonObject { { u"sha256"_s, u"a"_s } },
                    QJsonObject { { u"sha256"_s, u"b"_s }, { u"owner"_s, u"m-x"_s } } } } },
            spec);
        QCOMPARE(inArray.errorMessage, u"Máy chủ không nhận tham số: attachments.owner."_s);
        const MutationOutcome inObject = MutationArgs::unknownArguments(
            { { u"meta"_s, QJsonObject { { u"size"_s, 1 }, { u"path"_s, u"/"_s } } } }, spec);
        QCOMPARE(inObject.errorMessage, u"Máy chủ không nhận tham số: meta.path."_s);
    }

    // The client's names are shown shortened (40 characters), at most five of them.
    void manyOrLongNamesAreShortened()
    {
        const MutationSpec spec = specOf({});
        QJsonObject many;
        for (const QString &name : { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s })
            many.insert(name, 1);
        QCOMPARE(MutationArgs::unknownArguments(many, spec).errorMessage,
            u"Máy chủ không nhận tham số: a, b, c, d, e, …."_s);
        const QString longName(100, u'z');
        QCOMPARE(MutationArgs::unknownArguments({ { longName, 1 } }, spec).errorMessage,
            u"Máy chủ không nhận tham số: %1…."_s.arg(QString(40, u'z')));
    }

    // The real mutation table on the server's schema in memory: an unknown argument is refused
    // before the handler runs (no meeting written; the mutation is consumed all the same).
    void pushRefusesUnknownArguments()
    {
        MemoryServerDatabase server;
        QString error;
        QVERIFY2(server.open(&error), qPrintable(error));
        const SyncApi api(server.database());
        PushProcessor push(server.database(), server.user(u"m-binh"_s), api.mutations());
        const auto meetings
            = [&] { return scalarSql(server.db(), u"SELECT COUNT(*) FROM meetings"_s).toInt(); };

        QJsonObject withOrg = meetingArgs(u"meet-1"_s);
        withOrg.insert(u"org_id"_s, u"cell-b"_s);
        const QJsonObject refused = push.apply(
            { PushMutation { 1, QString(Protocol::Mutation::MeetingCreate), withOrg } });
        QCOMPARE(refused.value(u"last_mutation_id"_s).toInteger(), 1);
        const QJsonObject first = refused.value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(first.value(u"error"_s)[u"code"_s].toString(), kInvalidArgs);
        QCOMPARE(first.value(u"error"_s)[u"message"_s].toString(),
            u"Máy chủ không nhận tham số: org_id."_s);
        QCOMPARE(meetings(), 0);

        const QJsonObject applied = push.apply({ PushMutation {
            2, QString(Protocol::Mutation::MeetingCreate), meetingArgs(u"meet-2"_s) } });
        QCOMPARE(applied.value(u"results"_s)[0][u"status"_s].toString(), u"applied"_s);
        QCOMPARE(meetings(), 1);
        QCOMPARE(
            scalarSql(server.db(), u"SELECT org_id FROM meetings WHERE id = 'meet-2'"_s).toString(),
            u"cell-a"_s);

        const QJsonObject unknown
            = push.apply({ PushMutation { 3, u"meeting.explode"_s, meetingArgs(u"meet-3"_s) } });
        QCOMPARE(unknown.value(u"results"_s)[0][u"error"_s][u"code"_s].toString(),
            QString(Protocol::ErrorCode::UnknownMutation));
        QCOMPARE(meetings(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMutationArgs)
#include "tst_mutationargs.moc"
