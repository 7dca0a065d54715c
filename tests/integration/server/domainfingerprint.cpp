#include "domainfingerprint.h"

#include "db/sqlrunner.h"

#include <QCryptographicHash>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

DomainFingerprint::DomainFingerprint(QSqlDatabase db, QString cellA, QString memberA1)
    : m_db(std::move(db))
    , m_cellA(std::move(cellA))
    , m_memberA1(std::move(memberA1))
{ }

QByteArray DomainFingerprint::fingerprint(const QList<Query> &queries) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[sql, binds] : queries) {
        QSqlQuery query = runSql(m_db, sql, binds);
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
        hash.addData("\x1d");
    }
    return hash.result().toHex();
}

QByteArray DomainFingerprint::everything() const
{
    static const QStringList tables {
        u"SELECT count(*), max(seq) FROM changes"_s,
        u"SELECT id, version, audience_org_id, withdrawn_at, meeting_id FROM documents ORDER BY id"_s,
        u"SELECT document_id, position, sha256 FROM document_attachments "
        "ORDER BY document_id, position"_s,
        u"SELECT id, version, status, document_ids, title, starts_at FROM meetings ORDER BY id"_s,
        u"SELECT id, version, rsvp, reason, present FROM attendance ORDER BY id"_s,
        u"SELECT id, member_id, read_at FROM read_receipts ORDER BY id"_s,
        u"SELECT id, member_id, document_id, text, anchor FROM notes ORDER BY id"_s,
        u"SELECT id, member_id, document_id FROM bookmarks ORDER BY id"_s,
        u"SELECT id, member_id, kind, ref_id FROM notifications ORDER BY id"_s,
        u"SELECT id, member_id, status, decided_by FROM profile_requests ORDER BY id"_s,
        u"SELECT id, org_id, member_id, reply_to FROM feedback ORDER BY id"_s,
        u"SELECT id, org_id, version, phone FROM members ORDER BY id"_s,
        u"SELECT id, role, org_id, scope_generation FROM users ORDER BY id"_s,
    };
    QList<Query> queries;
    for (const QString &sql : tables)
        queries.append({ sql, {} });
    return fingerprint(queries);
}

QByteArray DomainFingerprint::watched(Target target, const QString &id) const
{
    const QString members = u"(SELECT id FROM members WHERE org_id = ?)"_s;
    switch (target) {
    case Target::CellA: {
        const QString id = m_cellA; // whatever the case's target is
        return fingerprint({
            { u"SELECT id, version FROM members WHERE org_id = ? ORDER BY id"_s, { id } },
            { u"SELECT id, version FROM meetings WHERE org_id = ? ORDER BY id"_s, { id } },
            { u"SELECT id, version FROM attendance WHERE meeting_id IN "
              "(SELECT id FROM meetings WHERE org_id = ?) ORDER BY id"_s,
                { id } },
            { u"SELECT id, version FROM documents WHERE audience_org_id = ? ORDER BY id"_s,
                { id } },
            { u"SELECT id FROM read_receipts WHERE member_id IN "_s + members + u" ORDER BY id"_s,
                { id } },
            { u"SELECT id, text FROM notes WHERE member_id IN "_s + members + u" ORDER BY id"_s,
                { id } },
            { u"SELECT id FROM bookmarks WHERE member_id IN "_s + members + u" ORDER BY id"_s,
                { id } },
            { u"SELECT id FROM notifications WHERE member_id IN "_s + members + u" ORDER BY id"_s,
                { id } },
            { u"SELECT id, status FROM profile_requests WHERE member_id IN "_s + members
                    + u" ORDER BY id"_s,
                { id } },
            { u"SELECT id FROM feedback WHERE org_id = ? ORDER BY id"_s, { id } },
        });
    }
    case Target::Document:
    case Target::Bookmark:
        return fingerprint({
            { u"SELECT id FROM read_receipts WHERE document_id = ? ORDER BY id"_s, { id } },
            { u"SELECT id FROM bookmarks WHERE document_id = ? ORDER BY id"_s, { id } },
            { u"SELECT id, text FROM notes WHERE document_id = ? ORDER BY id"_s, { id } },
        });
    case Target::Meeting:
    case Target::MeetingNow:
        return fingerprint({
            { u"SELECT version, status, title, document_ids FROM meetings WHERE id = ?"_s, { id } },
            { u"SELECT id, version FROM attendance WHERE meeting_id = ? ORDER BY id"_s, { id } },
            { u"SELECT id FROM documents WHERE meeting_id = ? ORDER BY id"_s, { id } },
        });
    case Target::Note:
        return fingerprint(
            { { u"SELECT member_id, text, updated_at FROM notes WHERE id = ?"_s, { id } } });
    case Target::Feedback:
        return fingerprint(
            { { u"SELECT id FROM feedback WHERE id = ? OR reply_to = ? ORDER BY id"_s,
                { id, id } } });
    case Target::Request:
        return fingerprint({
            { u"SELECT status FROM profile_requests WHERE id = ?"_s, { id } },
            { u"SELECT version FROM members WHERE id = ?"_s, { m_memberA1 } },
        });
    case Target::MemberA1:
        return fingerprint({ { u"SELECT version, phone FROM members WHERE id = ?"_s, { id } } });
    }
    return {};
}
