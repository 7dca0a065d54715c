// The committee's document drafts on this device (replicated document_draft rows, DESIGN.md
// 8.2) and the organization tree the audience is picked from.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class SqliteDatabase;

// One draft as the server's row has it (texts empty when absent).
struct DraftRecord
{
    QString id;
    QString orgId;
    QString status; // draft, submitted, returned, published
    QString kind;
    QString number;
    QString title;
    QString issuedDate; // YYYY-MM-DD or empty
    QString issuer;
    QString summary;
    QString body;
    QString classification;
    QString audienceOrgId;
    QString meetingId;
    QJsonArray attachments; // [{name, sha256, size, mime}]
    QString authorId;
    QString authorName;
    QString returnReason;
    QString updatedAt;
    bool pending = false; // a local change waits for the server

    [[nodiscard]] static DraftRecord fromJson(const QJsonObject &row);
};

// One organization of the tree.
struct OrgNode
{
    QString id;
    QString parentId;
    QString name;
    QString kind;
};

class DraftCatalog
{
public:
    explicit DraftCatalog(SqliteDatabase &db);

    // The drafts of organization `orgId`, newest change first.
    [[nodiscard]] QList<DraftRecord> drafts(const QString &orgId);
    [[nodiscard]] std::optional<DraftRecord> draft(const QString &id);
    // Every organization on this device.
    [[nodiscard]] QList<OrgNode> organizations();
    // The name of an organization ("" when it is not on this device).
    [[nodiscard]] QString organizationName(const QString &orgId);

private:
    SqliteDatabase &m_db;
};
