// Publishes a document (DESIGN.md section 5, document.data) with its attachments inside a
// WriteTransaction, recording the change with org = the audience organisation.
#pragma once

#include "blobs/attachmentstore.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class WriteTransaction;

// A document to publish; attachments must already be stored (AttachmentStore).
struct DocumentDraft
{
    QString id; // empty: a new UUID
    QString orgId; // the publishing organisation
    QString audienceOrgId; // who sees it: this organisation and everything below it
    QString kind;
    QString number;
    QString title;
    QString issuedDate; // YYYY-MM-DD
    QString issuer;
    QString summary;
    QString body;
    QString classification = QString(Protocol::Classification::Internal);
    QString meetingId;
    QDateTime publishedAt; // invalid: now
    QString publishedBy; // user id, if a user published it
    QList<StoredAttachment> attachments;
    QString signerId; // the signer whose key signed it (DESIGN.md 8.1); empty: unsigned
    QString signature; // base64 Ed25519 over PublicationSignature::documentBytes; empty: unsigned
};

class DocumentPublisher
{
public:
    // The document kinds of the wire protocol.
    [[nodiscard]] static const QStringList &kinds();
    // The classifications of the wire protocol.
    [[nodiscard]] static const QStringList &classifications();
    // The draft's fields as document.data names them, with its body and attachments ({name,
    // sha256, size}): what PublicationSignature::documentBytes signs. draft.id must be set.
    [[nodiscard]] static QJsonObject signedFields(const DocumentDraft &draft);
    // Inserts the document and its attachment rows and records the change; returns the id;
    // throws DbError. The draft is expected to be valid.
    static QString publish(WriteTransaction &transaction, const DocumentDraft &draft);
};
