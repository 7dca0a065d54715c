// Studying a resolution (DESIGN.md 8.3) against the real server with the demo province: a
// committee assigns a study to its subtree, a secretary to the own cell; members of the audience
// submit reflections and quiz answers, the server scores them and marks them late; the
// secretary of the cell accepts or returns them; the assigner closes the study. Everyone else
// is answered like a missing object. The study_progress rows are checked against counts made
// here from the raw rows after every step (submissions, reviews, re-submissions, a member
// moving cells, a closing), and who pulls what: members the study and their own submission,
// the secretary the cell's submissions and the cell's progress, committees the progress of
// their subtree and never a submission or a reflection; the quiz's answers never leave the
// server.
#include "auth/passwordhasher.h"
#include "cellfixture.h"
#include "databaseprobe.h"
#include "db/sqlrunner.h"
#include "wirevalues.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;
namespace Limit = Protocol::Limit;

namespace {

// One signed-in account and everything its pulls delivered so far.
struct Viewer
{
    CellAccount account;
    std::unique_ptr<DeviceSession> session;
    PulledRows all; // merged over every pull (deletes remove)
    QByteArray text; // every pulled body, as sent
};

} // namespace

class TestServerStudy : public QObject
{
    Q_OBJECT

    CellFixture f;
    std::unique_ptr<DatabaseProbe> probe;
    // Organisations.
    QString province, city, ward, cellA, cellB, district, siblingCell;
    // Documents written for these tests.
    QString docWard, docCell, docOther, docWithdrawn, docProvince;
    // Accounts.
    CellAccount wardCommittee, wardCommittee2, cityCommittee, districtCommittee, provinceCommittee,
        mover;
    // The studies.
    QString wardStudy; // by the ward's committee for the ward, with a quiz
    QString cellStudy; // by cell A's secretary for the cell, no quiz, reflection optional
    // Submission ids in wardStudy.
    QString a1Submission, a2Submission;
    // An open study of the ward for the last tests.
    QString secondDeviceStudy;

    static QString outcome(const QJsonObject &result) { return CellFixture::outcome(result); }
    static QString message(const QJsonObject &result)
    {
        return result.value(u"error"_s).toObject().value(u"message"_s).toString();
    }
    static QJsonObject push(Viewer &viewer, const QString &name, const QJsonObject &args)
    {
        return CellFixture::push(*viewer.session, name, args);
    }
    static QString newId() { return CellFixture::newId(); }
    QSqlDatabase db() const { return f.db(); }
    int count(const QString &sql, const QVariantList &binds = {}) const
    {
        return f.count(sql, binds);
    }
    static QString today(int days = 0)
    {
        return QDateTime::currentDateTimeUtc()
            .toOffsetFromUtc(7 * 3600)
            .date()
            .addDays(days)
            .toString(Qt::ISODate);
    }

    Viewer viewer(const CellAccount &account) const
    {
        Viewer v;
        v.account = account;
        v.session = f.signIn(account);
        return v;
    }

    // Pulls until has_more is false; merges into viewer.all and keeps the bodies' text; answers
    // what this run delivered.
    static PulledRows sync(Viewer &v)
    {
        PulledRows pulled;
        DeviceSession &session = *v.session;
        for (int guard = 0; guard < 200; ++guard) {
            QString path = u"/v1/sync/pull?limit=500"_s;
            if (!session.cursor.isEmpty())
                path += u"&cursor="_s + session.cursor;
            const HttpAnswer answer = session.http.get(path);
            if (answer.status != 200)
                qFatal("pull failed: %d %s", answer.status, answer.body.constData());
            v.text += answer.body;
            for (const QJsonValue &value : answer.json.value(u"changes"_s).toArray()) {
                const QJsonObject change = value.toObject();
                const QString type = change.value(u"type"_s).toString();
                const QString id = change.value(u"id"_s).toString();
                if (change.value(u"op"_s).toString() == u"delete") {
                    pulled.rows[type].remove(id);
                    pulled.deleted[type].insert(id);
                    v.all.rows[type].remove(id);
                    v.all.deleted[type].insert(id);
                } else {
                    const QJsonObject data = change.value(u"data"_s).toObject();
                    pulled.rows[type].insert(id, data);
                    pulled.deleted[type].remove(id);
                    v.all.rows[type].insert(id, data);
                    v.all.deleted[type].remove(id);
                }
            }
            session.cursor = answer.json.value(u"cursor"_s).toString();
            if (!answer.json.value(u"has_more"_s).toBool())
                return pulled;
        }
        qFatal("pull did not end");
    }

    QString orgOf(const QString &login) const { return f.account(login).orgId; }

    bool within(const QString &ancestor, const QString &org) const
    {
        return count(u"SELECT count(*) FROM org_closure WHERE ancestor_id = ? AND "
                     "descendant_id = ?"_s,
                   { ancestor, org })
            > 0;
    }

    QString insertDocument(const QString &orgId, const QString &audience, bool withdrawn = false)
    {
        const QString id = newId();
        runSql(db(),
            u"INSERT INTO documents (id, org_id, audience_org_id, kind, number, title, "
            "classification, published_at, withdrawn_at) VALUES (?, ?, ?, 'resolution', "
            "'05-NQ/TU', 'Nghị quyết về học tập', 'internal', ?, ?)"_s,
            { id, orgId, audience, CellFixture::inFuture(-3600),
                withdrawn ? QVariant(CellFixture::inFuture(-60)) : sqlNull() });
        return id;
    }

    // An account for a member of `cell` who has none yet.
    CellAccount addMemberAccount(const QString &login, const QString &cell)
    {
        const QString memberId = scalarSql(db(),
            u"SELECT id FROM members WHERE org_id = ? AND id NOT IN "
            "(SELECT member_id FROM users WHERE member_id IS NOT NULL) ORDER BY id LIMIT 1"_s,
            { cell })
                                     .toString();
        const CellAccount account { login, u"Hoc-tap-2025-nq"_s, u"member"_s, memberId, cell };
        runSql(db(),
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
            "VALUES (?, ?, ?, ?, 'member', ?, ?)"_s,
            { newId(), login, PasswordHasher::hash(account.password), memberId, cell,
                CellFixture::inFuture(0) });
        return account;
    }

    static QJsonArray quiz()
    {
        return { QJsonObject { { u"id"_s, u"q1"_s },
                     { u"text"_s, u"Nghị quyết xác định nhiệm vụ trọng tâm nào?"_s },
                     { u"choices"_s,
                         QJsonArray { u"Phát triển du lịch"_s, u"Xây dựng Đảng"_s, u"Cả hai"_s } },
                     { u"answer"_s, 1 } },
            QJsonObject { { u"id"_s, u"q2"_s }, { u"text"_s, u"Thời hạn thực hiện?"_s },
                { u"choices"_s, QJsonArray { u"2025–2030"_s, u"2020–2025"_s } },
                { u"answer"_s, 0 } } };
    }

    QJsonObject assignArgs(const QString &id, const QString &audience, const QJsonArray &documents,
        const QString &due, bool reflectionRequired = true, const QJsonArray &questions = {}) const
    {
        QJsonObject args { { u"id"_s, id },
            { u"title"_s, u"Học tập, quán triệt Nghị quyết Đại hội Đảng bộ"_s },
            { u"instructions"_s, u"Đọc kỹ nghị quyết, viết bài thu hoạch liên hệ bản thân."_s },
            { u"document_ids"_s, documents }, { u"audience_org_id"_s, audience },
            { u"due_date"_s, due }, { u"reflection_required"_s, reflectionRequired } };
        if (!questions.isEmpty())
            args.insert(u"quiz"_s, questions);
        return args;
    }

