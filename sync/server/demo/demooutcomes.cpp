#include "demo/demooutcomes.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demomeetings.h"
#include "demo/demoprovince.h"
#include "mutationnames.h"
#include "records/meetingoutcomes.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace RowType = Protocol::RowType;

namespace {

constexpr int kVietnamOffsetSeconds = 7 * 3600;

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The minutes of the past meeting, with the usual headings of a biên bản.
QString minutesText(const QDateTime &startsAt, const QString &secretaryName, int present,
    int members, const QString &absentName)
{
    const QDateTime local = startsAt.toOffsetFromUtc(kVietnamOffsetSeconds);
    return u"BIÊN BẢN SINH HOẠT CHI BỘ\n\n"
           "1. Thời gian: %1 giờ %2, ngày %3.\n"
           "2. Địa điểm: Nhà văn hóa tổ dân phố số 5.\n"
           "3. Chủ trì: đồng chí %4, Bí thư chi bộ. Thư ký: đồng chí %4.\n"
           "4. Thành phần: %5/%6 đảng viên có mặt; vắng: đồng chí %7 (có lý do: đi khám bệnh).\n"
           "5. Nội dung: học tập chuyên đề năm 2026 về tư tưởng, đạo đức, phong cách Hồ Chí "
           "Minh; bàn kế hoạch vận động Nhân dân đóng góp làm đường bê tông ngõ 12; giới thiệu "
           "quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng.\n"
           "6. Kết luận: chi bộ thống nhất kế hoạch làm đường, giao tổ trưởng tổ dân phố lập danh "
           "sách đóng góp trước ngày 30; mỗi đảng viên đăng ký một việc làm theo gương Bác.\n"
           "7. Kết quả biểu quyết: xem các biểu quyết của buổi sinh hoạt.\n\n"
           "Buổi sinh hoạt kết thúc lúc 21 giờ 30 cùng ngày."_s
               .arg(local.toString(u"HH"_s), local.toString(u"mm"_s),
                   local.toString(u"dd/MM/yyyy"_s), secretaryName)
               .arg(present)
               .arg(members)
               .arg(absentName);
}

struct Writer
{
    WriteTransaction &tx;
    QString cell;

    void comment(const QString &key, const QString &meetingId, const QString &memberId,
        const QString &text, const QString &replyTo, const QDateTime &at)
    {
        const QString id = DemoProvince::id(RowType::MeetingComment, key);
        execSql(tx.db(),
            u"INSERT INTO meeting_comments (id, meeting_id, member_id, text, reply_to, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { id, meetingId, memberId, text, textOrNull(replyTo), Timestamps::toIso(at) });
        tx.recordChange(RowType::MeetingComment, id, ChangeOp::Put, cell);
    }
    // A vote of the past meeting with one cast per voter (choice null when secret), closed
    // with its tally by the same code as vote.close.
    void vote(const QString &key, const QString &meetingId, const QString &question,
        const QJsonArray &choices, bool secret, const QList<std::pair<QString, QString>> &casts,
        const QDateTime &openedAt, const QString &openedBy)
    {
        const QString id = DemoProvince::id(RowType::Vote, key);
        execSql(tx.db(),
            u"INSERT INTO votes (id, meeting_id, question, choices, secret, status, ballots, "
            "opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { id, meetingId, question, json(choices), secret ? 1 : 0,
                QString(Protocol::VoteStatus::Open), int(casts.size()), openedBy,
                Timestamps::toIso(openedAt) });
        int i = 0;
        for (const auto &[memberId, choice] : casts) {
            const QString castId = id + u':' + memberId;
            execSql(tx.db(),
                u"INSERT INTO vote_casts (id, vote_id, member_id, choice, cast_at) "
                "VALUES (?, ?, ?, ?, ?)"_s,
                { castId, id, memberId, secret ? textOrNull({}) : QVariant(choice),
                    Timestamps::toIso(openedAt.addSecs(30 + 7 * i++)) });
            // A secret ballot waits under a key hash only until the vote closes.
            if (secret)
                execSql(tx.db(),
                    u"INSERT INTO secret_ballots (vote_id, ballot_hash, choice) VALUES (?, ?, ?)"_s,
                    { id, u"%1"_s.arg(i, 64, 10, QLatin1Char('0')), choice });
            tx.recordChange(RowType::VoteCast, castId, ChangeOp::Put, cell, memberId);
        }
        MeetingOutcomes::closeVote(tx, id, cell, Timestamps::toIso(openedAt.addSecs(600)));
    }
};

} // namespace

