// What a user may see, from the organisation tree (DESIGN.md section 5, "Types and their
// visibility"). Shared by pull, push authorisation and blob downloads.
#pragma once

#include "auth/authenticateduser.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Visibility
{
public:
    Visibility(const QSqlDatabase &db, const AuthenticatedUser &user);

    // The user's organisation and its ancestors (root last).
    [[nodiscard]] QStringList ancestry() const;
    // The user's organisation and everything below it.
    [[nodiscard]] QStringList subtree() const;

    [[nodiscard]] bool canSeeOrganization(const QString &orgId) const;
    // A document whose audience is the user's organisation or an ancestor (committees: also
    // their subtree), and not withdrawn.
    [[nodiscard]] bool canSeeDocument(const QString &documentId) const;
    // A meeting of the user's own cell (committees: of their subtree).
    [[nodiscard]] bool canSeeMeeting(const QString &meetingId) const;
    // Whether some visible document, or the minutes of a visible meeting, references this blob.
    [[nodiscard]] bool canSeeBlob(const QString &sha256) const;
    // Whether the user holds this complete blob: she uploaded all its bytes herself (or,
    // when it was already there, sent them all again: ServerBlobStore's proof of possession).
    [[nodiscard]] bool holdsBlob(const QString &sha256) const;
    // GET and HEAD: a blob the user holds or sees in a document.
    [[nodiscard]] bool canReadBlob(const QString &sha256) const;
    // document.share: a blob the user holds, or sees in a document that is not restricted (a
    // restricted document's files are never copied into a cell's shared documents).
    [[nodiscard]] bool canShareBlob(const QString &sha256) const;
    // The secretary of the member's cell.
    [[nodiscard]] bool isSecretaryOfMember(const QString &memberId) const;
    // Whether a row with this id exists in `table` (one of the fixed table names: documents
    // are counted only while not withdrawn). Tells a hidden object (audited as denied) from a
    // missing one; both are answered alike.
    [[nodiscard]] bool exists(const QString &table, const QString &id) const;
    // The member's organisation (empty if unknown).
    [[nodiscard]] QString orgOfMember(const QString &memberId) const;

private:
    QSqlDatabase m_db;
    AuthenticatedUser m_user;
};