    static QJsonObject submitArgs(const QString &id, const QString &study,
        const QString &reflection, const QJsonObject &answers = {})
    {
        return { { u"id"_s, id }, { u"study_id"_s, study }, { u"reflection"_s, reflection },
            { u"answers"_s, answers } };
    }

    static QJsonObject reviewArgs(
        const QString &submission, const QString &decision, const QString &comment = {})
    {
        QJsonObject args { { u"submission_id"_s, submission }, { u"decision"_s, decision } };
        if (!comment.isNull())
            args.insert(u"comment"_s, comment);
        return args;
    }

    int deniedAudits(const QString &mutation) const
    {
        return count(u"SELECT count(*) FROM audit_log WHERE action = 'denied' AND target_id = ?"_s,
            { mutation });
    }

    // The progress rows a study must have, counted here from the raw rows: org id -> fields.
    QHash<QString, QJsonObject> expectedProgress(const QString &study) const
    {
        const auto studyRow
            = probe->rows(u"SELECT org_id, audience_org_id FROM studies WHERE id = ?"_s, { study });
        if (studyRow.isEmpty())
            return {};
        const QString assigner = studyRow[0][0].toString();
        const QString audience = studyRow[0][1].toString();
        QSet<QString> orgs;
        // Every organisation of the audience with a cell below or equal…
        for (const QVariantList &row :
            probe->rows(u"SELECT DISTINCT c.ancestor_id FROM org_closure c JOIN organizations o ON "
                        "o.id = c.descendant_id WHERE o.kind = 'cell' AND c.ancestor_id IN "
                        "(SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s,
                { audience }))
            orgs.insert(row[0].toString());
        // … and every level above it up to the assigner.
        for (const QVariantList &row : probe->rows(
                 u"SELECT ancestor_id FROM org_closure WHERE descendant_id = ? AND ancestor_id IN "
                 "(SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s,
                 { audience, assigner }))
            orgs.insert(row[0].toString());

        QHash<QString, QJsonObject> expected;
        const QString inBoth = u"m.org_id IN (SELECT descendant_id FROM org_closure WHERE "
                               "ancestor_id = ?) AND m.org_id IN (SELECT descendant_id FROM "
                               "org_closure WHERE ancestor_id = ?)"_s;
        for (const QString &org : orgs) {
            const int members = probe
                                    ->scalar(u"SELECT count(*) FROM members m WHERE "_s + inBoth,
                                        { org, audience })
                                    .toInt();
            int submitted = 0, accepted = 0, returned = 0, late = 0, scored = 0;
            double points = 0;
            for (const QVariantList &s :
                probe->rows(u"SELECT s.status, s.late, s.score, s.total FROM members m JOIN "
                            "study_submissions s ON s.member_id = m.id AND s.study_id = ? WHERE "_s
                        + inBoth,
                    { study, org, audience })) {
                ++submitted;
                accepted += s[0].toString() == u"accepted" ? 1 : 0;
                returned += s[0].toString() == u"returned" ? 1 : 0;
                late += s[1].toInt() != 0 ? 1 : 0;
                if (!s[2].isNull() && !s[3].isNull() && s[3].toInt() > 0) {
                    ++scored;
                    points += s[2].toDouble() / s[3].toDouble() * 10;
                }
            }
            const QJsonValue average = scored == 0
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(std::round(points / scored * 10) / 10);
            expected.insert(org,
                { { u"members"_s, members }, { u"submitted"_s, submitted },
                    { u"accepted"_s, accepted }, { u"returned"_s, returned }, { u"late"_s, late },
                    { u"not_started"_s, members - submitted }, { u"average_score"_s, average } });
        }
        return expected;
    }

    static bool sameAverage(const QJsonValue &a, const QJsonValue &b)
    {
        if (a.isNull() || b.isNull())
            return a.isNull() && b.isNull();
        return std::abs(a.toDouble() - b.toDouble()) < 1e-6;
    }

    static void compareCounts(
        const QJsonObject &actual, const QJsonObject &expected, const QString &where)
    {
        for (const char *key :
            { "members", "submitted", "accepted", "returned", "late", "not_started" }) {
            const QString k = QString::fromLatin1(key);
            QVERIFY2(actual.value(k).toInt(-1) == expected.value(k).toInt(),
                qPrintable(u"%1 %2: %3, counted %4"_s.arg(where, k,
                    QString::number(actual.value(k).toInt(-1)),
                    QString::number(expected.value(k).toInt()))));
        }
        QVERIFY2(sameAverage(actual.value(u"average_score"_s), expected.value(u"average_score"_s)),
            qPrintable(u"%1 average_score: %2, counted %3"_s.arg(where,
                QString::fromUtf8(QJsonDocument(QJsonArray { actual.value(u"average_score"_s) })
                                      .toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(QJsonArray { expected.value(u"average_score"_s) })
                                      .toJson(QJsonDocument::Compact)))));
    }

