#include "demo/demoloader.h"

#include "auth/passwordhasher.h"
#include "blobs/attachmentstore.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demoactivity.h"
#include "demo/demodocuments.h"
#include "demo/demodrafts.h"
#include "demo/demohistory.h"
#include "demo/demomeetings.h"
#include "demo/demooutcomes.h"
#include "demo/demopeople.h"
#include "demo/demoprovince.h"
#include "demo/demoreading.h"
#include "demo/demoreview.h"
#include "demo/demostudies.h"
#include "demo/demotransfers.h"
#include "mutationnames.h"
#include "records/auditlog.h"
#include "records/documentpublisher.h"
#include "records/memberstore.h"
#include "records/orgstatistics.h"
#include "records/orgtree.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <vector>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

// How many months of figures `demo` counts: the year of history and this month; without the
// history, this month and the last (what serve's schedule refreshes).
constexpr int kStatisticsMonths = 13;
constexpr int kStatisticsMonthsWithoutHistory = 2;

QString orgId(QStringView key)
{
    return DemoProvince::id(RowType::Organization, key);
}

// Two pending profile requests from members of the first secretary's cell who have no demo
// account (so no test's own account is touched), so that the review screen has work to show.
void storePendingRequests(WriteTransaction &transaction, const QList<MemberProfile> &members,
    const QList<DemoAccount> &accounts, const QDateTime &now)
{
    QString cellId;
    QSet<QString> accountMembers;
    for (const DemoAccount &account : accounts) {
        accountMembers.insert(account.memberId);
        if (cellId.isEmpty() && account.role == Protocol::Role::Secretary)
            cellId = account.orgId;
    }
    int asked = 0;
    for (const MemberProfile &member : members) {
        if (asked == 2)
            break;
        if (member.orgId != cellId || accountMembers.contains(member.id))
            continue;
        const bool theory = asked == 1;
        if (theory
            && (member.politicalTheory == u"Trung cấp" || member.politicalTheory == u"Cao cấp"))
            continue; // asks for the intermediate level of political theory
        const QJsonObject fields = theory
            ? QJsonObject { { u"political_theory"_s, u"Trung cấp"_s } }
            : QJsonObject { { u"education"_s,
                member.education + u"; Cử nhân Quản lý nhà nước"_s } };
        const QString reason = theory
            ? u"Đã học xong lớp trung cấp lý luận chính trị tháng 10/2026 tại Trường Chính trị tỉnh."_s
            : u"Đã tốt nghiệp đại học hệ vừa làm vừa học năm 2026; bản sao bằng nộp chi bộ."_s;
        const QString id = DemoProvince::id(RowType::ProfileRequest, member.id);
        execSql(transaction.db(),
            u"INSERT INTO profile_requests (id, member_id, fields, reason, status, created_at) "
            "VALUES (?, ?, ?, ?, 'pending', ?)"_s,
            { id, member.id,
                QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), reason,
                Timestamps::toIso(now.addDays(-1 - asked)) });
        transaction.recordChange(
            RowType::ProfileRequest, id, Protocol::ChangeOp::Put, cellId, member.id);
        ++asked;
    }
}

// The demo passwords' Argon2id hashes, at the published cost: the passwords are in the
// accounts file in plain text, so a costly hash would protect nothing (PasswordHasher::Cost).
QStringList hashPasswords(const QList<DemoAccount> &accounts)
{
    QStringList hashes;
    hashes.reserve(accounts.size());
    for (const DemoAccount &account : accounts)
        hashes << PasswordHasher::hash(account.password, PasswordHasher::Cost::Published);
    return hashes;
}

