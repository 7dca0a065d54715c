// Meeting outcomes (DESIGN.md 8.5, issue 21) against the real server with the demo province:
// comments before and during a meeting (the secretaries notified), votes opened, cast, replaced
// and closed (by vote.close, meeting.end and the minutes) with their tallies, the minutes on
// the meeting row (the cell notified the first time), every refusal of the contract in
// docs/protocol-extensions.md, and the secrecy check: while and after secret votes with several
// members (some replacing their ballot), no row of any table, no pulled row of any account and
// no audit entry holds a member together with the choice of a secret ballot that member cast.
#include "auth/passwordhasher.h"
#include "cellfixture.h"
#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "protocol.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;

class TestServerMeetingOutcomes : public QObject
{
    Q_OBJECT

    CellFixture f;
    CellAccount voter2, voter3; // two more members of the secretary's cell, with accounts

    static QString outcome(const QJsonObject &result) { return CellFixture::outcome(result); }
    static QString message(const QJsonObject &result)
    {
        return result.value(u"error"_s).toObject().value(u"message"_s).toString();
    }
    static QJsonObject push(DeviceSession &session, QLatin1StringView name, const QJsonObject &args)
    {
        return CellFixture::push(session, QString(name), args);
    }
    static QString apply(DeviceSession &session, QLatin1StringView name, const QJsonObject &args)
    {
        return outcome(push(session, name, args));
    }
    static PulledRows pull(DeviceSession &session) { return CellFixture::pull(session); }
    static QString newId() { return CellFixture::newId(); }
    int count(const QString &sql, const QVariantList &binds = {}) const
    {
        return f.count(sql, binds);
    }
    QString text(const QString &sql, const QVariantList &binds) const
    {
        return scalarSql(f.db(), sql, binds).toString();
    }

    // A meeting of the secretary's cell starting `seconds` from now (created, then moved into
    // the past directly in the database when `seconds` is negative).
    QString meeting(DeviceSession &secretary, qint64 seconds)
    {
        const QString id = newId();
        const QString result = apply(secretary, Mutation::MeetingCreate,
            { { u"id"_s, id }, { u"title"_s, u"Sinh hoạt chi bộ %1"_s.arg(id.left(4)) },
                { u"starts_at"_s, CellFixture::inFuture(std::max<qint64>(seconds, 60)) },
                { u"location"_s, u"Nhà văn hóa thôn"_s } });
        if (result != u"applied")
            qFatal("meeting.create: %s", qPrintable(result));
        if (seconds < 60)
            runSql(f.db(), u"UPDATE meetings SET starts_at = ? WHERE id = ?"_s,
                { CellFixture::inFuture(seconds), id });
        return id;
    }
    void present(DeviceSession &secretary, const QString &meetingId, const QString &memberId)
    {
        QCOMPARE(apply(secretary, Mutation::MeetingAttendance,
                     { { u"meeting_id"_s, meetingId }, { u"member_id"_s, memberId },
                         { u"present"_s, true } }),
            u"applied"_s);
    }
    static QJsonObject voteArgs(const QString &id, const QString &meetingId, bool secret,
        const QJsonArray &choices = { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s })
    {
        return { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
            { u"question"_s, u"Thông qua nghị quyết chi bộ tháng này?"_s },
            { u"choices"_s, choices }, { u"secret"_s, secret } };
    }
    static QJsonObject cast(const QString &voteId, const QString &choice, const QString &key = {})
    {
        QJsonObject args { { u"vote_id"_s, voteId }, { u"choice"_s, choice } };
        if (!key.isEmpty())
            args.insert(u"ballot_key"_s, key);
        return args;
    }
    static QString ballotKey(char digit) { return QString(64, QLatin1Char(digit)); }
    QJsonArray tally(const QString &voteId) const
    {
        return QJsonDocument::fromJson(
            text(u"SELECT tally FROM votes WHERE id = ?"_s, { voteId }).toUtf8())
            .array();
    }
    static QJsonArray counts(const QJsonArray &choices, const QList<int> &numbers)
    {
        QJsonArray expected;
        for (qsizetype i = 0; i < choices.size(); ++i)
            expected.append(
                QJsonObject { { u"choice"_s, choices.at(i) }, { u"count"_s, numbers.at(i) } });
        return expected;
    }