    // The stored progress rows equal the counts from the raw rows; every viewer (synced here)
    // pulls exactly the rows it may see, with the same figures.
    void checkProgress(const QString &study, const QList<Viewer *> &viewers)
    {
        const QHash<QString, QJsonObject> expected = expectedProgress(study);
        QVERIFY(!expected.isEmpty());
        QSet<QString> stored;
        for (const QVariantList &row :
            probe->rows(u"SELECT id, org_id, members, submitted, accepted, returned, late, "
                        "average_score FROM study_progress WHERE study_id = ?"_s,
                { study })) {
            const QString org = row[1].toString();
            stored.insert(org);
            QCOMPARE(row[0].toString(), study + u':' + org);
            const QJsonObject actual { { u"members"_s, row[2].toInt() },
                { u"submitted"_s, row[3].toInt() }, { u"accepted"_s, row[4].toInt() },
                { u"returned"_s, row[5].toInt() }, { u"late"_s, row[6].toInt() },
                { u"not_started"_s, row[2].toInt() - row[3].toInt() },
                { u"average_score"_s,
                    row[7].isNull() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(row[7].toDouble()) } };
            compareCounts(actual, expected.value(org), u"stored "_s + org);
            if (QTest::currentTestFailed())
                return;
        }
        const auto expectedOrgs = QSet<QString>(expected.keyBegin(), expected.keyEnd());
        QCOMPARE(stored, expectedOrgs);

        for (Viewer *v : viewers) {
            sync(*v);
            QSet<QString> pulled;
            for (const QJsonObject &row : v->all.rows.value(u"study_progress"_s)) {
                if (row.value(u"study_id"_s).toString() != study)
                    continue;
                const QString org = row.value(u"org_id"_s).toString();
                pulled.insert(org);
                QCOMPARE(row.value(u"id"_s).toString(), study + u':' + org);
                QVERIFY(!row.value(u"org_name"_s).toString().isEmpty());
                QVERIFY(!row.value(u"org_kind"_s).toString().isEmpty());
                QVERIFY(!row.value(u"updated_at"_s).toString().isEmpty());
                compareCounts(row, expected.value(org), v->account.login + u" pulled "_s + org);
                if (QTest::currentTestFailed())
                    return;
            }
            QSet<QString> visible;
            for (const QString &org : expectedOrgs) {
                if ((v->account.role == u"committee" && within(v->account.orgId, org))
                    || (v->account.role == u"secretary" && org == v->account.orgId))
                    visible.insert(org);
            }
            QVERIFY2(pulled == visible, qPrintable(v->account.login));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        probe = std::make_unique<DatabaseProbe>(db(), DatabaseProbe::OnError::Fatal);
        wardCommittee = f.account(u"danguy.quangtrung"_s);
        wardCommittee2 = f.account(u"danguy.quangtrung2"_s);
        cityCommittee = f.account(u"thanhuy.sonlam"_s);
        districtCommittee = f.account(u"huyenuy.daiphu"_s);
        provinceCommittee = f.account(u"tinhuy.sonlam"_s);
        ward = wardCommittee.orgId;
        city = cityCommittee.orgId;
        district = districtCommittee.orgId;
        province = provinceCommittee.orgId;
        cellA = f.secretary.orgId;
        cellB = orgOf(u"bithu.b"_s);
        QCOMPARE(f.member.orgId, cellA);
        QCOMPARE(f.stranger.orgId, cellB);
        QVERIFY(within(ward, cellA));
        QVERIFY(!within(ward, cellB));
        siblingCell = scalarSql(db(),
            u"SELECT id FROM organizations WHERE parent_id = ? AND id <> ? ORDER BY id LIMIT 1"_s,
            { ward, cellA })
                          .toString();
        QVERIFY(!siblingCell.isEmpty());
        docWard = insertDocument(ward, ward);
        docCell = insertDocument(cellA, cellA);
        docOther = insertDocument(district, district);
        docWithdrawn = insertDocument(ward, ward, true);
        docProvince = insertDocument(province, province);
        mover = addMemberAccount(u"dangvien.chuyen"_s, cellA);
        QVERIFY(!mover.memberId.isEmpty());
    }

    void aCommitteeAssignsToItsSubtree()
    {
        Viewer committee = viewer(wardCommittee);
        Viewer member = viewer(f.member);
        wardStudy = newId();
        const QJsonArray documents { docWard, docProvince };
        const QString due = today(7);

        // Refused like a missing object: an audience outside the subtree (another branch, the
        // level above), documents the whole audience cannot see (a cell's own, another
        // branch's, a withdrawn one, an unknown id).
        const int studies = count(u"SELECT count(*) FROM studies"_s);
        const int denied = deniedAudits(u"study.assign"_s);
        const QJsonObject unknownDocument = push(committee, u"study.assign"_s,
            assignArgs(newId(), ward, { docWard, newId() }, due, true, quiz()));
        QCOMPARE(outcome(unknownDocument), u"not_found"_s);
        for (const QString &audience : { cellB, city, district }) {
            QCOMPARE(outcome(push(committee, u"study.assign"_s,
                         assignArgs(newId(), audience, documents, due))),
                u"not_found"_s);
        }
        for (const QString &doc : { docCell, docOther, docWithdrawn }) {
            const QJsonObject refused = push(committee, u"study.assign"_s,
                assignArgs(newId(), ward, { docWard, doc }, due, true, quiz()));
            QCOMPARE(outcome(refused), u"not_found"_s);
            QCOMPARE(refused.value(u"error"_s), unknownDocument.value(u"error"_s));
        }
        QVERIFY(deniedAudits(u"study.assign"_s) >= denied + 6); // a missing one: maybe not
        // Nor does a member assign.
        QCOMPARE(
            outcome(push(member, u"study.assign"_s, assignArgs(newId(), cellA, documents, due))),
            u"not_found"_s);

        // Bad arguments.
        const auto invalid = [&](QJsonObject args, const char *what) {
            const QJsonObject result = push(committee, u"study.assign"_s, args);
            QVERIFY2(outcome(result) == u"invalid_args",
                qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(what), outcome(result))));
            QVERIFY(!message(result).isEmpty());
        };
        QJsonObject args = assignArgs(newId(), ward, documents, today(-1), true, quiz());
        invalid(args, "due yesterday");
        args = assignArgs(newId(), ward, documents, u"2030-02-30"_s, true, quiz());
        invalid(args, "no such date");
        args = assignArgs(newId(), ward, documents, u"30/12/2030"_s, true, quiz());
        invalid(args, "date format");
        args = assignArgs(newId(), ward, {}, due);
        invalid(args, "no documents");
        QJsonArray many;
        for (int i = 0; i <= Limit::StudyDocuments; ++i)
            many.append(docWard);
        invalid(assignArgs(newId(), ward, many, due), "too many documents");
        args = assignArgs(newId(), ward, documents, due);
        args.insert(u"title"_s, u"   "_s);
        invalid(args, "empty title");
        args.insert(u"title"_s, QString(Limit::StudyTitle + 1, u'x'));
        invalid(args, "long title");
        args = assignArgs(newId(), ward, documents, due);
        args.insert(u"instructions"_s, QString(Limit::StudyInstructions + 1, u'x'));
        invalid(args, "long instructions");
        args = assignArgs(newId(), ward, documents, due);
        args.insert(u"color"_s, u"red"_s);
        invalid(args, "unknown argument");

        const auto withQuestion = [&](const QJsonObject &question) {
            QJsonArray questions = quiz();
            questions.append(question);
            return assignArgs(newId(), ward, documents, due, true, questions);
        };
        const QJsonArray two { u"Đúng"_s, u"Sai"_s };
        invalid(withQuestion({ { u"id"_s, u"q3"_s }, { u"text"_s, u"Một lựa chọn"_s },
                    { u"choices"_s, QJsonArray { u"Duy nhất"_s } }, { u"answer"_s, 0 } }),
            "one choice");
        QJsonArray seven;
        for (int i = 0; i <= Limit::QuizChoices; ++i)
            seven.append(u"Lựa chọn %1"_s.arg(i));
        invalid(withQuestion({ { u"id"_s, u"q3"_s }, { u"text"_s, u"Bảy lựa chọn"_s },
                    { u"choices"_s, seven }, { u"answer"_s, 0 } }),
            "too many choices");
        invalid(withQuestion({ { u"id"_s, u"q3"_s }, { u"text"_s, u"Đáp án ngoài"_s },
                    { u"choices"_s, two }, { u"answer"_s, 2 } }),
            "answer out of range");
        invalid(withQuestion({ { u"id"_s, u"q3"_s }, { u"text"_s, u"Không đáp án"_s },
                    { u"choices"_s, two } }),
            "no answer");
        invalid(withQuestion({ { u"id"_s, u"q1"_s }, { u"text"_s, u"Trùng mã"_s },
                    { u"choices"_s, two }, { u"answer"_s, 0 } }),
            "duplicate id");
        invalid(withQuestion({ { u"id"_s, u""_s }, { u"text"_s, u"Không mã"_s },
                    { u"choices"_s, two }, { u"answer"_s, 0 } }),
            "empty id");
        invalid(withQuestion({ { u"id"_s, u"q3"_s }, { u"text"_s, u"Đáp án chữ"_s },
                    { u"choices"_s, two }, { u"answer"_s, u"0"_s } }),
            "answer not a number");
        invalid(withQuestion({ { u"id"_s, u"q3"_s },
                    { u"text"_s, QString(Limit::QuizQuestionText + 1, u'x') },
                    { u"choices"_s, two }, { u"answer"_s, 0 } }),
            "long question");
        invalid(
            withQuestion({ { u"id"_s, u"q3"_s }, { u"text"_s, u"Lựa chọn dài"_s },
                { u"choices"_s, QJsonArray { QString(Limit::QuizChoiceText + 1, u'x'), u"b"_s } },
                { u"answer"_s, 0 } }),
            "long choice");
        QJsonArray questions;
        for (int i = 0; i <= Limit::QuizQuestions; ++i) {
            questions.append(QJsonObject { { u"id"_s, u"q%1"_s.arg(i) },
                { u"text"_s, u"Câu %1"_s.arg(i) }, { u"choices"_s, two }, { u"answer"_s, 0 } });
        }
        invalid(assignArgs(newId(), ward, documents, due, true, questions), "too many questions");
        QCOMPARE(count(u"SELECT count(*) FROM studies"_s), studies);

