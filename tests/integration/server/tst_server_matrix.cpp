// The authorisation matrix of DESIGN.md section 5 and docs/decisions.md, against the real
// server with the demo province. Users: two members of cell A, a member of cell B, the
// secretaries of A and B, two committees above A, the committee of the other branch (above B
// only) and the admin. For every pulled type each user's full pull holds exactly the rows the
// rules allow (profiles in full or as the directory); for every mutation, pushed against
// objects of cell A, each user is applied or refused as allowed, a refusal changes nothing and
// answers exactly as for a random id (nothing leaks), and documents and blobs out of scope are
// the same 404 as absent ones.
#include "matrixfixture.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The matrix's users, in the order of the outcome columns below.
const QStringList kUsers { u"dangvien.a1"_s, u"dangvien.a2"_s, u"dangvien.b1"_s, u"bithu.a"_s,
    u"bithu.b"_s, u"danguy.quangtrung"_s, u"thanhuy.sonlam"_s, u"huyenuy.daiphu"_s, u"quantri"_s };

// Expected outcomes of a push.
const QString A = u"applied+"_s; // applied, and the watched rows changed
const QString N = u"applied"_s; // applied without touching the watched rows (own rows, no-op)
const QString H = u"~"_s; // answered exactly as for a random id, and nothing changed
const QString F = u"forbidden"_s; // refused by role, nothing changed
const QString I = u"invalid_args"_s; // refused before any check of rights, nothing changed

// One mutation pushed against a fresh target in cell A; `args` has the placeholders of
// MatrixFixture::fillIn ("$T" is the target's id).
struct MutationCase
{
    QString name;
    QString label;
    Target target;
    QJsonObject args;
    QStringList outcomes; // one per user of kUsers
    std::optional<Target> watch = {}; // the rows an allowed push changes; default: the target's
    QString probe = u"$T"_s; // the id replaced by a random one to compare refusals
    bool idCollision = false; // the push reuses an existing id: it cannot answer as for a new one
};