    // A member of the secretary's cell without an account, given one.
    CellAccount addVoter(const QString &login, const QStringList &except)
    {
        QSqlQuery query = runSql(f.db(),
            u"SELECT id FROM members m WHERE org_id = ? AND NOT EXISTS (SELECT 1 FROM users u "
            "WHERE u.member_id = m.id) ORDER BY id"_s,
            { f.secretary.orgId });
        QString memberId;
        while (query.next() && memberId.isEmpty()) {
            if (!except.contains(query.value(0).toString()))
                memberId = query.value(0).toString();
        }
        query.finish();
        if (memberId.isEmpty())
            qFatal("no member without an account in the cell");
        const CellAccount account { login, u"Bieuquyet-2025-%1"_s.arg(login), u"member"_s, memberId,
            f.secretary.orgId };
        runSql(f.db(),
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
            "VALUES (?, ?, ?, ?, 'member', ?, ?)"_s,
            { newId(), login, PasswordHasher::hash(account.password), memberId, account.orgId,
                CellFixture::inFuture(0) });
        return account;
    }

    // Every change each page of a full pull delivers, as compact JSON text (the raw pages).
    static QStringList pulledChanges(DeviceSession &session)
    {
        QStringList changes;
        QString cursor;
        for (int guard = 0; guard < 200; ++guard) {
            const HttpAnswer answer = session.http.get(u"/v1/sync/pull?limit=500"_s
                + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            if (answer.status != 200)
                qFatal("pull failed: %d", answer.status);
            for (const QJsonValue &change : answer.json.value(u"changes"_s).toArray())
                changes << QString::fromUtf8(
                    QJsonDocument(change.toObject()).toJson(QJsonDocument::Compact));
            cursor = answer.json.value(u"cursor"_s).toString();
            if (!answer.json.value(u"has_more"_s).toBool())
                return changes;
        }
        qFatal("pull did not end");
    }
    // Every row of every table of the database, its columns joined as text.
    QStringList everyRow() const
    {
        QStringList rows;
        const QStringList tables = f.db().tables(QSql::Tables);
        for (const QString &table : tables) {
            forEachRow(f.db(), u"SELECT * FROM %1"_s.arg(table), {}, [&](const QSqlQuery &q) {
                const QSqlRecord record = q.record();
                QStringList values { table };
                for (int i = 0; i < record.count(); ++i)
                    values << record.value(i).toString();
                rows << values.join(u'\x1f');
            });
        }
        return rows;
    }
    // What identifies a member anywhere: the member id, the full name, the account's login and
    // user id.
    QStringList identities(const CellAccount &account) const
    {
        return { account.memberId,
            text(u"SELECT full_name FROM members WHERE id = ?"_s, { account.memberId }),
            account.login, text(u"SELECT id FROM users WHERE login = ?"_s, { account.login }) };
    }
    // The first of `rows` that names `who` together with `choice`, or an empty string. The
    // vote's own list of choices and its tally (every choice, in the vote row, which names the
    // secretary who opened it) are taken out of a row first: they name no one's choice.
    static QString pairIn(const QStringList &rows, const QStringList &who, const QString &choice,
        const QStringList &allChoices)
    {
        for (QString row : rows) {
            for (const QString &list : allChoices) {
                if (!list.isEmpty())
                    row.remove(list);
            }
            if (!row.contains(choice))
                continue;
            for (const QString &identity : who) {
                if (!identity.isEmpty() && row.contains(identity))
                    return row.left(300);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        voter2 = addVoter(u"bieuquyet.hai"_s, { f.member.memberId, f.secretary.memberId });
        voter3 = addVoter(
            u"bieuquyet.ba"_s, { f.member.memberId, f.secretary.memberId, voter2.memberId });
    }

    // The demo (DESIGN.md 8.5): in the cell of the demo accounts, a past meeting with comments,
    // a closed open vote, a closed secret vote and minutes; an upcoming meeting with comments.
    void theDemoShowsOutcomes()
    {
        auto member = f.signIn(f.member);
        const PulledRows seen = pull(*member);
        QString past;
        for (const QJsonObject &meeting : seen.rows.value(QString(RowType::Meeting))) {
            if (!meeting.value(u"minutes"_s).toString().isEmpty())
                past = meeting.value(u"id"_s).toString();
        }
        QVERIFY(!past.isEmpty());
        QCOMPARE(seen.row(QString(RowType::Meeting), past).value(u"status"_s).toString(),
            QString(Protocol::MeetingStatus::Done));
        QVERIFY(!seen.row(QString(RowType::Meeting), past)
                     .value(u"minutes_by_name"_s)
                     .toString()
                     .isEmpty());
        int pastComments = 0, upcomingComments = 0;
        for (const QJsonObject &comment : seen.rows.value(QString(RowType::MeetingComment))) {
            const QString status
                = seen.row(QString(RowType::Meeting), comment.value(u"meeting_id"_s).toString())
                      .value(u"status"_s)
                      .toString();
            pastComments += status == Protocol::MeetingStatus::Done ? 1 : 0;
            upcomingComments += status == Protocol::MeetingStatus::Scheduled ? 1 : 0;
        }
        QVERIFY(pastComments >= 2);
        QVERIFY(upcomingComments >= 1);
        int open = 0, secret = 0;
        for (const QJsonObject &vote : seen.rows.value(QString(RowType::Vote))) {
            QCOMPARE(vote.value(u"meeting_id"_s).toString(), past);
            QCOMPARE(vote.value(u"status"_s).toString(), QString(Protocol::VoteStatus::Closed));
            int total = 0;
            for (const QJsonValue &line : vote.value(u"tally"_s).toArray())
                total += line.toObject().value(u"count"_s).toInt();
            QCOMPARE(total, vote.value(u"ballots"_s).toInt());
            QVERIFY(total > 0);
            const QJsonObject mine = seen.row(QString(RowType::VoteCast),
                vote.value(u"id"_s).toString() + u':' + f.member.memberId);
            QVERIFY(!mine.isEmpty());
            ++(vote.value(u"secret"_s).toBool() ? secret : open);
            QCOMPARE(mine.value(u"choice"_s).isNull(), vote.value(u"secret"_s).toBool());
        }
        QCOMPARE(open, 1);
        QCOMPARE(secret, 1);
        QCOMPARE(count(u"SELECT count(*) FROM secret_ballots"_s), 0);
    }

    void attendanceStartsTheMeeting()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        const QString id = meeting(*secretary, 600);
        present(*secretary, id, f.member.memberId);
        QCOMPARE(text(u"SELECT status FROM meetings WHERE id = ?"_s, { id }),
            QString(Protocol::MeetingStatus::InProgress));
        // RSVPs are closed, edits and cancelling too.
        QCOMPARE(apply(*member, Mutation::MeetingRsvp,
                     { { u"meeting_id"_s, id }, { u"status"_s, u"absent"_s } }),
            u"meeting_closed"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingCancel, { { u"id"_s, id } }), u"conflict"_s);
        // Ended: done with its end time; ending again is applied; the member pulls it so.
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, id } }), u"applied"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, id } }), u"applied"_s);
        const QJsonObject row = pull(*member).row(QString(RowType::Meeting), id);
        QCOMPARE(row.value(u"status"_s).toString(), QString(Protocol::MeetingStatus::Done));
        QVERIFY(!row.value(u"ended_at"_s).toString().isEmpty());
        QVERIFY(row.value(u"minutes"_s).isNull());
        QVERIFY(row.contains(u"minutes_by_name"_s));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?"_s,
                     { QString(Mutation::MeetingEnd), id }),
            1);
    }

    void meetingEndRules()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto other = f.signIn(f.otherSecretary);
        const QString later = meeting(*secretary, 3 * 86400);
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, later } }), u"conflict"_s);
        QCOMPARE(apply(*member, Mutation::MeetingEnd, { { u"id"_s, later } }), u"forbidden"_s);
        QCOMPARE(apply(*other, Mutation::MeetingEnd, { { u"id"_s, later } }), u"not_found"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingCancel, { { u"id"_s, later } }), u"applied"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, later } }), u"conflict"_s);
        // From an hour before its start a scheduled meeting may be ended.
        const QString soon = meeting(*secretary, 1800);
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, soon } }), u"applied"_s);
        QCOMPARE(text(u"SELECT status FROM meetings WHERE id = ?"_s, { soon }), u"done"_s);
    }

    void comments()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto stranger = f.signIn(f.stranger);
        auto other = f.signIn(f.otherSecretary);
        pull(*secretary);
        const QString id = meeting(*secretary, 3 * 86400);
        const QString first = newId();
        const QJsonObject args { { u"id"_s, first }, { u"meeting_id"_s, id },
            { u"text"_s, u"  Đề nghị bàn thêm về quỹ khuyến học.  "_s } };
        QCOMPARE(apply(*member, Mutation::MeetingComment, args), u"applied"_s);
        // Sent again: applied once; the same id with another text: conflict.
        QCOMPARE(apply(*member, Mutation::MeetingComment, args), u"applied"_s);
        QJsonObject changed = args;
        changed.insert(u"text"_s, u"Nội dung khác"_s);
        const QJsonObject clash = push(*member, Mutation::MeetingComment, changed);
        QCOMPARE(outcome(clash), u"conflict"_s);
        QVERIFY(!message(clash).isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM meeting_comments WHERE meeting_id = ?"_s, { id }), 1);

        // The secretary is told (once), pulls the comment with its author's name, replies
        // (telling nobody), and the member pulls both.
        PulledRows seen = pull(*secretary);
        const QJsonObject row = seen.row(QString(RowType::MeetingComment), first);
        QCOMPARE(row.value(u"text"_s).toString(), u"Đề nghị bàn thêm về quỹ khuyến học."_s);
        QCOMPARE(row.value(u"member_id"_s).toString(), f.member.memberId);
        QCOMPARE(row.value(u"author_name"_s).toString(),
            text(u"SELECT full_name FROM members WHERE id = ?"_s, { f.member.memberId }));
        QCOMPARE(row.value(u"meeting_id"_s).toString(), id);
        QVERIFY(row.value(u"reply_to"_s).isNull());
        QCOMPARE(
            seen.notifications(id, QString(Protocol::NotificationKind::CommentPosted)).size(), 1);
        const QString reply = newId();
        QCOMPARE(apply(*secretary, Mutation::MeetingComment,
                     { { u"id"_s, reply }, { u"meeting_id"_s, id },
                         { u"text"_s, u"Chi bộ sẽ bàn ở mục 3."_s }, { u"reply_to"_s, first } }),
            u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE kind = ? AND ref_id = ?"_s,
                     { QString(Protocol::NotificationKind::CommentPosted), id }),
            count(u"SELECT count(DISTINCT u.member_id) FROM users u JOIN members m ON m.id = "
                  "u.member_id WHERE u.org_id = ? AND u.role = 'secretary' AND m.org_id = u.org_id "
                  "AND u.disabled = 0"_s,
                { f.secretary.orgId }));
        seen = pull(*member);
        QVERIFY(seen.has(QString(RowType::MeetingComment), first));
        QCOMPARE(seen.row(QString(RowType::MeetingComment), reply).value(u"reply_to"_s).toString(),
            first);

        // Refusals: limits, an unknown reply, another cell, no longer on.
        const auto comment = [&](DeviceSession &s, const QString &meetingId, const QString &body,
                                 const QJsonValue &replyTo = {}) {
            QJsonObject a { { u"id"_s, newId() }, { u"meeting_id"_s, meetingId },
                { u"text"_s, body } };
            if (!replyTo.isNull())
                a.insert(u"reply_to"_s, replyTo);
            return apply(s, Mutation::MeetingComment, a);
        };
        QCOMPARE(comment(*member, id, u"   "_s), u"invalid_args"_s);
        QCOMPARE(comment(*member, id, QString(2001, u'x')), u"invalid_args"_s);
        QCOMPARE(comment(*member, id, QString(2000, u'x')), u"applied"_s);
        QCOMPARE(comment(*member, id, u"Trả lời"_s, newId()), u"not_found"_s);
        QCOMPARE(comment(*stranger, id, u"Ý kiến"_s), u"not_found"_s);
        QCOMPARE(comment(*other, id, u"Ý kiến"_s), u"not_found"_s);
        QVERIFY(!pull(*stranger).has(QString(RowType::MeetingComment), first));
        QVERIFY(!pull(*other).has(QString(RowType::MeetingComment), first));
        // A reply must be in the same meeting.
        const QString second = meeting(*secretary, 4 * 86400);
        QCOMPARE(comment(*member, second, u"Trả lời"_s, first), u"not_found"_s);
        // At most 500 per meeting.
        for (int i
             = count(u"SELECT count(*) FROM meeting_comments WHERE meeting_id = ?"_s, { second });
             i < Protocol::Limit::MeetingComments; ++i)
            runSql(f.db(),
                u"INSERT INTO meeting_comments (id, meeting_id, member_id, text, created_at) "
                "VALUES (?, ?, ?, 'x', ?)"_s,
                { newId(), second, f.member.memberId, CellFixture::inFuture(0) });
        QCOMPARE(comment(*member, second, u"Thêm một ý kiến"_s), u"conflict"_s);
        // During the meeting still; after its end no more.
        QCOMPARE(apply(*secretary, Mutation::MeetingCancel, { { u"id"_s, second } }), u"applied"_s);
        QCOMPARE(comment(*member, second, u"Ý kiến"_s), u"conflict"_s);
        const QString now = meeting(*secretary, 600);
        present(*secretary, now, f.member.memberId);
        QCOMPARE(comment(*member, now, u"Trong buổi họp"_s), u"applied"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, now } }), u"applied"_s);
        QCOMPARE(comment(*member, now, u"Sau buổi họp"_s), u"conflict"_s);
    }

    void openVoteRules()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto stranger = f.signIn(f.stranger);
        auto other = f.signIn(f.otherSecretary);
        const QString later = meeting(*secretary, 3 * 86400);
        QCOMPARE(
            apply(*secretary, Mutation::VoteOpen, voteArgs(newId(), later, false)), u"conflict"_s);
        const QString id = meeting(*secretary, 600);
        const QString vote = newId();
        QCOMPARE(apply(*member, Mutation::VoteOpen, voteArgs(vote, id, false)), u"forbidden"_s);
        QCOMPARE(apply(*other, Mutation::VoteOpen, voteArgs(vote, id, false)), u"not_found"_s);
        for (const QJsonArray &bad : { QJsonArray { u"Đồng ý"_s }, QJsonArray { u"A"_s, u" A "_s },
                 QJsonArray { u"A"_s, u""_s }, QJsonArray { u"A"_s, 3 },
                 QJsonArray { u"A"_s, QString(201, u'x') } })
            QCOMPARE(apply(*secretary, Mutation::VoteOpen, voteArgs(vote, id, false, bad)),
                u"invalid_args"_s);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(u"Phương án %1"_s.arg(i));
        QCOMPARE(apply(*secretary, Mutation::VoteOpen, voteArgs(vote, id, false, eleven)),
            u"invalid_args"_s);
        QJsonObject noSecret = voteArgs(vote, id, false);
        noSecret.insert(u"secret"_s, u"no"_s);
        QCOMPARE(apply(*secretary, Mutation::VoteOpen, noSecret), u"invalid_args"_s);
        QCOMPARE(apply(*secretary, Mutation::VoteOpen, voteArgs(vote, id, false)), u"applied"_s);
        QCOMPARE(text(u"SELECT status FROM meetings WHERE id = ?"_s, { id }),
            QString(Protocol::MeetingStatus::InProgress));
        QCOMPARE(apply(*secretary, Mutation::VoteOpen, voteArgs(vote, id, false)), u"applied"_s);
        QCOMPARE(apply(*secretary, Mutation::VoteOpen, voteArgs(vote, id, true)), u"conflict"_s);
        QCOMPARE(count(u"SELECT count(*) FROM votes WHERE meeting_id = ?"_s, { id }), 1);

        // Casting: only a member marked present, a listed choice, no ballot key.
        const QJsonObject notPresent = push(*member, Mutation::VoteCast, cast(vote, u"Đồng ý"_s));
        QCOMPARE(outcome(notPresent), u"conflict"_s);
        QVERIFY(message(notPresent).contains(u"điểm danh"_s));
        present(*secretary, id, f.member.memberId);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, u"đồng ý"_s)), u"invalid_args"_s);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, u"Đồng ý"_s, ballotKey('a'))),
            u"invalid_args"_s);
        QCOMPARE(apply(*stranger, Mutation::VoteCast, cast(vote, u"Đồng ý"_s)), u"not_found"_s);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, u"Đồng ý"_s)), u"applied"_s);
        // Replaced until closing: one cast, one ballot.
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, u"Không đồng ý"_s)), u"applied"_s);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, u"Không đồng ý"_s)), u"applied"_s);
        QCOMPARE(count(u"SELECT ballots FROM votes WHERE id = ?"_s, { vote }), 1);
        const QString castId = vote + u':' + f.member.memberId;
        PulledRows mine = pull(*member);
        QCOMPARE(mine.row(QString(RowType::VoteCast), castId).value(u"choice"_s).toString(),
            u"Không đồng ý"_s);
        QJsonObject row = mine.row(QString(RowType::Vote), vote);
        QCOMPARE(row.value(u"status"_s).toString(), QString(Protocol::VoteStatus::Open));
        QCOMPARE(row.value(u"ballots"_s).toInt(), 1);
        QVERIFY(row.value(u"tally"_s).isNull());
        QCOMPARE(row.value(u"secret"_s), QJsonValue(false));
        // The secretary sees the vote, not the member's cast row; other cells see nothing.
        PulledRows bySecretary = pull(*secretary);
        QVERIFY(bySecretary.has(QString(RowType::Vote), vote));
        QVERIFY(!bySecretary.has(QString(RowType::VoteCast), castId));
        QVERIFY(!pull(*stranger).has(QString(RowType::Vote), vote));
        QVERIFY(!pull(*other).has(QString(RowType::Vote), vote));

        // Closing: by the cell's secretary only; tallied; again applied; a cast after refused.
        QCOMPARE(apply(*member, Mutation::VoteClose, { { u"id"_s, vote } }), u"forbidden"_s);
        QCOMPARE(apply(*other, Mutation::VoteClose, { { u"id"_s, vote } }), u"not_found"_s);
        QCOMPARE(apply(*secretary, Mutation::VoteClose, { { u"id"_s, vote } }), u"applied"_s);
        QCOMPARE(apply(*secretary, Mutation::VoteClose, { { u"id"_s, vote } }), u"applied"_s);
        const QJsonArray choices { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s };
        QCOMPARE(tally(vote), counts(choices, { 0, 1, 0 }));
        const QJsonObject late = push(*member, Mutation::VoteCast, cast(vote, u"Đồng ý"_s));
        QCOMPARE(outcome(late), u"conflict"_s);
        QVERIFY(message(late).startsWith(u"Biểu quyết đã kết thúc"_s));
        row = pull(*member).row(QString(RowType::Vote), vote);
        QCOMPARE(row.value(u"status"_s).toString(), QString(Protocol::VoteStatus::Closed));
        QCOMPARE(row.value(u"tally"_s).toArray(), counts(choices, { 0, 1, 0 }));
        QVERIFY(!row.value(u"closed_at"_s).toString().isEmpty());

        // At most 50 votes per meeting.
        for (int i = count(u"SELECT count(*) FROM votes WHERE meeting_id = ?"_s, { id });
             i < Protocol::Limit::MeetingVotes; ++i)
            runSql(f.db(),
                u"INSERT INTO votes (id, meeting_id, question, choices, secret, status, opened_at) "
                "VALUES (?, ?, 'q', '[\"a\",\"b\"]', 0, 'closed', ?)"_s,
                { newId(), id, CellFixture::inFuture(0) });
        QCOMPARE(
            apply(*secretary, Mutation::VoteOpen, voteArgs(newId(), id, false)), u"conflict"_s);
        // A cancelled meeting opens none.
        QCOMPARE(apply(*secretary, Mutation::MeetingCancel, { { u"id"_s, later } }), u"applied"_s);
        QCOMPARE(
            apply(*secretary, Mutation::VoteOpen, voteArgs(newId(), later, false)), u"conflict"_s);
        // Every applied one is audited; a cast names the vote only.
        QVERIFY(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?"_s,
                    { QString(Mutation::VoteCast), vote })
            >= 2);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND detail IS NOT NULL "
                       "AND detail <> ''"_s,
                     { QString(Mutation::VoteCast) }),
            0);
    }

    void meetingEndAndMinutesCloseVotes()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        pull(*member);
        // meeting.end closes the open vote with its tally.
        const QString ended = meeting(*secretary, -600);
        const QString first = newId();
        QCOMPARE(
            apply(*secretary, Mutation::VoteOpen, voteArgs(first, ended, false)), u"applied"_s);
        present(*secretary, ended, f.member.memberId);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(first, u"Ý kiến khác"_s)), u"applied"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, ended } }), u"applied"_s);
        QCOMPARE(text(u"SELECT status FROM votes WHERE id = ?"_s, { first }), u"closed"_s);
        QCOMPARE(tally(first),
            counts({ u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s }, { 0, 0, 1 }));
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(first, u"Đồng ý"_s)), u"conflict"_s);
        QCOMPARE(
            apply(*secretary, Mutation::VoteOpen, voteArgs(newId(), ended, false)), u"conflict"_s);

        // The minutes close the open vote, end the meeting and reach the cell once.
        const QString held = meeting(*secretary, -3600);
        const QString second = newId();
        QCOMPARE(
            apply(*secretary, Mutation::VoteOpen, voteArgs(second, held, false)), u"applied"_s);
        present(*secretary, held, f.member.memberId);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(second, u"Đồng ý"_s)), u"applied"_s);
        auto other = f.signIn(f.otherSecretary);
        const QString minutes = u"BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian: ...\nKết luận: ..."_s;
        QCOMPARE(apply(*member, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, minutes } }),
            u"forbidden"_s);
        QCOMPARE(apply(*other, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, minutes } }),
            u"not_found"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, QString(50001, u'x') } }),
            u"invalid_args"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, u"  "_s } }),
            u"invalid_args"_s);
        QJsonArray files;
        for (int i = 0; i < 11; ++i)
            files.append(QJsonObject { { u"name"_s, u"tep%1.pdf"_s.arg(i) },
                { u"sha256"_s, QString(64, QChar(char16_t(u'0' + i % 10))) }, { u"size"_s, 10 },
                { u"mime"_s, u"application/pdf"_s } });
        QCOMPARE(
            apply(*secretary, Mutation::MeetingMinutes,
                { { u"meeting_id"_s, held }, { u"text"_s, minutes }, { u"attachments"_s, files } }),
            u"invalid_args"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, minutes },
                         { u"attachments"_s, QJsonArray { files.at(1) } } }),
            QString(Protocol::SyncErrorCode::BlobMissing));
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, minutes } }),
            u"applied"_s);
        QCOMPARE(text(u"SELECT status FROM votes WHERE id = ?"_s, { second }), u"closed"_s);
        PulledRows seen = pull(*member);
        QJsonObject row = seen.row(QString(RowType::Meeting), held);
        QCOMPARE(row.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(row.value(u"minutes"_s).toString(), minutes);
        QCOMPARE(row.value(u"minutes_attachments"_s).toArray(), QJsonArray());
        QCOMPARE(row.value(u"minutes_by_name"_s).toString(),
            text(u"SELECT full_name FROM members WHERE id = ?"_s, { f.secretary.memberId }));
        QVERIFY(!row.value(u"minutes_at"_s).toString().isEmpty());
        QVERIFY(!row.value(u"ended_at"_s).toString().isEmpty());
        QCOMPARE(
            seen.notifications(held, QString(Protocol::NotificationKind::MinutesPublished)).size(),
            1);
        // A later version replaces them, the same again changes nothing, nobody is told twice.
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, minutes + u" (sửa)"_s } }),
            u"applied"_s);
        const int version = count(u"SELECT version FROM meetings WHERE id = ?"_s, { held });
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, held }, { u"text"_s, minutes + u" (sửa)"_s } }),
            u"applied"_s);
        QCOMPARE(count(u"SELECT version FROM meetings WHERE id = ?"_s, { held }), version);
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE kind = ? AND ref_id = ?"_s,
                     { QString(Protocol::NotificationKind::MinutesPublished), held }),
            f.cellSize(f.secretary.orgId) - 1);
        QCOMPARE(pull(*member).row(QString(RowType::Meeting), held).value(u"minutes"_s).toString(),
            minutes + u" (sửa)"_s);

        // Not for a cancelled meeting, nor more than an hour before the start.
        const QString cancelled = meeting(*secretary, 86400);
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, cancelled }, { u"text"_s, minutes } }),
            u"conflict"_s);
        QCOMPARE(
            apply(*secretary, Mutation::MeetingCancel, { { u"id"_s, cancelled } }), u"applied"_s);
        QCOMPARE(apply(*secretary, Mutation::MeetingMinutes,
                     { { u"meeting_id"_s, cancelled }, { u"text"_s, minutes } }),
            u"conflict"_s);
    }

    void secretBallotsStaySecret()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto second = f.signIn(voter2);
        auto third = f.signIn(voter3);
        auto stranger = f.signIn(f.stranger);
        auto committee = f.signIn(f.committee);
        auto other = f.signIn(f.otherSecretary);
        const QString id = meeting(*secretary, -300);
        for (const QString &memberId :
            { f.secretary.memberId, f.member.memberId, voter2.memberId, voter3.memberId })
            present(*secretary, id, memberId);
        // Distinctive choices, so that finding one in a row means that choice.
        const QJsonArray choices { u"Phương án Sen-17"_s, u"Phương án Mai-29"_s,
            u"Phương án Cúc-43"_s };
        const QString sen = choices.at(0).toString(), mai = choices.at(1).toString(),
                      cuc = choices.at(2).toString();
        const QString vote = newId();
        QCOMPARE(
            apply(*secretary, Mutation::VoteOpen, voteArgs(vote, id, true, choices)), u"applied"_s);

        // A secret ballot needs a key of 64 hex digits.
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, sen)), u"invalid_args"_s);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, sen, u"xyz"_s)), u"invalid_args"_s);
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, sen, QString(63, u'a'))),
            u"invalid_args"_s);
        // The member votes, changes her mind with the same key; another key is refused and
        // her ballot stands. The result carries no choice.
        const QJsonObject firstCast
            = push(*member, Mutation::VoteCast, cast(vote, sen, ballotKey('1')));
        QCOMPARE(outcome(firstCast), u"applied"_s);
        QVERIFY(!QJsonDocument(firstCast).toJson().contains(sen.toUtf8()));
        QCOMPARE(apply(*member, Mutation::VoteCast, cast(vote, mai, ballotKey('1'))), u"applied"_s);
        QCOMPARE(
            apply(*member, Mutation::VoteCast, cast(vote, cuc, ballotKey('2'))), u"conflict"_s);
        QCOMPARE(apply(*second, Mutation::VoteCast, cast(vote, sen, ballotKey('1'))),
            u"conflict"_s); // another member presenting a key in use
        QCOMPARE(apply(*second, Mutation::VoteCast, cast(vote, sen, ballotKey('3'))), u"applied"_s);
        QCOMPARE(apply(*third, Mutation::VoteCast, cast(vote, cuc, ballotKey('4'))), u"applied"_s);
        QCOMPARE(
            apply(*secretary, Mutation::VoteCast, cast(vote, mai, ballotKey('5'))), u"applied"_s);
        QCOMPARE(
            apply(*secretary, Mutation::VoteCast, cast(vote, sen, ballotKey('5'))), u"applied"_s);
        // Sent again (a lost answer): applied, nothing counted twice.
        QCOMPARE(apply(*third, Mutation::VoteCast, cast(vote, cuc, ballotKey('4'))), u"applied"_s);
        QCOMPARE(count(u"SELECT ballots FROM votes WHERE id = ?"_s, { vote }), 4);
        QCOMPARE(count(u"SELECT count(*) FROM secret_ballots WHERE vote_id = ?"_s, { vote }), 4);

        // Final ballots: member Mai, voter2 Sen, voter3 Cúc, secretary Sen.
        const QList<std::pair<CellAccount, QString>> ballots { { f.member, mai }, { voter2, sen },
            { voter3, cuc }, { f.secretary, sen } };
        const auto checkSecrecy = [&](const char *when) {
            const QStringList allChoices { QString::fromUtf8(QJsonDocument(choices).toJson(
                                               QJsonDocument::Compact)),
                text(u"SELECT tally FROM votes WHERE id = ?"_s, { vote }) };
            const QStringList rows = everyRow();
            QStringList pulled;
            for (DeviceSession *device : { secretary.get(), member.get(), second.get(), third.get(),
                     stranger.get(), committee.get(), other.get() })
                pulled += pulledChanges(*device);
            for (const auto &[who, choice] : ballots) {
                const QStringList ids = identities(who);
                const QString inTable = pairIn(rows, ids, choice, allChoices);
                QVERIFY2(inTable.isEmpty(),
                    qPrintable(u"%1: a table row pairs %2 with the choice: %3"_s.arg(
                        QLatin1StringView(when), who.login, inTable)));
                const QString inPull = pairIn(pulled, ids, choice, allChoices);
                QVERIFY2(inPull.isEmpty(),
                    qPrintable(u"%1: a pulled row pairs %2 with the choice: %3"_s.arg(
                        QLatin1StringView(when), who.login, inPull)));
            }
        };
        checkSecrecy("while open");
        // The rows say who voted and how many, not what; the secretary sees no tally yet.
        const QString castId = vote + u':' + f.member.memberId;
        PulledRows mine = pull(*member);
        QVERIFY(mine.has(QString(RowType::VoteCast), castId));
        QVERIFY(mine.row(QString(RowType::VoteCast), castId).value(u"choice"_s).isNull());
        QVERIFY(!mine.has(QString(RowType::VoteCast), vote + u':' + voter2.memberId));
        const QJsonObject running = pull(*secretary).row(QString(RowType::Vote), vote);
        QCOMPARE(running.value(u"ballots"_s).toInt(), 4);
        QVERIFY(running.value(u"tally"_s).isNull());
        QCOMPARE(running.value(u"secret"_s), QJsonValue(true));

        // Closed by the meeting's end: the totals, and the ballots gone.
        QCOMPARE(apply(*secretary, Mutation::MeetingEnd, { { u"id"_s, id } }), u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM secret_ballots WHERE vote_id = ?"_s, { vote }), 0);
        QCOMPARE(count(u"SELECT count(*) FROM secret_ballots"_s), 0);
        QCOMPARE(tally(vote), counts(choices, { 2, 1, 1 }));
        QCOMPARE(
            count(u"SELECT count(*) FROM vote_casts WHERE vote_id = ? AND choice IS NOT NULL"_s,
                { vote }),
            0);
        QCOMPARE(pull(*third).row(QString(RowType::Vote), vote).value(u"tally"_s).toArray(),
            counts(choices, { 2, 1, 1 }));
        QCOMPARE(
            apply(*member, Mutation::VoteCast, cast(vote, cuc, ballotKey('1'))), u"conflict"_s);
        checkSecrecy("after closing");
    }
};

QTEST_GUILESS_MAIN(TestServerMeetingOutcomes)
#include "tst_server_meetingoutcomes.moc"