        // Assigned; the same again is applied once; another study with that id is a conflict.
        const QJsonObject good = assignArgs(wardStudy, ward, documents, due, true, quiz());
        QCOMPARE(outcome(push(committee, u"study.assign"_s, good)), u"applied"_s);
        QCOMPARE(outcome(push(committee, u"study.assign"_s, good)), u"applied"_s);
        QJsonObject other = good;
        other.insert(u"title"_s, u"Một chuyên đề khác"_s);
        QCOMPARE(outcome(push(committee, u"study.assign"_s, other)), u"conflict"_s);
        QCOMPARE(count(u"SELECT count(*) FROM studies WHERE id = ?"_s, { wardStudy }), 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'study.assign' AND "
                       "target_id = ?"_s,
                     { wardStudy }),
            1);
        // The answers are kept on the server.
        QVERIFY(scalarSql(db(), u"SELECT quiz FROM studies WHERE id = ?"_s, { wardStudy })
                    .toString()
                    .contains(u"answer"_s));

        // A study_assigned notification to every member of the audience with an account.
        const int accounts = count(u"SELECT count(DISTINCT m.id) FROM members m JOIN users u ON "
                                   "u.member_id = m.id WHERE m.org_id IN (SELECT descendant_id "
                                   "FROM org_closure WHERE ancestor_id = ?)"_s,
            { ward });
        QVERIFY(accounts >= 4);
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE kind = 'study_assigned' AND "
                       "ref_type = 'study' AND ref_id = ?"_s,
                     { wardStudy }),
            accounts);

        // The member pulls the study (without the answers) and the notification.
        sync(member);
        QVERIFY(member.all.has(u"study"_s, wardStudy));
        const QJsonObject row = member.all.row(u"study"_s, wardStudy);
        QCOMPARE(row.value(u"org_id"_s).toString(), ward);
        QCOMPARE(row.value(u"audience_org_id"_s).toString(), ward);
        QVERIFY(!row.value(u"org_name"_s).toString().isEmpty());
        QVERIFY(!row.value(u"audience_name"_s).toString().isEmpty());
        QCOMPARE(row.value(u"title"_s).toString(), good.value(u"title"_s).toString());
        QCOMPARE(row.value(u"instructions"_s).toString(), good.value(u"instructions"_s).toString());
        QCOMPARE(row.value(u"document_ids"_s).toArray(), documents);
        QCOMPARE(row.value(u"due_date"_s).toString(), due);
        QCOMPARE(row.value(u"reflection_required"_s).toBool(), true);
        QCOMPARE(row.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(row.value(u"created_by"_s).toString(),
            scalarSql(db(), u"SELECT id FROM users WHERE login = ?"_s, { wardCommittee.login })
                .toString());
        QVERIFY(!row.value(u"created_by_name"_s).toString().isEmpty());
        QVERIFY(!row.value(u"created_at"_s).toString().isEmpty());
        QVERIFY(row.value(u"closed_at"_s).isNull());
        const QJsonArray pulledQuiz = row.value(u"quiz"_s).toArray();
        QCOMPARE(pulledQuiz.size(), 2);
        for (const QJsonValue &q : pulledQuiz) {
            QStringList keys = q.toObject().keys();
            keys.sort();
            QCOMPARE(keys, (QStringList { u"choices"_s, u"id"_s, u"text"_s }));
        }
        QCOMPARE(pulledQuiz.at(0)[u"choices"_s].toArray().size(), 3);
        const auto notes = member.all.notifications(wardStudy, u"study_assigned"_s);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().value(u"ref_type"_s).toString(), u"study"_s);

        // Progress rows for the ward and each of its cells, all zero.
        Viewer secretary = viewer(f.secretary);
        checkProgress(wardStudy, { &committee, &secretary, &member });
    }

    void aSecretaryAssignsToTheOwnCellOnly()
    {
        Viewer secretary = viewer(f.secretary);
        Viewer otherSecretary = viewer(f.otherSecretary);
        const QJsonArray documents { docCell };
        const QString due = today(); // due today: submissions today are on time
        for (const QString &audience : { ward, siblingCell, cellB }) {
            QCOMPARE(outcome(push(secretary, u"study.assign"_s,
                         assignArgs(newId(), audience, { docWard }, due))),
                u"not_found"_s);
        }
        QCOMPARE(outcome(push(otherSecretary, u"study.assign"_s,
                     assignArgs(newId(), cellA, documents, due))),
            u"not_found"_s);
        // The other cell's secretary cannot use cell A's document for the own cell either.
        QCOMPARE(outcome(push(otherSecretary, u"study.assign"_s,
                     assignArgs(newId(), cellB, documents, due))),
            u"not_found"_s);

        cellStudy = newId();
        QCOMPARE(outcome(push(secretary, u"study.assign"_s,
                     assignArgs(cellStudy, cellA, documents, due, false))),
            u"applied"_s);
        QCOMPARE(
            scalarSql(db(), u"SELECT org_id FROM studies WHERE id = ?"_s, { cellStudy }).toString(),
            cellA);
        Viewer committee = viewer(wardCommittee);
        Viewer member = viewer(f.member);
        checkProgress(cellStudy, { &secretary, &committee, &member });
        QCOMPARE(
            count(u"SELECT count(*) FROM study_progress WHERE study_id = ?"_s, { cellStudy }), 1);
        sync(member);
        QVERIFY(member.all.has(u"study"_s, cellStudy));
        Viewer stranger = viewer(f.stranger);
        QVERIFY(!sync(stranger).has(u"study"_s, cellStudy));
    }

    void membersSubmitAndTheServerScores()
    {
        Viewer a1 = viewer(f.member);
        Viewer a2 = viewer(f.account(u"dangvien.a2"_s));
        Viewer stranger = viewer(f.stranger);
        Viewer committee = viewer(wardCommittee);
        Viewer secretary = viewer(f.secretary);
        const QJsonObject right { { u"q1"_s, 1 }, { u"q2"_s, 0 } };
        const QString reflection = u"THU-HOACH-A1 Bài thu hoạch: tôi sẽ gương mẫu thực hiện."_s;

        // Not in the audience, or no member at all, or no such study: like a missing study.
        QCOMPARE(outcome(push(stranger, u"study.submit"_s,
                     submitArgs(newId(), wardStudy, u"Thu hoạch"_s, right))),
            u"not_found"_s);
        QCOMPARE(outcome(push(committee, u"study.submit"_s,
                     submitArgs(newId(), wardStudy, u"Thu hoạch"_s, right))),
            u"not_found"_s);
        QCOMPARE(outcome(push(
                     a1, u"study.submit"_s, submitArgs(newId(), newId(), u"Thu hoạch"_s, right))),
            u"not_found"_s);

        const auto invalid = [&](const QJsonObject &args, const char *what) {
            const QJsonObject result = push(a1, u"study.submit"_s, args);
            QVERIFY2(outcome(result) == u"invalid_args",
                qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(what), outcome(result))));
            QVERIFY(!message(result).isEmpty());
        };
        invalid(submitArgs(newId(), wardStudy, u""_s, right), "no reflection");
        invalid(submitArgs(newId(), wardStudy, u"  \n "_s, right), "blank reflection");
        invalid(submitArgs(newId(), wardStudy, QString(Limit::Reflection + 1, u'x'), right),
            "long reflection");
        invalid(submitArgs(newId(), wardStudy, reflection,
                    { { u"q1"_s, 1 }, { u"q2"_s, 0 }, { u"q9"_s, 0 } }),
            "unknown question");
        invalid(submitArgs(newId(), wardStudy, reflection, { { u"q1"_s, 1 } }), "unanswered");
        invalid(submitArgs(newId(), wardStudy, reflection, { { u"q1"_s, 3 }, { u"q2"_s, 0 } }),
            "choice out of range");
        invalid(submitArgs(newId(), wardStudy, reflection, { { u"q1"_s, -1 }, { u"q2"_s, 0 } }),
            "negative choice");
        invalid(submitArgs(newId(), wardStudy, reflection, { { u"q1"_s, u"1"_s }, { u"q2"_s, 0 } }),
            "choice not a number");
        invalid(submitArgs(newId(), wardStudy, reflection, { { u"q1"_s, 1.5 }, { u"q2"_s, 0 } }),
            "fractional choice");
        QJsonObject args = submitArgs(newId(), wardStudy, reflection, right);
        args.insert(u"answers"_s, QJsonArray { 1, 0 });
        invalid(args, "answers not an object");
        args = submitArgs(newId(), wardStudy, reflection, right);
        args.insert(u"extra"_s, true);
        invalid(args, "unknown argument");
        QCOMPARE(
            count(u"SELECT count(*) FROM study_submissions WHERE study_id = ?"_s, { wardStudy }),
            0);

        // Scored on the server: both right, one right. A reflection of exactly the limit fits.
        a1Submission = newId();
        QCOMPARE(outcome(push(a1, u"study.submit"_s,
                     submitArgs(a1Submission, wardStudy, reflection, right))),
            u"applied"_s);
        a2Submission = newId();
        const QString longReflection = u"THU-HOACH-A2 "_s + QString(Limit::Reflection - 13, u'ư');
        QCOMPARE(longReflection.size(), Limit::Reflection);
        QCOMPARE(outcome(push(a2, u"study.submit"_s,
                     submitArgs(a2Submission, wardStudy, longReflection,
                         { { u"q1"_s, 2 }, { u"q2"_s, 0 } }))),
            u"applied"_s);
        QJsonObject row = sync(a1).row(u"study_submission"_s, a1Submission);
        QCOMPARE(row.value(u"study_id"_s).toString(), wardStudy);
        QCOMPARE(row.value(u"member_id"_s).toString(), f.member.memberId);
        QVERIFY(!row.value(u"member_name"_s).toString().isEmpty());
        QCOMPARE(row.value(u"reflection"_s).toString(), reflection);
        QCOMPARE(row.value(u"answers"_s).toObject(), right);
        QCOMPARE(row.value(u"score"_s).toInt(-1), 2);
        QCOMPARE(row.value(u"total"_s).toInt(-1), 2);
        QCOMPARE(row.value(u"late"_s).toBool(true), false);
        QCOMPARE(row.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(row.value(u"comment"_s).toString(u"-"_s), u""_s);
        QVERIFY(!row.value(u"submitted_at"_s).toString().isEmpty());
        QVERIFY(row.value(u"reviewed_at"_s).isNull());
        row = sync(a2).row(u"study_submission"_s, a2Submission);
        QCOMPARE(row.value(u"score"_s).toInt(-1), 1);
        QCOMPARE(row.value(u"total"_s).toInt(-1), 2);
        QCOMPARE(scalarSql(
                     db(), u"SELECT org_id FROM study_submissions WHERE id = ?"_s, { a2Submission })
                     .toString(),
            cellA);
        checkProgress(wardStudy, { &committee, &secretary });
        QCOMPARE(count(u"SELECT submitted FROM study_progress WHERE id = ?"_s,
                     { wardStudy + u':' + ward }),
            2);

        // A re-submission replaces the row and keeps its first id.
        const QString changed = u"THU-HOACH-A1 Bản sửa: liên hệ công tác ở tổ dân phố."_s;
        QCOMPARE(outcome(push(a1, u"study.submit"_s,
                     submitArgs(newId(), wardStudy, changed, { { u"q1"_s, 0 }, { u"q2"_s, 0 } }))),
            u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM study_submissions WHERE study_id = ? AND "
                       "member_id = ?"_s,
                     { wardStudy, f.member.memberId }),
            1);
        const PulledRows again = sync(a1);
        QCOMPARE(again.rows.value(u"study_submission"_s).size(), 1);
        row = again.row(u"study_submission"_s, a1Submission);
        QCOMPARE(row.value(u"reflection"_s).toString(), changed);
        QCOMPARE(row.value(u"score"_s).toInt(-1), 1);
        checkProgress(wardStudy, { &committee, &secretary });
    }

    void theCellSecretaryReviews()
    {
        Viewer a1 = viewer(f.member);
        Viewer a2 = viewer(f.account(u"dangvien.a2"_s));
        Viewer secretary = viewer(f.secretary);
        Viewer otherSecretary = viewer(f.otherSecretary);
        Viewer committee = viewer(wardCommittee);
        sync(a2);

        // Nobody but the secretary of the cell: answered like a missing submission.
        const int denied = deniedAudits(u"study.review"_s);
        const QJsonObject missing
            = push(secretary, u"study.review"_s, reviewArgs(newId(), u"accept"_s));
        QCOMPARE(outcome(missing), u"not_found"_s);
        for (Viewer *other : { &otherSecretary, &committee, &a1 }) {
            const QJsonObject result
                = push(*other, u"study.review"_s, reviewArgs(a2Submission, u"accept"_s));
            QVERIFY2(outcome(result) == u"not_found", qPrintable(other->account.login));
            QCOMPARE(result.value(u"error"_s), missing.value(u"error"_s));
        }
        QVERIFY(deniedAudits(u"study.review"_s) >= denied + 3);

        // Bad arguments: a return needs a comment, within the limit; only the two decisions.
        const auto invalid = [&](const QJsonObject &args, const char *what) {
            const QJsonObject result = push(secretary, u"study.review"_s, args);
            QVERIFY2(outcome(result) == u"invalid_args",
                qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(what), outcome(result))));
            QVERIFY(!message(result).isEmpty());
        };
        invalid(reviewArgs(a2Submission, u"return"_s), "return without comment");
        invalid(reviewArgs(a2Submission, u"return"_s, u"  "_s), "blank comment");
        invalid(reviewArgs(a2Submission, u"return"_s, QString(Limit::ReviewComment + 1, u'x')),
            "long comment");
        invalid(reviewArgs(a2Submission, u"approve"_s), "unknown decision");
        // The app's word for accepting is "duyệt" ("Duyệt", "Đã được duyệt"): so are the
        // server's messages, never "chấp nhận".
        const auto saysDuyet = [](const QJsonObject &result) {
            const QString text = message(result);
            QVERIFY2(text.contains(u"duyệt"_s) && !text.contains(u"chấp nhận"_s), qPrintable(text));
        };
        saysDuyet(push(secretary, u"study.review"_s, reviewArgs(a2Submission, u"approve"_s)));
        QJsonObject args = reviewArgs(a2Submission, u"accept"_s);
        args.insert(u"extra"_s, 1);
        invalid(args, "unknown argument");

        // Returned with a comment: the member hears of it.
        const QString comment = u"Đồng chí cần liên hệ cụ thể hơn với nhiệm vụ ở tổ dân phố."_s;
        QCOMPARE(outcome(push(
                     secretary, u"study.review"_s, reviewArgs(a2Submission, u"return"_s, comment))),
            u"applied"_s);
        PulledRows seen = sync(a2);
        QJsonObject row = seen.row(u"study_submission"_s, a2Submission);
        QCOMPARE(row.value(u"status"_s).toString(), u"returned"_s);
        QCOMPARE(row.value(u"comment"_s).toString(), comment);
        QVERIFY(!row.value(u"reviewed_at"_s).toString().isEmpty());
        QVERIFY(!row.value(u"reviewed_by_name"_s).toString().isEmpty());
        const auto notes = seen.notifications(wardStudy, u"study_returned"_s);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().value(u"ref_type"_s).toString(), u"study"_s);
        QVERIFY(sync(a1).notifications(wardStudy, u"study_returned"_s).isEmpty());
        checkProgress(wardStudy, { &committee, &secretary });
        QCOMPARE(count(u"SELECT returned FROM study_progress WHERE id = ?"_s,
                     { wardStudy + u':' + cellA }),
            1);
        // Reviewed once: a second review is a conflict.
        QCOMPARE(outcome(push(secretary, u"study.review"_s, reviewArgs(a2Submission, u"accept"_s))),
            u"conflict"_s);

        // Submitted again: submitted, the comment and review cleared, the first id kept.
        QCOMPARE(outcome(push(a2, u"study.submit"_s,
                     submitArgs(newId(), wardStudy, u"THU-HOACH-A2 Bản bổ sung."_s,
                         { { u"q1"_s, 0 }, { u"q2"_s, 1 } }))),
            u"applied"_s);
        row = sync(a2).row(u"study_submission"_s, a2Submission);
        QCOMPARE(row.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(row.value(u"comment"_s).toString(u"-"_s), u""_s);
        QVERIFY(row.value(u"reviewed_at"_s).isNull());
        QCOMPARE(row.value(u"score"_s).toInt(-1), 0);
        checkProgress(wardStudy, { &committee, &secretary });

        // Accepted: no more re-submission, no second review.
        QCOMPARE(outcome(push(secretary, u"study.review"_s, reviewArgs(a1Submission, u"accept"_s))),
            u"applied"_s);
        QJsonObject refused = push(a1, u"study.submit"_s,
            submitArgs(
                newId(), wardStudy, u"THU-HOACH-A1 Sửa nữa"_s, { { u"q1"_s, 1 }, { u"q2"_s, 0 } }));
        QCOMPARE(outcome(refused), u"conflict"_s);
        saysDuyet(refused);
        refused = push(
            secretary, u"study.review"_s, reviewArgs(a1Submission, u"return"_s, u"Trả lại"_s));
        QCOMPARE(outcome(refused), u"conflict"_s);
        saysDuyet(refused);
        row = sync(a1).row(u"study_submission"_s, a1Submission);
        QCOMPARE(row.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(row.value(u"score"_s).toInt(-1), 1);
        checkProgress(wardStudy, { &committee, &secretary });
        // 1/2 and 0/2 on a 10-point scale.
        QCOMPARE(scalarSql(db(), u"SELECT average_score FROM study_progress WHERE id = ?"_s,
                     { wardStudy + u':' + cellA })
                     .toDouble(),
            2.5);
    }

    void lateSubmissionsAndClosing()
    {
        Viewer a1 = viewer(f.member);
        Viewer a2 = viewer(f.account(u"dangvien.a2"_s));
        Viewer secretary = viewer(f.secretary);
        Viewer committee = viewer(wardCommittee);
        Viewer committee2 = viewer(wardCommittee2);
        Viewer cityC = viewer(cityCommittee);

        // Due today (UTC+7): on time; no quiz: no score; the reflection is optional here.
        const QString a2Id = newId();
        QCOMPARE(
            outcome(push(a2, u"study.submit"_s, submitArgs(a2Id, cellStudy, u""_s))), u"applied"_s);
        QJsonObject row = sync(a2).row(u"study_submission"_s, a2Id);
        QCOMPARE(row.value(u"late"_s).toBool(true), false);
        QVERIFY(row.value(u"score"_s).isNull());
        QVERIFY(row.value(u"total"_s).isNull());
        // A study without a quiz takes no answers.
        QCOMPARE(outcome(push(a1, u"study.submit"_s,
                     submitArgs(newId(), cellStudy, u""_s, { { u"q1"_s, 0 } }))),
            u"invalid_args"_s);

        // The due date passed (yesterday in UTC+7): late.
        runSql(db(), u"UPDATE studies SET due_date = ? WHERE id = ?"_s, { today(-1), cellStudy });
        const QString a1Id = newId();
        QCOMPARE(outcome(push(a1, u"study.submit"_s,
                     submitArgs(a1Id, cellStudy, u"THU-HOACH-A1 Nộp muộn."_s))),
            u"applied"_s);
        QCOMPARE(sync(a1).row(u"study_submission"_s, a1Id).value(u"late"_s).toBool(false), true);
        checkProgress(cellStudy, { &secretary, &committee });
        QCOMPARE(
            count(u"SELECT late FROM study_progress WHERE id = ?"_s, { cellStudy + u':' + cellA }),
            1);

        // Closed by its organisation only (the secretary's cell here); twice is applied.
        for (Viewer *other : { &committee, &a1 }) {
            QCOMPARE(outcome(push(*other, u"study.close"_s, { { u"id"_s, cellStudy } })),
                u"not_found"_s);
        }
        QJsonObject args { { u"id"_s, cellStudy }, { u"extra"_s, 1 } };
        QCOMPARE(outcome(push(secretary, u"study.close"_s, args)), u"invalid_args"_s);
        QCOMPARE(
            outcome(push(secretary, u"study.close"_s, { { u"id"_s, cellStudy } })), u"applied"_s);
        QCOMPARE(
            outcome(push(secretary, u"study.close"_s, { { u"id"_s, cellStudy } })), u"applied"_s);
        row = sync(a1).row(u"study"_s, cellStudy);
        QCOMPARE(row.value(u"status"_s).toString(), u"closed"_s);
        QVERIFY(!row.value(u"closed_at"_s).toString().isEmpty());

        // No submissions after closing (the row stays as it was); reviews remain allowed.
        const QJsonObject closed = push(a2, u"study.submit"_s,
            submitArgs(newId(), cellStudy, u"THU-HOACH-A2 Sau khi kết thúc."_s));
        QCOMPARE(outcome(closed), u"study_closed"_s);
        QVERIFY(!message(closed).isEmpty());
        QCOMPARE(
            scalarSql(db(), u"SELECT reflection FROM study_submissions WHERE id = ?"_s, { a2Id })
                .toString(),
            u""_s);
        QCOMPARE(outcome(push(secretary, u"study.review"_s, reviewArgs(a1Id, u"accept"_s))),
            u"applied"_s);
        checkProgress(cellStudy, { &secretary, &committee });

        // The ward's study: the level above is not its organisation; a second committee user of
        // the ward is.
        QCOMPARE(
            outcome(push(cityC, u"study.close"_s, { { u"id"_s, wardStudy } })), u"not_found"_s);
        QCOMPARE(
            outcome(push(secretary, u"study.close"_s, { { u"id"_s, wardStudy } })), u"not_found"_s);
        QCOMPARE(
            outcome(push(committee2, u"study.close"_s, { { u"id"_s, wardStudy } })), u"applied"_s);
        QCOMPARE(
            scalarSql(db(), u"SELECT status FROM studies WHERE id = ?"_s, { wardStudy }).toString(),
            u"closed"_s);
        QCOMPARE(outcome(push(a2, u"study.submit"_s,
                     submitArgs(newId(), wardStudy, u"THU-HOACH-A2 Muộn."_s,
                         { { u"q1"_s, 1 }, { u"q2"_s, 0 } }))),
            u"study_closed"_s);
        QCOMPARE(outcome(push(secretary, u"study.review"_s, reviewArgs(a2Submission, u"accept"_s))),
            u"applied"_s);
        checkProgress(wardStudy, { &committee, &secretary, &cityC });
    }

    void whoPullsWhat()
    {
        Viewer a1 = viewer(f.member);
        Viewer secretary = viewer(f.secretary);
        Viewer stranger = viewer(f.stranger);
        Viewer otherSecretary = viewer(f.otherSecretary);
        std::vector<Viewer> committees;
        for (const CellAccount &c : { wardCommittee, cityCommittee, districtCommittee })
            committees.push_back(viewer(c));
        const QRegularExpression answerKey(u"\"answer\"\\s*:"_s);
        // Every reflection in the database (the demo's too), as a committee would receive it.
        QList<QByteArray> reflections;
        for (const QVariantList &r :
            probe->rows(u"SELECT reflection FROM study_submissions WHERE reflection <> ''"_s)) {
            const QString start = r[0].toString().section(u'\n', 0, 0).left(40);
            if (start.size() >= 10 && !start.contains(u'"') && !start.contains(u'\\'))
                reflections << start.toUtf8();
        }
        QVERIFY(reflections.size() >= 2);

        // A member: the studies of the cell's audience and the own submissions only.
        sync(a1);
        QVERIFY(a1.all.has(u"study"_s, wardStudy));
        QVERIFY(a1.all.has(u"study"_s, cellStudy));
        QVERIFY(a1.all.rows.value(u"study_progress"_s).isEmpty());
        QVERIFY(!a1.all.rows.value(u"study_submission"_s).isEmpty());
        for (const QJsonObject &s : a1.all.rows.value(u"study_submission"_s))
            QCOMPARE(s.value(u"member_id"_s).toString(), f.member.memberId);
        QVERIFY(!a1.text.contains("THU-HOACH-A2"));
        QVERIFY(!QString::fromUtf8(a1.text).contains(answerKey));

        // Another branch's member and secretary: none of it.
        for (Viewer *v : { &stranger, &otherSecretary }) {
            sync(*v);
            QVERIFY(!v->all.has(u"study"_s, wardStudy));
            QVERIFY(!v->all.has(u"study"_s, cellStudy));
            QVERIFY(!v->text.contains("THU-HOACH"));
            for (const QJsonObject &p : v->all.rows.value(u"study_progress"_s))
                QVERIFY(p.value(u"study_id"_s) != wardStudy && p.value(u"study_id"_s) != cellStudy);
        }

        // The secretary: the cell's submissions (everyone's, in full) and the cell's progress.
        sync(secretary);
        const auto submissions = secretary.all.rows.value(u"study_submission"_s);
        QVERIFY(submissions.contains(a1Submission));
        QVERIFY(submissions.contains(a2Submission));
        QCOMPARE(submissions.value(a2Submission).value(u"reflection"_s).toString(),
            u"THU-HOACH-A2 Bản bổ sung."_s);
        for (const QJsonObject &s : submissions) {
            QCOMPARE(scalarSql(db(), u"SELECT org_id FROM study_submissions WHERE id = ?"_s,
                         { s.value(u"id"_s).toString() })
                         .toString(),
                cellA);
        }
        for (const QJsonObject &p : secretary.all.rows.value(u"study_progress"_s))
            QCOMPARE(p.value(u"org_id"_s).toString(), cellA);
        QVERIFY(secretary.all.has(u"study_progress"_s, wardStudy + u':' + cellA));
        QVERIFY(!QString::fromUtf8(secretary.text).contains(answerKey));

        // Committees: the studies whose audience is in their subtree, the progress of their
        // subtree, never a submission nor a reflection.
        for (Viewer &c : committees) {
            sync(c);
            const bool above = within(c.account.orgId, ward);
            QCOMPARE(c.all.has(u"study"_s, wardStudy), above);
            QCOMPARE(c.all.has(u"study"_s, cellStudy), above);
            QVERIFY(!c.all.rows.contains(u"study_submission"_s));
            QVERIFY2(!c.text.contains("\"study_submission\""), qPrintable(c.account.login));
            QVERIFY2(!c.text.contains("THU-HOACH"), qPrintable(c.account.login));
            for (const QByteArray &r : reflections)
                QVERIFY2(!c.text.contains(r), qPrintable(c.account.login));
            QVERIFY(!QString::fromUtf8(c.text).contains(answerKey));
            for (const QJsonObject &p : c.all.rows.value(u"study_progress"_s))
                QVERIFY(within(c.account.orgId, p.value(u"org_id"_s).toString()));
            QCOMPARE(c.all.has(u"study_progress"_s, wardStudy + u':' + ward), above);
        }
        checkProgress(
            wardStudy, { &committees[0], &committees[1], &committees[2], &secretary, &a1 });
    }

    // The member moves to a cell in another branch mid-study: the submission follows, the old
    // secretary gets a delete, the new one sees it, both chains' progress is recomputed.
    void aMemberMovingCellsTakesTheSubmission()
    {
        Viewer provinceC = viewer(provinceCommittee);
        const QString study = newId();
        QCOMPARE(outcome(push(provinceC, u"study.assign"_s,
                     assignArgs(study, province, { docProvince }, today(30)))),
            u"applied"_s);
        Viewer moving = viewer(mover);
        Viewer secretary = viewer(f.secretary);
        Viewer newSecretary = viewer(f.otherSecretary);
        Viewer wardC = viewer(wardCommittee);
        Viewer districtC = viewer(districtCommittee);
        sync(secretary);
        sync(newSecretary);
        const QString submission = newId();
        QCOMPARE(outcome(push(moving, u"study.submit"_s,
                     submitArgs(submission, study, u"THU-HOACH-MOVER Tôi sẽ chuyển sinh hoạt."_s))),
            u"applied"_s);
        QVERIFY(sync(secretary).has(u"study_submission"_s, submission));
        QVERIFY(!sync(newSecretary).has(u"study_submission"_s, submission));
        checkProgress(study, { &wardC, &districtC, &secretary, &newSecretary });
        if (QTest::currentTestFailed())
            return;
        const int cellABefore = count(
            u"SELECT submitted FROM study_progress WHERE id = ?"_s, { study + u':' + cellA });
        QCOMPARE(cellABefore, 1);

        const auto moved = f.cli({ u"member"_s, u"move"_s, u"--db"_s, mover.memberId, cellB });
        QVERIFY2(moved.exitCode == 0, moved.standardError.constData());
        QCOMPARE(
            scalarSql(db(), u"SELECT org_id FROM study_submissions WHERE id = ?"_s, { submission })
                .toString(),
            cellB);
        QVERIFY(sync(secretary).wasDeleted(u"study_submission"_s, submission));
        QVERIFY(sync(newSecretary).has(u"study_submission"_s, submission));
        checkProgress(study, { &wardC, &districtC, &secretary, &newSecretary });
        QCOMPARE(
            count(u"SELECT submitted FROM study_progress WHERE id = ?"_s, { study + u':' + cellA }),
            0);
        QCOMPARE(
            count(u"SELECT submitted FROM study_progress WHERE id = ?"_s, { study + u':' + cellB }),
            1);
        // The new cell's secretary reviews it; the old one cannot.
        QCOMPARE(outcome(push(secretary, u"study.review"_s, reviewArgs(submission, u"accept"_s))),
            u"not_found"_s);
        QCOMPARE(
            outcome(push(newSecretary, u"study.review"_s, reviewArgs(submission, u"accept"_s))),
            u"applied"_s);
        // Still the member's own on a fresh device.
        CellAccount movedAccount = mover;
        movedAccount.orgId = cellB;
        Viewer again = viewer(movedAccount);
        QCOMPARE(sync(again).row(u"study_submission"_s, submission).value(u"status"_s).toString(),
            u"accepted"_s);
        checkProgress(study, { &wardC, &districtC, &secretary, &newSecretary });
    }

    // Two devices of one member: device B has not pulled device A's submission X and submits
    // the same study under a new id Y. The server keeps X (with B's content) and sends B a
    // delete for Y, so that B drops its optimistic row and pulls X. An id that is already
    // another submission (another member's, or the member's own in another study) is a
    // conflict, never deleted.
    void aSecondDeviceResubmitsUnderTheFirstId()
    {
        Viewer committee = viewer(wardCommittee);
        secondDeviceStudy = newId();
        QCOMPARE(outcome(push(committee, u"study.assign"_s,
                     assignArgs(secondDeviceStudy, ward, { docWard }, today(10), true, quiz()))),
            u"applied"_s);
        const CellAccount a2Account = f.account(u"dangvien.a2"_s);
        Viewer deviceA = viewer(a2Account);
        Viewer deviceB = viewer(a2Account);
        Viewer secretary = viewer(f.secretary);
        sync(deviceA);
        sync(deviceB);
        sync(secretary);

        const QString first = newId();
        QCOMPARE(outcome(push(deviceA, u"study.submit"_s,
                     submitArgs(first, secondDeviceStudy, u"THU-HOACH-THIET-BI-A Bản đầu."_s,
                         { { u"q1"_s, 0 }, { u"q2"_s, 0 } }))),
            u"applied"_s);
        const QString second = newId();
        const QString fromB = u"THU-HOACH-THIET-BI-B Bản viết trên máy thứ hai."_s;
        QCOMPARE(
            outcome(push(deviceB, u"study.submit"_s,
                submitArgs(second, secondDeviceStudy, fromB, { { u"q1"_s, 1 }, { u"q2"_s, 0 } }))),
            u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM study_submissions WHERE study_id = ?"_s,
                     { secondDeviceStudy }),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM study_submissions WHERE id = ?"_s, { second }), 0);

        const PulledRows pulledB = sync(deviceB);
        QVERIFY2(pulledB.wasDeleted(u"study_submission"_s, second),
            "device B was not told to drop its own id");
        QVERIFY(!deviceB.all.has(u"study_submission"_s, second));
        const QJsonObject row = pulledB.row(u"study_submission"_s, first);
        QCOMPARE(row.value(u"reflection"_s).toString(), fromB);
        QCOMPARE(row.value(u"score"_s).toInt(-1), 2);
        QCOMPARE(row.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(sync(deviceA).row(u"study_submission"_s, first).value(u"reflection"_s).toString(),
            fromB);
        const PulledRows pulledSecretary = sync(secretary);
        QVERIFY(pulledSecretary.has(u"study_submission"_s, first));
        QVERIFY(!secretary.all.has(u"study_submission"_s, second));

        // An id that is someone else's submission, or the member's own in another study:
        // conflict, and that submission is left alone.
        Viewer a1 = viewer(f.member);
        const QString a1First = newId();
        QCOMPARE(outcome(push(a1, u"study.submit"_s,
                     submitArgs(a1First, secondDeviceStudy, u"THU-HOACH-A1 Lần đầu."_s,
                         { { u"q1"_s, 1 }, { u"q2"_s, 0 } }))),
            u"applied"_s);
        sync(secretary);
        QCOMPARE(outcome(push(a1, u"study.submit"_s,
                     submitArgs(first, secondDeviceStudy, u"THU-HOACH-A1 Lần hai."_s,
                         { { u"q1"_s, 1 }, { u"q2"_s, 0 } }))),
            u"conflict"_s);
        QCOMPARE(outcome(push(deviceA, u"study.submit"_s,
                     submitArgs(a2Submission, secondDeviceStudy, fromB,
                         { { u"q1"_s, 1 }, { u"q2"_s, 0 } }))),
            u"conflict"_s);
        const PulledRows after = sync(secretary);
        QVERIFY(!after.wasDeleted(u"study_submission"_s, first));
        QVERIFY(!after.wasDeleted(u"study_submission"_s, a2Submission));
        QVERIFY(secretary.all.has(u"study_submission"_s, first));
        checkProgress(secondDeviceStudy, { &committee, &secretary });
    }

    // `import-members` adds a member to a cell of a running study's audience: the progress of
    // that cell and of every level above it counts one member more (one not started), in the
    // import's transaction; the committee and the secretary pull the new figures.
    void importedMembersCountInProgress()
    {
        Viewer committee = viewer(wardCommittee);
        Viewer secretary = viewer(f.secretary);
        sync(committee);
        sync(secretary);
        const auto progressOf = [this](const QString &org) {
            return count(u"SELECT members FROM study_progress WHERE id = ?"_s,
                { secondDeviceStudy + u':' + org });
        };
        const int cellBefore = progressOf(cellA);
        const int wardBefore = progressOf(ward);
        QVERIFY(cellBefore > 0);

        QFile csv(f.directory() + u"/study-import.csv"_s);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(u"full_name,org_id,gender,birth_date,ethnicity,religion,phone,citizen_id,"
                  "admission_date,official_date,address,work_history\r\n"
                  "Trần Văn Học,%1,Nam,1990-05-05,Kinh,Không,,018090777001,2015-05-05,"
                  "2016-05-05,,\r\n"_s.arg(cellA)
                      .toUtf8());
        csv.close();
        const auto imported = f.cli({ u"import-members"_s, u"--db"_s, csv.fileName() });
        QVERIFY2(imported.exitCode == 0, imported.standardError.constData());

        QCOMPARE(progressOf(cellA), cellBefore + 1);
        QCOMPARE(progressOf(ward), wardBefore + 1);
        QCOMPARE(sync(secretary)
                     .row(u"study_progress"_s, secondDeviceStudy + u':' + cellA)
                     .value(u"not_started"_s)
                     .toInt(-1),
            progressOf(cellA)
                - count(u"SELECT submitted FROM study_progress WHERE id = ?"_s,
                    { secondDeviceStudy + u':' + cellA }));
        // Every open study whose audience holds the cell (the province's too) counts them.
        for (const QVariantList &open :
            probe->rows(u"SELECT id FROM studies WHERE status = ? AND audience_org_id IN "
                        "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?)"_s,
                { QString(Protocol::StudyStatus::Open), cellA })) {
            checkProgress(open[0].toString(), { &committee, &secretary });
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestServerStudy)
#include "tst_server_study.moc"