bool isNfc(const QString &text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

// Checks what the database cannot: known kinds and keys, audiences inside the publisher's
// subtree, dates, NFC text.
bool validate(const QList<DemoDocument> &documents, QString *error)
{
    QStringList keys;
    for (const DemoDocument &d : documents) {
        const auto fail = [&](const QString &why) {
            *error = u"demo documents: line %1 (%2): %3"_s.arg(d.line).arg(d.key, why);
            return false;
        };
        if (keys.contains(d.key))
            return fail(u"duplicate key"_s);
        keys << d.key;
        if (!DocumentPublisher::kinds().contains(d.kind))
            return fail(u"unknown kind \"%1\""_s.arg(d.kind));
        if (!DocumentPublisher::classifications().contains(d.classification))
            return fail(u"unknown classification \"%1\""_s.arg(d.classification));
        if (!DemoProvince::find(d.publisher) || !DemoProvince::find(d.audience))
            return fail(u"unknown organisation"_s);
        bool inSubtree = false;
        for (const DemoOrg *org : DemoProvince::ancestry(d.audience))
            inSubtree = inSubtree || org->key == d.publisher;
        if (!inSubtree)
            return fail(u"the audience is not under the publisher"_s);
        if (!QDate::fromString(d.issued, Qt::ISODate).isValid())
            return fail(u"issued is not a date (YYYY-MM-DD)"_s);
        if (!d.meeting.isEmpty() && !DemoProvince::find(d.meeting.section(u'/', 0, 0)))
            return fail(u"meeting names an unknown cell"_s);
        if (!isNfc(d.title) || !isNfc(d.summary) || !isNfc(d.body) || !isNfc(d.issuer))
            return fail(u"text is not in Unicode NFC"_s);
    }
    return true;
}

} // namespace

DemoLoader::DemoLoader(ServerDatabase &database)
    : m_database(database)
{ }

