// The arithmetic of studying (records/studies, DESIGN.md 8.3) in process on the server's schema
// in memory (MemoryServerDatabase: province p > district d > cells cell-a (m-an, m-binh) and
// cell-b (m-cuong, m-dung)): the server's score, "late" at the end of the due date in UTC+7,
// the quiz as members see it, which organisations get a progress row, the counts and the
// 10-point average to one decimal, and a change recorded only for a row whose figures changed.
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "memoryserverdatabase.h"
#include "mutationnames.h"
#include "records/studies.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
namespace SubmissionStatus = Protocol::SubmissionStatus;

class TestServerStudyProgress : public QObject
{
    Q_OBJECT

    MemoryServerDatabase m_server;

    static QJsonArray quiz()
    {
        QJsonArray questions;
        for (int i = 0; i < 3; ++i) {
            questions.append(
                QJsonObject { { u"id"_s, u"q%1"_s.arg(i) }, { u"text"_s, u"Câu %1"_s.arg(i) },
                    { u"choices"_s, QJsonArray { u"a"_s, u"b"_s, u"c"_s } }, { u"answer"_s, i } });
        }
        return questions;
    }

    StoredStudy study(const QString &id, const QString &audience) const
    {
        StoredStudy s;
        s.id = id;
        s.orgId = u"p"_s;
        s.audienceOrgId = audience;
        s.title = u"Học tập nghị quyết"_s;
        s.documentIds = { u"doc"_s };
        s.dueDate = u"2026-01-10"_s;
        s.quiz = quiz();
        s.status = u"x"_s; // not read here
        s.createdBy = u"u-committee"_s;
        s.createdAt = u"2026-01-01T00:00:00.000Z"_s;
        return s;
    }

    void submit(WriteTransaction &tx, const StoredStudy &s, const QString &member,
        const QString &cell, const QJsonObject &answers, QLatin1StringView status, bool late)
    {
        StoredSubmission r;
        r.id = s.id + u'-' + member;
        r.studyId = s.id;
        r.memberId = member;
        r.orgId = cell;
        r.reflection = u"Thu hoạch"_s;
        r.answers = answers;
        const Studies::Score score = Studies::score(s.quiz, answers);
        r.score = score.score;
        r.total = score.total;
        r.late = late;
        r.status = status;
        r.submittedAt = u"2026-01-05T00:00:00.000Z"_s;
        Studies::saveSubmission(tx, r, true);
    }

