// Read-only queries the screens need over the replica: newest documents, the next cell
// meeting with its "read before the meeting" documents, one document, whether I read it.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QJsonObject;
class SqliteDatabase;

// One document as a list shows it.
struct DocumentSummary
{
    QString id;
    QString title;
    QString number;
    QString kind;
    QString issuer;
    QString issuedDate; // YYYY-MM-DD as the server sent it
    QString summary;
    bool read = false; // a read receipt of the signed-in member exists
    // Who signed it (DESIGN.md 8.1); empty for an unsigned document. A signed document on
    // the device has been verified (those that failed are kept apart), so a name here is the
    // verified mark.
    QString signerName;
};

// Which documents a list shows; an empty or zero field does not restrict.
struct DocumentFilter
{
    QString kind;
    int year = 0; // of issued_date
    // The kind of the organization that issued it (organizations.kind: province, district,
    // grassroots, cell); a document whose issuer is not on this device never matches.
    QString issuerLevel;
    bool bookmarkedOnly = false; // only documents I bookmarked
};

// One document as the reader shows it.
struct DocumentDetail
{
    DocumentSummary summary;
    QString body;
    QString classification;
};

// A meeting of the member's cell.
struct MeetingInfo
{
    QString id;
    QString title;
    QDateTime startsAt; // UTC
    QString location;
    QString agenda;
    QStringList documentIds;
    QString status;
};

class DocumentCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit DocumentCatalog(SqliteDatabase &db);

    // The signed-in member's id (empty before the first sign-in).
    [[nodiscard]] QString memberId();
    // Newest first (published_at, then issued_date); limit <= 0 means all; an empty kind
    // means every kind.
    [[nodiscard]] QList<DocumentSummary> newestDocuments(int limit = 0, const QString &kind = {});
    // The same order, restricted by `filter`.
    [[nodiscard]] QList<DocumentSummary> newestDocuments(
        const DocumentFilter &filter, int limit = 0);
    // The kinds of the documents on this device, sorted.
    [[nodiscard]] QStringList kinds();
    // The years the documents on this device were issued in, newest first.
    [[nodiscard]] QList<int> years();
    // The levels (organization kinds) of the organizations that issued the documents on this
    // device: province, district, grassroots, cell in that order, then any other kind.
    [[nodiscard]] QStringList issuerLevels();
    // The earliest scheduled meeting starting at or after `now`.
    [[nodiscard]] std::optional<MeetingInfo> nextMeeting(const QDateTime &now);
    // The documents a meeting lists, in its order (those not on this device are skipped).
    [[nodiscard]] QList<DocumentSummary> meetingDocuments(const MeetingInfo &meeting);
    [[nodiscard]] std::optional<DocumentDetail> document(const QString &id);
    // When the last sync ended without error (invalid if never).
    [[nodiscard]] QDateTime lastSync();
    // Local changes not yet accepted by the server.
    [[nodiscard]] int pendingChanges();

private:
    [[nodiscard]] DocumentSummary summaryFromJson(const QJsonObject &data, bool read) const;

    SqliteDatabase &m_db;
};