std::optional<DemoLoader::Summary> DemoLoader::load(
    QString *error, const PublicationSignature::KeyPair &root)
{
    const QSqlDatabase db = m_database.connection();
    const QVariant loaded
        = scalarSql(db, u"SELECT value FROM server_meta WHERE key = ?"_s, { QString(MetaKey) });
    if (loaded.isValid()) {
        *error = u"this database already holds the demo province; use a new database"_s;
        return std::nullopt;
    }
    if (OrgTree::count(db) > 0) {
        *error = u"this database already holds organisations; load the demo into a new database"_s;
        return std::nullopt;
    }
    const auto documents = DemoDocuments::load(error);
    if (!documents || !validate(*documents, error))
        return std::nullopt;
    QHash<QString, QByteArray> pdfs;
    for (const DemoDocument &document : *documents) {
        for (const DemoAttachment &attachment : document.attachments) {
            QFile file(u":/demo/attachments/"_s + attachment.file);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = u"demo documents: line %1: no attachment %2 in this build"_s
                             .arg(document.line)
                             .arg(attachment.file);
                return std::nullopt;
            }
            pdfs.insert(attachment.file, file.readAll());
        }
    }

    // Members first (in memory), so that the accounts can name them and be hashed before
    // the write transaction takes the database lock.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DemoPeople people(Seed, now.date());
    QList<MemberProfile> members;
    QHash<QString, QString> names;
    for (const DemoOrg &org : DemoProvince::organizations()) {
        for (int index = 0; index < org.members; ++index) {
            MemberProfile profile = people.make(org, orgId(org.key), index);
            profile.id = DemoProvince::id(RowType::Member, u"%1:%2"_s.arg(org.key).arg(index));
            names.insert(profile.id, profile.fullName);
            members << profile;
        }
    }
    Summary summary;
    summary.accounts = DemoAccounts::plan(names);
    const QStringList hashes = hashPasswords(summary.accounts);
    for (const QString &hash : hashes) {
        if (hash.isEmpty()) {
            *error = u"could not hash the demo passwords (libsodium)"_s;
            return std::nullopt;
        }
    }
    const QList<DemoMeeting> meetings = DemoMeetings::plan(*documents, now, Seed + 2);
    QStringList meetingIds;
    for (const DemoMeeting &meeting : meetings)
        meetingIds << meeting.id;
    for (const DemoDocument &document : *documents) {
        if (!document.meeting.isEmpty()
            && !meetingIds.contains(DemoMeetings::idFor(document.meeting))) {
            *error = u"demo documents: line %1: no meeting \"%2\" is planned"_s.arg(document.line)
                         .arg(document.meeting);
            return std::nullopt;
        }
    }

    WriteTransaction transaction(m_database);
    for (const DemoOrg &org : DemoProvince::organizations()) {
        OrgTree::add(transaction,
            Organization { orgId(org.key), org.parent.isEmpty() ? QString() : orgId(org.parent),
                org.name.toString(), org.kind.toString() });
        ++summary.organizations;
    }
    MemberStore store(transaction);
    for (const MemberProfile &member : members)
        store.insert(member);
    summary.members = int(members.size());
    DemoAccounts::store(transaction, summary.accounts, hashes);
    if (!root.secretKey.isEmpty()) {
        // Certified from the oldest document's issued date, so that every document verifies.
        QDate oldest = now.date();
        for (const DemoDocument &d : *documents)
            oldest = std::min(oldest, QDate::fromString(d.issued, Qt::ISODate));
        summary.signers = DemoSigners::store(
            transaction, summary.accounts, root, oldest, now.date().addDays(730));
    }

    QHash<QString, QString> documentIds;
    for (const DemoDocument &d : *documents) {
        DocumentDraft draft;
        draft.id = DemoProvince::id(RowType::Document, d.key);
        draft.orgId = orgId(d.publisher);
        draft.audienceOrgId = orgId(d.audience);
        draft.kind = d.kind;
        draft.number = d.number;
        draft.title = d.title;
        draft.issuedDate = d.issued;
        draft.issuer = d.issuer;
        draft.summary = d.summary;
        draft.body = d.body;
        draft.classification = d.classification;
        if (!d.meeting.isEmpty())
            draft.meetingId = DemoMeetings::idFor(d.meeting);
        // Published on the morning of the day it was issued, Vietnam time.
        draft.publishedAt = QDateTime(QDate::fromString(d.issued, Qt::ISODate),
            QTime(8, 0).addSecs(60 * (d.line % 240)), QTimeZone(7 * 3600))
                                .toUTC();
        for (const DemoAttachment &attachment : d.attachments) {
            draft.attachments << AttachmentStore::store(transaction, pdfs.value(attachment.file),
                attachment.name, AttachmentStore::mimeForName(attachment.file));
            ++summary.attachments;
        }
        if (!summary.signers.isEmpty() && !DemoSigners::sign(summary.signers, d.publisher, draft)) {
            *error
                = u"demo documents: line %1: no demo signer for %2"_s.arg(d.line).arg(d.publisher);
            return std::nullopt;
        }
        documentIds.insert(d.key, DocumentPublisher::publish(transaction, draft));
        ++summary.documents;
    }

    for (const DemoMeeting &meeting : meetings) {
        QStringList ids;
        for (const QString &key : meeting.documentKeys)
            ids << documentIds.value(key);
        QString createdBy;
        for (const DemoAccount &account : summary.accounts) {
            if (account.role == Protocol::Role::Secretary
                && account.orgId == orgId(meeting.cellKey))
                createdBy = DemoAccounts::userId(account.login);
        }
        DemoMeetings::store(transaction, meeting, orgId(meeting.cellKey), ids, createdBy);
        ++summary.meetings;
    }

    storePendingRequests(transaction, members, summary.accounts, now);
    DemoDrafts::store(transaction, summary.accounts, orgId(u"tinh"), now);
    DemoStudies::store(transaction, summary.accounts, documentIds, now);
    DemoOutcomes::store(transaction, summary.accounts, now);
    DemoTransfers::store(transaction, now);
    DemoReview::store(transaction, summary.accounts, now, Seed + 10);
    if (m_history == History::Full) {
        summary.historyMeetings = DemoHistory::store(transaction, now, Seed + 7);
        QSet<QString> demoLogins; // their members get no history: no test's own rows change
        for (const DemoAccount &account : summary.accounts) {
            if (!account.memberId.isEmpty())
                demoLogins.insert(account.memberId);
        }
        const DemoActivity::Summary activity
            = DemoActivity::store(transaction, now, Seed + 8, demoLogins);
        summary.memberAccounts = activity.accounts;
        summary.devices = activity.devices;
        summary.documents += DemoReading::publish(transaction, summary.signers, now);
        summary.readReceipts = DemoReading::read(transaction, now, Seed + 9, demoLogins);
    }

    const QJsonObject meta { { u"province"_s, DemoProvince::provinceName().toString() },
        { u"loaded_at"_s, Timestamps::toIso(now) }, { u"seed"_s, QString::number(Seed) } };
    execSql(transaction.db(), u"INSERT INTO server_meta (key, value) VALUES (?, ?)"_s,
        { QString(MetaKey),
            QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)) });
    AuditLog::record(transaction.db(),
        AuditEntry { {}, u"cli"_s, u"demo"_s, QString(RowType::Organization), orgId(u"tinh"),
            u"ok"_s, {},
            u"members=%1 documents=%2"_s.arg(summary.members).arg(summary.documents) });
    transaction.commit();
    // The committees' figures of the year just written (each month its own transaction).
    OrgStatistics::refresh(m_database,
        m_history == History::Full ? kStatisticsMonths : kStatisticsMonthsWithoutHistory, now);
    return summary;
}