    QVariantList progress(const QString &studyId, const QString &org) const
    {
        QSqlQuery q = runSql(m_server.db(),
            u"SELECT members, submitted, accepted, returned, late, average_score, version FROM "
            "study_progress WHERE id = ?"_s,
            { Studies::progressId(studyId, org) });
        if (!q.next())
            return {};
        QVariantList row;
        for (int i = 0; i < 7; ++i)
            row << q.value(i);
        return row;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.open(&error), qPrintable(error));
        runSql(m_server.db(),
            u"INSERT INTO documents (id, org_id, audience_org_id, kind, title, published_at) "
            "VALUES ('doc', 'p', 'p', 'resolution', 'Nghị quyết', '2026-01-01T00:00:00.000Z')"_s);
    }

    void scoringLateAndThePublicQuiz()
    {
        const QJsonObject right { { u"q0"_s, 0 }, { u"q1"_s, 1 }, { u"q2"_s, 2 } };
        QCOMPARE(Studies::score(quiz(), right).score, 3);
        QCOMPARE(Studies::score(quiz(), right).total, 3);
        QCOMPARE(
            Studies::score(quiz(), { { u"q0"_s, 1 }, { u"q1"_s, 1 }, { u"q2"_s, 0 } }).score, 1);
        QCOMPARE(Studies::score({}, {}).score, -1);
        QCOMPARE(Studies::score({}, {}).total, -1);
        // The due date ends at midnight in Vietnam: 17:00 UTC.
        QVERIFY(!Studies::isLate(
            u"2026-01-10"_s, QDateTime(QDate(2026, 1, 10), QTime(16, 59, 59), Qt::UTC)));
        QVERIFY(
            Studies::isLate(u"2026-01-10"_s, QDateTime(QDate(2026, 1, 10), QTime(17, 0), Qt::UTC)));
        for (const QJsonValue &q : Studies::publicQuiz(quiz()))
            QVERIFY(!q.toObject().contains(u"answer"_s));
        QCOMPARE(Studies::publicQuiz(quiz()).size(), 3);
    }

    void countsAndAverages()
    {
        const QDateTime now(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC);
        const StoredStudy district = study(u"s-d"_s, u"d"_s);
        {
            WriteTransaction tx(m_server.database());
            Studies::insert(tx, district);
            QCOMPARE(Studies::recomputeAll(tx, district, now), 4); // p, d, cell-a, cell-b
            submit(tx, district, u"m-an"_s, u"cell-a"_s,
                { { u"q0"_s, 0 }, { u"q1"_s, 1 }, { u"q2"_s, 0 } }, SubmissionStatus::Submitted,
                false); // 2/3
            submit(tx, district, u"m-binh"_s, u"cell-a"_s,
                { { u"q0"_s, 0 }, { u"q1"_s, 1 }, { u"q2"_s, 2 } }, SubmissionStatus::Accepted,
                true); // 3/3, late
            submit(tx, district, u"m-cuong"_s, u"cell-b"_s,
                { { u"q0"_s, 1 }, { u"q1"_s, 0 }, { u"q2"_s, 0 } }, SubmissionStatus::Returned,
                false); // 0/3
            // Only cell-a's chain: cell-b's row stays as it was.
            QCOMPARE(Studies::recomputeChain(tx, district, u"cell-a"_s, now), 3);
            QCOMPARE(progress(u"s-d"_s, u"cell-b"_s).at(1).toInt(), 0);
            // d and p, counted whole with cell-a's chain, are current: only cell-b changes.
            QCOMPARE(Studies::recomputeAll(tx, district, now), 1);
            // Nothing changed since: no row is written again.
            QCOMPARE(Studies::recomputeAll(tx, district, now), 0);
            tx.commit();
        }
        // members, submitted, accepted, returned, late, average (2/3 and 3/3 -> 6.67 and 10).
        QVariantList a = progress(u"s-d"_s, u"cell-a"_s);
        QCOMPARE(a.mid(0, 5), (QVariantList { 2, 2, 1, 0, 1 }));
        QCOMPARE(a.at(5).toDouble(), 8.3);
        QCOMPARE(a.at(6).toInt(), 2);
        QVariantList b = progress(u"s-d"_s, u"cell-b"_s);
        QCOMPARE(b.mid(0, 5), (QVariantList { 2, 1, 0, 1, 0 }));
        QCOMPARE(b.at(5).toDouble(), 0.0);
        // The district and the province above it (the assigner): every member of the audience.
        for (const QString &org : { u"d"_s, u"p"_s }) {
            QVariantList row = progress(u"s-d"_s, org);
            QCOMPARE(row.mid(0, 5), (QVariantList { 4, 3, 1, 1, 1 }));
            QCOMPARE(row.at(5).toDouble(), 5.6); // (6.67 + 10 + 0) / 3
        }
        // A row's change is recorded in its organisation's scope.
        QCOMPARE(scalarSql(m_server.db(),
                     u"SELECT org_id FROM changes WHERE type = ? AND entity_id = ?"_s,
                     { QString(Protocol::RowType::StudyProgress),
                         Studies::progressId(u"s-d"_s, u"cell-b"_s) })
                     .toString(),
            u"cell-b"_s);
    }

    void anAudienceOfOneCellCountsOnlyItsMembers()
    {
        const QDateTime now(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC);
        const StoredStudy cell = study(u"s-a"_s, u"cell-a"_s);
        WriteTransaction tx(m_server.database());
        Studies::insert(tx, cell);
        QCOMPARE(Studies::progressOrganizations(tx.db(), cell),
            (QStringList { u"cell-a"_s, u"d"_s, u"p"_s }));
        QCOMPARE(Studies::recomputeAll(tx, cell, now), 3);
        tx.commit();
        for (const QString &org : { u"cell-a"_s, u"d"_s, u"p"_s }) {
            QVariantList row = progress(u"s-a"_s, org);
            QCOMPARE(row.mid(0, 5), (QVariantList { 2, 0, 0, 0, 0 }));
            QVERIFY(row.at(5).isNull());
        }
        QVERIFY(progress(u"s-a"_s, u"cell-b"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerStudyProgress)
#include "tst_server_studyprogress.moc"