const QList<MutationCase> &cases()
{
    const auto meeting = [](const QJsonValue &id, qint64 days, const QJsonArray &documents) {
        return QJsonObject { { u"id"_s, id }, { u"title"_s, u"Sinh hoạt chuyên đề"_s },
            { u"starts_at"_s, CellFixture::inFuture(days * 86400) },
            { u"location"_s, u"Nhà văn hóa"_s }, { u"agenda"_s, u"Học tập nghị quyết"_s },
            { u"document_ids"_s, documents } };
    };
    // clang-format off
    static const QList<MutationCase> all {
        // Outcome columns: dangvien.a1, dangvien.a2 (cell A), dangvien.b1 (cell B), bithu.a,
        // bithu.b (their secretaries), danguy.quangtrung, thanhuy.sonlam (committees above A),
        // huyenuy.daiphu (committee above B only), quantri (admin).
        { u"document.read"_s, u"a document of cell A"_s, Target::Document,
          { { u"document_id"_s, u"$T"_s } },                                   { A, A, H, A, H, F, F, F, F } },
        { u"note.put"_s, u"a new note on a document of cell A"_s, Target::Document,
          { { u"id"_s, u"$NEW"_s }, { u"document_id"_s, u"$T"_s }, { u"text"_s, u"Ghi chú"_s } },
                                                                               { A, A, H, A, H, F, F, F, F } },
        { u"note.put"_s, u"over dangvien.a1's note"_s, Target::Note,
          { { u"id"_s, u"$T"_s }, { u"document_id"_s, u"$DOC"_s }, { u"text"_s, u"Sửa ghi chú"_s } },
                                                                               { A, F, F, F, F, F, F, F, F },
          {}, u"$T"_s, true },
        { u"note.delete"_s, u"dangvien.a1's note"_s, Target::Note,
          { { u"id"_s, u"$T"_s } },                                            { A, H, H, H, H, H, H, H, H } },
        { u"bookmark.put"_s, u"a document of cell A"_s, Target::Document,
          { { u"document_id"_s, u"$T"_s } },                                   { A, A, H, A, H, F, F, F, F } },
        { u"bookmark.delete"_s, u"a document dangvien.a1 bookmarked"_s, Target::Bookmark,
          { { u"document_id"_s, u"$T"_s } },                                   { A, N, H, N, H, N, N, H, N } },
        { u"meeting.rsvp"_s, u"a meeting of cell A"_s, Target::Meeting,
          { { u"meeting_id"_s, u"$T"_s }, { u"status"_s, u"attending"_s } },    { A, A, H, A, H, F, F, F, F } },
        { u"feedback.post"_s, u"to the own cell"_s, Target::CellA,
          { { u"id"_s, u"$NEW"_s }, { u"text"_s, u"Góp ý"_s } },                { A, A, N, A, N, F, F, F, F } },
        { u"feedback.post"_s, u"replying to dangvien.a1's feedback"_s, Target::Feedback,
          { { u"id"_s, u"$NEW"_s }, { u"text"_s, u"Trả lời"_s }, { u"reply_to"_s, u"$T"_s } },
                                                                               { F, H, H, A, H, F, F, F, F } },
        { u"profile.update"_s, u"of the own profile"_s, Target::MemberA1,
          { { u"fields"_s, QJsonObject { { u"phone"_s, u"$PHONE"_s } } }, { u"base_version"_s, 1 } },
                                                                               { A, N, N, N, N, F, F, F, F } },
        // An argument it does not know (here: another member) is refused, never
        // ignored (it used to change the sender's own profile).
        { u"profile.update"_s, u"naming dangvien.a1"_s, Target::MemberA1,
          { { u"fields"_s, QJsonObject { { u"phone"_s, u"$PHONE"_s } } }, { u"base_version"_s, 1 },
            { u"member_id"_s, u"$T"_s } },                                     { I, I, I, I, I, I, I, I, I } },
        { u"profile.request"_s, u"of the own profile"_s, Target::CellA,
          { { u"id"_s, u"$NEW"_s }, { u"fields"_s, QJsonObject { { u"education"_s, u"Thạc sĩ"_s } } },
            { u"reason"_s, u"Đã tốt nghiệp"_s } },                             { A, A, N, A, N, F, F, F, F } },
        { u"profile.request.decide"_s, u"dangvien.a1's request"_s, Target::Request,
          { { u"request_id"_s, u"$T"_s }, { u"decision"_s, u"approve"_s } },   { F, F, F, A, H, H, H, H, H } },
        { u"document.share"_s, u"for a meeting of cell A"_s, Target::Meeting,
          { { u"id"_s, u"$NEW"_s }, { u"title"_s, u"Tài liệu bổ sung"_s }, { u"kind"_s, u"meeting_material"_s },
            { u"body"_s, u"Nội dung tài liệu"_s }, { u"meeting_id"_s, u"$T"_s } },
                                                                               { F, F, F, A, H, F, F, F, F } },
        { u"meeting.create"_s, u"with a document of cell A"_s, Target::Document,
          meeting(u"$NEW"_s, 5, { u"$T"_s }),                                  { F, F, F, A, H, F, F, F, F },
          Target::CellA },
        { u"meeting.update"_s, u"a meeting of cell A"_s, Target::Meeting,
          meeting(u"$T"_s, 4, {}),                                             { F, F, F, A, H, F, F, F, F } },
        { u"meeting.cancel"_s, u"a meeting of cell A"_s, Target::Meeting,
          { { u"id"_s, u"$T"_s }, { u"reason"_s, u"Trùng lịch"_s } },           { F, F, F, A, H, F, F, F, F } },
        { u"meeting.attendance"_s, u"of dangvien.a1 at a meeting of cell A"_s, Target::MeetingNow,
          { { u"meeting_id"_s, u"$T"_s }, { u"member_id"_s, u"$A1"_s }, { u"present"_s, true } },
                                                                               { F, F, F, A, H, F, F, F, F } },
        { u"meeting.attendance"_s, u"of dangvien.b1 at a meeting of cell A"_s, Target::MeetingNow,
          { { u"meeting_id"_s, u"$T"_s }, { u"member_id"_s, u"$B1"_s }, { u"present"_s, true } },
                                                                               { F, F, F, H, H, F, F, F, F },
          {}, u"$B1"_s },
    };
    // clang-format on
    return all;
}

