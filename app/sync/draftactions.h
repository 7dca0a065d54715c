// The committee's actions on its document drafts (DESIGN.md 8.2), built on LocalActions:
// each changes the local document_draft row at once, queues its mutation and keeps the row
// pending until the server answers. document.draft.put (a new draft, or changes to one that
// is still a draft or was returned) and document.draft.submit (to the approver).
#pragma once

#include "localactions.h"

#include <QJsonArray>
#include <QString>

// The fields of a draft as the editor sends them (document.draft.put's arguments).
struct DraftFields
{
    QString id; // empty: a new draft
    QString kind;
    QString number;
    QString title;
    QString issuedDate; // YYYY-MM-DD, or empty
    QString issuer;
    QString summary;
    QString body;
    QString classification;
    QString audienceOrgId;
    QString meetingId; // empty: no meeting
    QJsonArray attachments; // files already in the draft: [{name, sha256, size, mime}]
};

class DraftActions
{
public:
    explicit DraftActions(LocalActions &actions, SqliteDatabase &db);

    // document.draft.put: stores the new files in the vault (uploaded resumably before the
    // put, like a share's), then queues the draft with every attachment. invalid_args when a
    // required field is empty or a value is over its Protocol::Limit, conflict when the draft
    // is waiting for approval or published, not_signed_in without an organization.
    LocalActions::Result put(
        const DraftFields &fields, const QList<LocalActions::NewAttachment> &newFiles);
    // document.draft.submit: a draft or returned draft goes to the approver.
    LocalActions::Result submit(const QString &draftId);

    // The arguments document.draft.put sends for `fields` (with `id` filled in).
    [[nodiscard]] static QJsonObject putArgs(const DraftFields &fields);
    // Whether the fields are within the protocol's limits and the required ones are there.
    [[nodiscard]] static bool withinLimits(const DraftFields &fields);

private:
    LocalActions &m_actions;
    SqliteDatabase &m_db;
};
