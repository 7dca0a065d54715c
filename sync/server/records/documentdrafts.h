// Drafts of documents written in the app by committee staff (DESIGN.md 8.2): the
// document_drafts rows, their pulled `document_draft` data, and the org_settings switch that
// lets an organisation publish with one person. The mutations that change drafts live in
// mutations/draftmutations.cpp; this is their SQL.
#pragma once

#include "records/documentpublisher.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class WriteTransaction;

// One draft as stored. Optional text fields are empty strings when not given.
struct StoredDraft
{
    QString id;
    QString orgId; // the organisation that drafts and will publish it
    QString audienceOrgId; // orgId or an organisation below it
    QString kind;
    QString number;
    QString title;
    QString issuedDate; // YYYY-MM-DD or empty
    QString issuer;
    QString summary;
    QString body;
    QString classification;
    QString meetingId;
    QJsonArray attachments; // [{name, sha256, size, mime}] in the author's order
    QString status; // Protocol::DraftStatus
    QString authorId; // the user who wrote it first
    QString approverId; // who published it
    QString returnReason; // why it was returned (only while returned)
    QString createdAt; // ISO 8601 UTC
    QString updatedAt;
    qint64 version = 1;
};

class DocumentDrafts
{
public:
    // The draft, or nullopt when there is none with this id; throws DbError.
    [[nodiscard]] static std::optional<StoredDraft> find(const QSqlDatabase &db, const QString &id);
    // Inserts (when `isNew`) or updates the draft (version + 1) and records the change in the
    // draft's organisation, where only its committee users see it; throws DbError.
    static void save(WriteTransaction &transaction, StoredDraft draft, bool isNew);

    // The pulled `document_draft` data of these drafts (ids that no longer exist are left
    // out), with the author's name: id -> {data, version}.
    struct Row
    {
        QJsonObject data;
        qint64 version = 1;
    };
    [[nodiscard]] static QHash<QString, Row> rows(const QSqlDatabase &db, const QStringList &ids);
    // The draft's wire data (without author_name): the fields of document.data plus status,
    // author_id, approver_id, return_reason and updated_at. What the signer signs is
    // PublicationSignature::documentBytes of it: exactly the published document's bytes.
    [[nodiscard]] static QJsonObject data(const StoredDraft &draft);
    // The document that publishing the draft creates (same id), signed by signerId.
    [[nodiscard]] static DocumentDraft publication(const StoredDraft &draft,
        const QString &publishedBy, const QString &signerId, const QString &signature);

    // Whether the organisation lets one person write, approve and sign (org_settings).
    [[nodiscard]] static bool singlePersonApproval(const QSqlDatabase &db, const QString &orgId);
    // Sets it; throws DbError.
    static void setSinglePersonApproval(
        WriteTransaction &transaction, const QString &orgId, bool single, const QDateTime &now);
};