// Whether the user may see the object a case names by its probe (then its answer may differ
// from the answer for a random id).
bool seesProbe(const QString &user, const MutationCase &c)
{
    const QStringList cellA { u"dangvien.a1"_s, u"dangvien.a2"_s, u"bithu.a"_s,
        u"danguy.quangtrung"_s, u"thanhuy.sonlam"_s, u"quantri"_s };
    if (c.probe == u"$B1")
        return QStringList { u"dangvien.b1"_s, u"bithu.b"_s, u"huyenuy.daiphu"_s, u"quantri"_s }
            .contains(user);
    switch (c.target) {
    case Target::Document:
    case Target::Bookmark:
    case Target::Meeting:
    case Target::MeetingNow:
        return cellA.contains(user);
    case Target::Note:
        return user == u"dangvien.a1";
    case Target::Feedback:
    case Target::Request:
        return user == u"dangvien.a1" || user == u"bithu.a";
    case Target::CellA:
    case Target::MemberA1:
        break;
    }
    return true; // nothing to probe
}

QString message(const QJsonObject &result)
{
    return result.value(u"error"_s).toObject().value(u"message"_s).toString();
}

// Keys of a member row seen through the directory.
const QStringList kDirectoryKeys { u"full_name"_s, u"id"_s, u"org_id"_s, u"position"_s };

} // namespace

class TestServerMatrix : public QObject
{
    Q_OBJECT