void DemoOutcomes::store(
    WriteTransaction &transaction, const QList<DemoAccount> &accounts, const QDateTime &now)
{
    const QString cell = DemoProvince::id(RowType::Organization, u"qt-5");
    const QSqlDatabase db = transaction.db();
    QString secretaryUser, secretaryMember, secretaryName, memberA1;
    for (const DemoAccount &account : accounts) {
        if (account.orgId != cell)
            continue;
        if (account.role == Protocol::Role::Secretary) {
            secretaryUser = DemoAccounts::userId(account.login);
            secretaryMember = account.memberId;
            secretaryName = account.fullName;
        } else if (account.login == u"dangvien.a1") {
            memberA1 = account.memberId;
        }
    }
    QStringList members; // the cell, dangvien.a1 and the secretary first
    forEachRow(db, u"SELECT id FROM members WHERE org_id = ? ORDER BY id"_s, { cell },
        [&members](const QSqlQuery &q) { members << q.value(0).toString(); });
    if (secretaryUser.isEmpty() || memberA1.isEmpty() || members.size() < 4)
        return;
    members.removeAll(memberA1);
    members.removeAll(secretaryMember);
    members.prepend(secretaryMember);
    members.prepend(memberA1);
    const QString absent = members.takeLast();
    const QString absentName
        = scalarSql(db, u"SELECT full_name FROM members WHERE id = ?"_s, { absent }).toString();
    Writer write { transaction, cell };

    // The past meeting: nine days ago, 19:30 Vietnam time.
    const QDate day = now.toOffsetFromUtc(kVietnamOffsetSeconds).date().addDays(-9);
    const QDateTime startsAt
        = QDateTime(day, QTime(19, 30), Qt::UTC).addSecs(-kVietnamOffsetSeconds);
    const QString past = DemoProvince::id(RowType::Meeting, u"outcomes:qt-5:past");
    execSql(db,
        u"INSERT INTO meetings (id, org_id, title, starts_at, location, agenda, document_ids, "
        "status, created_by, minutes, minutes_attachments, minutes_by, minutes_at, ended_at) "
        "VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, '[]', ?, ?, ?)"_s,
        { past, cell, u"Sinh hoạt chuyên đề và bàn việc làm đường ngõ 12"_s,
            Timestamps::toIso(startsAt), u"Nhà văn hóa tổ dân phố số 5"_s,
            u"1. Học tập chuyên đề năm 2026\n2. Kế hoạch làm đường bê tông ngõ 12\n"
            "3. Giới thiệu quần chúng ưu tú đi học lớp nhận thức về Đảng"_s,
            QString(Protocol::MeetingStatus::Done), secretaryUser,
            minutesText(
                startsAt, secretaryName, int(members.size()), int(members.size()) + 1, absentName),
            secretaryUser, Timestamps::toIso(startsAt.addSecs(86400)),
            Timestamps::toIso(startsAt.addSecs(7200)) });
    transaction.recordChange(RowType::Meeting, past, ChangeOp::Put, cell);
    for (const QString &member : std::as_const(members) + QStringList { absent }) {
        const QString id = past + u':' + member;
        const bool here = member != absent;
        execSql(db,
            u"INSERT INTO attendance (id, meeting_id, member_id, rsvp, reason, present) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            { id, past, member, QString(here ? Protocol::Rsvp::Attending : Protocol::Rsvp::Absent),
                here ? textOrNull({}) : QVariant(u"Đi khám bệnh định kỳ"_s), here ? 1 : 0 });
        transaction.recordChange(RowType::Attendance, id, ChangeOp::Put, cell, member);
    }
    write.comment(u"past:1"_s, past, memberA1,
        u"Đề nghị chi bộ bàn cụ thể mức đóng góp làm đường cho các hộ khó khăn."_s, {},
        startsAt.addDays(-3));
    write.comment(u"past:2"_s, past, secretaryMember,
        u"Chi bộ sẽ bàn ở mục 2; hộ nghèo, hộ cận nghèo được miễn đóng góp."_s,
        DemoProvince::id(RowType::MeetingComment, u"past:1"), startsAt.addDays(-2));
    write.comment(u"past:3"_s, past, members.at(2), u"Tôi xin nhận vận động các hộ đầu ngõ."_s, {},
        startsAt.addSecs(1800));

    const QString agree = u"Đồng ý"_s, disagree = u"Không đồng ý"_s, other = u"Ý kiến khác"_s;
    QList<std::pair<QString, QString>> open, secret;
    for (qsizetype i = 0; i < members.size(); ++i) {
        open.append({ members.at(i), i == members.size() - 1 ? other : agree });
        secret.append({ members.at(i), i == 2 ? disagree : agree });
    }
    write.vote(u"outcomes:qt-5:road"_s, past,
        u"Thông qua kế hoạch vận động Nhân dân đóng góp làm đường bê tông ngõ 12?"_s,
        { agree, disagree, other }, false, open, startsAt.addSecs(3600), secretaryUser);
    write.vote(u"outcomes:qt-5:introduce"_s, past,
        u"Giới thiệu quần chúng ưu tú của tổ dân phố đi học lớp bồi dưỡng nhận thức về Đảng?"_s,
        { agree, disagree }, true, secret, startsAt.addSecs(4800), secretaryUser);

    // The upcoming regular meeting: members raise points before it.
    const QString next = DemoMeetings::idFor(u"qt-5"_s);
    if (!scalarSql(db, u"SELECT 1 FROM meetings WHERE id = ?"_s, { next }).isValid())
        return;
    write.comment(u"next:1"_s, next, memberA1,
        u"Đề nghị chi bộ dành thời gian bàn việc giữ gìn vệ sinh khu vui chơi của trẻ em."_s, {},
        now.addSecs(-2 * 86400));
    write.comment(u"next:2"_s, next, members.at(2),
        u"Nhất trí. Tôi sẽ báo cáo tình hình đóng góp làm đường đến nay."_s,
        DemoProvince::id(RowType::MeetingComment, u"next:1"), now.addSecs(-86400));
}