    MatrixFixture f;
    void pullRows()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("type");
        for (const QString &user : kUsers) {
            for (const QString &type : VisibilityRules::types())
                QTest::addRow("%s %s", qPrintable(user), qPrintable(type)) << user << type;
        }
    }

    void comparePull(int phase)
    {
        QFETCH(QString, user);
        QFETCH(QString, type);
        const Viewer viewer = f.account(user).viewer();
        const VisibilityRules rules(f.db());
        const QHash<QString, QJsonObject> rows = f.fullPull(user, phase).rows.value(type);
        const QStringList keys = rows.keys();
        const QSet<QString> pulled(keys.begin(), keys.end());
        const QSet<QString> expected = rules.expectedIds(viewer, type);
        const QStringList extra = (pulled - expected).values();
        const QStringList missing = (expected - pulled).values();
        QVERIFY2(extra.isEmpty() && missing.isEmpty(),
            qPrintable(u"%1 rows pulled, %2 allowed; not allowed: %3; missing: %4"_s.arg(
                QString::number(pulled.size()), QString::number(expected.size()),
                extra.mid(0, 5).join(u", "_s), missing.mid(0, 5).join(u", "_s))));
        if (type != u"member")
            return;
        // Profiles: in full for the member, the cell's secretary and committees above, else
        // only the directory.
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QStringList fields = it.value().keys();
            fields.sort();
            if (rules.seesFullProfile(viewer, it.key())) {
                QVERIFY2(fields.contains(u"citizen_id"_s) && fields.contains(u"party_card_no"_s)
                        && fields.contains(u"work_history"_s) && fields.contains(u"version"_s),
                    qPrintable(u"profile %1 is not full"_s.arg(it.key())));
                // id, org_id, version and the 19 fields of section 1; for committees also the
                // member's account (issue 20).
                const bool committee = viewer.role == QString(Protocol::Role::Committee)
                    || viewer.role == QString(Protocol::Role::Admin);
                QCOMPARE(fields.contains(u"account"_s), committee);
                QCOMPARE(fields.size(), committee ? 23 : 22);
            } else {
                QCOMPARE(fields, kDirectoryKeys);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }

    void pullMatchesTheRules_data() { pullRows(); }
    void pullMatchesTheRules() { comparePull(1); }

    // The scene's objects, one by one: exactly these users pull them (profiles: in full or
    // through the directory).
    void sceneReachesExactlyItsAudience_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QStringList>("seenBy");
        const QString a1 = u"dangvien.a1"_s, a2 = u"dangvien.a2"_s, b1 = u"dangvien.b1"_s,
                      sA = u"bithu.a"_s, sB = u"bithu.b"_s, cA = u"danguy.quangtrung"_s,
                      cA2 = u"thanhuy.sonlam"_s, cB = u"huyenuy.daiphu"_s, admin = u"quantri"_s;
        const QStringList aboveA { a1, a2, sA, cA, cA2, admin };
        const QStringList aboveB { b1, sB, cB, admin };
        const auto row = [](const QString &object, const QStringList &seenBy) {
            QTest::newRow(qPrintable(object)) << object << seenBy;
        };
        row(u"province"_s, kUsers);
        // Every committee sees every organisation of the province (issue 20: transfers).
        row(u"cell A"_s, aboveA + QStringList { cB });
        row(u"cell B"_s, aboveB + QStringList { cA, cA2 });
        row(u"document A"_s, aboveA);
        row(u"document B"_s, aboveB);
        row(u"meeting A"_s, aboveA);
        row(u"meeting B"_s, aboveB);
        row(u"rsvp a1"_s, { a1, sA });
        row(u"rsvp a2"_s, { a2, sA });
        row(u"rsvp b1"_s, { b1, sB });
        row(u"reading a1"_s, { a1, sA });
        row(u"reading a2"_s, { a2, sA });
        row(u"note a1"_s, { a1 });
        row(u"note a2"_s, { a2 });
        row(u"note b1"_s, { b1 });
        row(u"bookmark a1"_s, { a1 });
        row(u"notification a1"_s, { a1 });
        row(u"request a1"_s, { a1, sA });
        row(u"request a2"_s, { a2, sA });
        row(u"request b1"_s, { b1, sB });
        // A secretary's own request: the committee directly above the cell decides it (cell
        // B's parent, the commune, has no demo account).
        row(u"request sA"_s, { sA, cA });
        row(u"request sB"_s, { sB });
        row(u"feedback a1"_s, { a1, sA });
        row(u"reply to a1"_s, { a1, sA });
        row(u"feedback a2"_s, { a2, sA });
        row(u"feedback b1"_s, { b1, sB });
        row(u"reply to b1"_s, { b1, sB });
        const auto full = [](QStringList users) {
            for (QString &user : users)
                user += u":full"_s;
            return users;
        };
        row(u"profile dangvien.a1"_s,
            QStringList { a2 + u":directory"_s } + full({ a1, sA, cA, cA2, admin }));
        row(u"profile dangvien.a2"_s,
            QStringList { a1 + u":directory"_s } + full({ a2, sA, cA, cA2, admin }));
        row(u"profile bithu.a"_s,
            QStringList { a1 + u":directory"_s, a2 + u":directory"_s }
                + full({ sA, cA, cA2, admin }));
        row(u"profile dangvien.b1"_s, full({ b1, sB, cB, admin }));
    }

    void sceneReachesExactlyItsAudience()
    {
        QFETCH(QString, object);
        QFETCH(QStringList, seenBy);
        const auto [type, id] = f.object(object);
        QVERIFY(!id.isEmpty());
        QStringList seen;
        for (const QString &user : kUsers) {
            const PulledRows &pulled = f.fullPull(user, 1);
            if (!pulled.has(type, id))
                continue;
            if (type != u"member")
                seen << user;
            else
                seen << user
                        + (pulled.row(type, id).contains(u"birth_date"_s) ? u":full"_s
                                                                          : u":directory"_s);
        }
        seen.sort();
        seenBy.sort();
        QCOMPARE(seen, seenBy);
    }

    // GET /v1/documents/<id> and GET /v1/blobs/<sha256> of cell A's document: the document and
    // its attachment for those who see it, else the very 404 of an absent one.
    void documentAndBlobOutsideScopeAre404_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("sees");
        const QStringList outside { u"dangvien.b1"_s, u"bithu.b"_s, u"huyenuy.daiphu"_s };
        for (const QString &user : kUsers)
            QTest::newRow(qPrintable(user)) << user << !outside.contains(user);
    }

    void documentAndBlobOutsideScopeAre404()
    {
        QFETCH(QString, user);
        QFETCH(bool, sees);
        TestHttp &http = f.session(user).http;
        const QString document = f.id(u"document A"_s);
        const HttpAnswer got = http.get(u"/v1/documents/"_s + document);
        const HttpAnswer blob = http.get(u"/v1/blobs/"_s + f.attachmentSha());
        if (sees) {
            QCOMPARE(got.status, 200);
            QCOMPARE(got.json.value(u"document"_s).toObject().value(u"id"_s).toString(), document);
            QCOMPARE(blob.status, 200);
            QCOMPARE(blob.body, f.attachmentBytes());
            return;
        }
        const HttpAnswer absent = http.get(u"/v1/documents/"_s + CellFixture::newId());
        QCOMPARE(got.status, 404);
        QCOMPARE(got.body, absent.body);
        const QByteArray otherBytes = "absent " + CellFixture::newId().toLatin1();
        const HttpAnswer absentBlob = http.get(u"/v1/blobs/"_s
            + QString::fromLatin1(
                QCryptographicHash::hash(otherBytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(blob.status, 404);
        QCOMPARE(blob.body, absentBlob.body);
    }

    void mutationIsAuthorised_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        for (qsizetype i = 0; i < cases().size(); ++i) {
            const MutationCase &c = cases().at(i);
            QVERIFY(c.outcomes.size() == kUsers.size());
            for (qsizetype u = 0; u < kUsers.size(); ++u) {
                QTest::addRow(
                    "%s %s: %s", qPrintable(c.name), qPrintable(c.label), qPrintable(kUsers.at(u)))
                    << int(i) << kUsers.at(u) << c.outcomes.at(u);
            }
        }
    }

    void mutationIsAuthorised()
    {
        QFETCH(int, index);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        const MutationCase &c = cases().at(index);
        const Target watch = c.watch.value_or(c.target);
        const QString target = f.makeTarget(c.target);
        QVERIFY(!target.isEmpty());
        DeviceSession &session = f.session(user);
        const QByteArray before = f.fingerprint().everything();
        const QByteArray watchedBefore = f.fingerprint().watched(watch, target);

        const QJsonObject result
            = CellFixture::push(session, c.name, f.fillIn(c.args, target).toObject());
        const QString got = CellFixture::outcome(result);
        if (expected == A || expected == N) {
            QCOMPARE(got, u"applied"_s);
            if (expected == A)
                QVERIFY2(f.fingerprint().watched(watch, target) != watchedBefore,
                    "applied, but changed nothing");
            else
                QVERIFY2(f.fingerprint().watched(watch, target) == watchedBefore,
                    "changed what it may not");
            return;
        }
        if (expected != H)
            QCOMPARE(got, expected);
        QVERIFY2(f.fingerprint().everything() == before, "a refused push changed the database");

        // Out of the user's sight, the answer must not tell an existing object from none.
        if (expected == H || (!c.idCollision && !seesProbe(user, c))) {
            const QJsonObject random
                = CellFixture::push(session, c.name, f.fillIn(c.args, target, c.probe).toObject());
            QCOMPARE(got, CellFixture::outcome(random));
            QCOMPARE(message(result), message(random));
            QVERIFY2(f.fingerprint().everything() == before,
                "the same push with a random id changed the database");
        }
    }

    void pullStillMatchesTheRulesAfterTheMutations_data() { pullRows(); }
    void pullStillMatchesTheRulesAfterTheMutations() { comparePull(2); }
};

QTEST_GUILESS_MAIN(TestServerMatrix)
#include "tst_server_matrix.moc"
