#include "migrations.h"

#include "sqlitedatabase.h"

#include <QString>
#include <array>

namespace {

struct Migration
{
    int version;
    const char *sql;
};

// Replicated rows keep the server's JSON in `data`; the other columns are what the app
// filters and sorts on. Never edit a released step: add a new one.
constexpr std::array kMigrations {
    Migration { 1, R"SQL(
CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organizations(id TEXT PRIMARY KEY, parent_id TEXT, name TEXT, kind TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE members(id TEXT PRIMARY KEY, org_id TEXT, full_name TEXT, position TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX members_org ON members(org_id);
CREATE TABLE documents(doc_rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, org_id TEXT,
    audience_org_id TEXT, kind TEXT, number TEXT, title TEXT, issued_date TEXT,
    published_at TEXT, classification TEXT, meeting_id TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX documents_published ON documents(published_at);
CREATE INDEX documents_meeting ON documents(meeting_id);
CREATE TABLE meetings(id TEXT PRIMARY KEY, org_id TEXT, title TEXT, starts_at TEXT,
    status TEXT, version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX meetings_starts ON meetings(starts_at);
CREATE TABLE attendance(id TEXT PRIMARY KEY, meeting_id TEXT, member_id TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE TABLE read_receipts(id TEXT PRIMARY KEY, document_id TEXT, member_id TEXT,
    read_at TEXT, version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX read_receipts_document ON read_receipts(document_id);
CREATE TABLE notes(id TEXT PRIMARY KEY, document_id TEXT, updated_at TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE bookmarks(id TEXT PRIMARY KEY, document_id TEXT, created_at TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE notifications(id TEXT PRIMARY KEY, kind TEXT, created_at TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE profile_requests(id TEXT PRIMARY KEY, member_id TEXT, status TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE feedback(id TEXT PRIMARY KEY, org_id TEXT, member_id TEXT, created_at TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,
    args TEXT NOT NULL, created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0);
CREATE TABLE rejected_mutations(id INTEGER PRIMARY KEY, name TEXT NOT NULL, args TEXT NOT NULL,
    code TEXT, message TEXT, rejected_at TEXT NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0);
)SQL" },
    // Search, blobs in chunks, and the rows each pending mutation touches.
    Migration { 2, R"SQL(
CREATE VIRTUAL TABLE document_search USING fts5(title, number, summary, body,
    tokenize = 'vietnamese');
INSERT INTO document_search(rowid, title, number, summary, body)
    SELECT doc_rowid, coalesce(title, ''), coalesce(number, ''),
           coalesce(json_extract(data, '$.summary'), ''), coalesce(json_extract(data, '$.body'), '')
    FROM documents;
CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, mime TEXT,
    received INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0,
    stored_at TEXT, last_used_at TEXT);
CREATE TABLE blob_chunks(sha256 TEXT NOT NULL, seq INTEGER NOT NULL, bytes BLOB NOT NULL,
    PRIMARY KEY(sha256, seq)) WITHOUT ROWID;
CREATE TABLE outbox_rows(mutation_id INTEGER NOT NULL, type TEXT NOT NULL, row_id TEXT NOT NULL,
    PRIMARY KEY(type, row_id, mutation_id)) WITHOUT ROWID;
CREATE INDEX outbox_rows_mutation ON outbox_rows(mutation_id);
)SQL" },
    // Sync: each pending mutation's before-image of the rows it changed (to roll
    // a rejection back), the newest server image of a row held back while a local change is
    // pending, and the rows a snapshot in progress has delivered so far.
    Migration { 3, R"SQL(
CREATE TABLE before_images(mutation_id INTEGER NOT NULL, type TEXT NOT NULL, row_id TEXT NOT NULL,
    existed INTEGER NOT NULL, version INTEGER, data TEXT, rejected INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(mutation_id, type, row_id)) WITHOUT ROWID;
CREATE INDEX before_images_row ON before_images(type, row_id);
CREATE TABLE deferred_rows(type TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL,
    version INTEGER, data TEXT, PRIMARY KEY(type, row_id)) WITHOUT ROWID;
CREATE TABLE snapshot_rows(type TEXT NOT NULL, row_id TEXT NOT NULL,
    PRIMARY KEY(type, row_id)) WITHOUT ROWID;
)SQL" },
    // Signed publications (DESIGN.md 8.1, 8.2): the signer rows documents are verified
    // against; the committee's drafts; documents whose signature or hashes did not verify,
    // kept apart with the reason and never shown as documents; this device's own signing
    // keys (the vault is the only place the secret key exists).
    Migration { 4, R"SQL(
CREATE TABLE signers(id TEXT PRIMARY KEY, org_id TEXT, user_id TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE document_drafts(id TEXT PRIMARY KEY, org_id TEXT, status TEXT, updated_at TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE unverified_documents(id TEXT PRIMARY KEY, title TEXT, reason TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE TABLE signer_keys(id TEXT PRIMARY KEY, public_key TEXT NOT NULL, secret_key BLOB NOT NULL,
    created_at TEXT NOT NULL);
)SQL" },
    // Studying a resolution (DESIGN.md 8.3): the replicated studies, submissions and progress
    // rows; this member's reflection and quiz answers as they are typed (saved on every pause,
    // kept until the submission is accepted, never sent until submitted); the reminders this
    // device has already shown (stage: days before the due date, 3 or 1).
    Migration { 5, R"SQL(
CREATE TABLE studies(id TEXT PRIMARY KEY, org_id TEXT, audience_org_id TEXT, due_date TEXT,
    status TEXT, version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE study_submissions(id TEXT PRIMARY KEY, study_id TEXT, member_id TEXT, status TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX study_submissions_study ON study_submissions(study_id);
CREATE TABLE study_progress(id TEXT PRIMARY KEY, study_id TEXT, org_id TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE study_drafts(study_id TEXT PRIMARY KEY, reflection TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL DEFAULT '{}', updated_at TEXT NOT NULL);
CREATE TABLE study_reminders(study_id TEXT NOT NULL, stage INTEGER NOT NULL,
    shown_at TEXT NOT NULL, PRIMARY KEY(study_id, stage)) WITHOUT ROWID;
)SQL" },
    // Search as you type (issue 19): FTS5 prefix indexes for the first 1, 2 and 3 characters
    // of every token. A word typed partly ("chuyen d", "nghi q", "to chuc co so") expanded to
    // every token with that prefix and merged their doclists on each keystroke (a one-letter
    // prefix: most of the index); with the prefix indexes it reads one doclist. FTS5 cannot
    // add them to an existing table, so the index is copied into a new one (no document is
    // tokenized from its JSON again; the texts come from the old index's content).
    Migration { 6, R"SQL(
CREATE VIRTUAL TABLE document_search_v6 USING fts5(title, number, summary, body,
    tokenize = 'vietnamese', prefix = '1 2 3');
INSERT INTO document_search_v6(rowid, title, number, summary, body)
    SELECT rowid, title, number, summary, body FROM document_search;
DROP TABLE document_search;
ALTER TABLE document_search_v6 RENAME TO document_search;
)SQL" },
    // Oversight (DESIGN.md 8.4, issue 20): the replicated statistics, devices and transfers a
    // committee pulls; and the temporary passwords the server answered to account.create and
    // account.reset_password (push result `data`, never pulled, never sent again: kept here,
    // encrypted like everything in the vault, until the committee user has seen and dismissed
    // the slip; mutation_id is the outbox id of the mutation that asked for it).
    Migration { 7, R"SQL(
CREATE TABLE org_stats(id TEXT PRIMARY KEY, org_id TEXT, month TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX org_stats_org ON org_stats(org_id, month);
CREATE TABLE devices(id TEXT PRIMARY KEY, user_id TEXT, member_id TEXT, status TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX devices_member ON devices(member_id);
CREATE TABLE member_transfers(id TEXT PRIMARY KEY, member_id TEXT, from_org_id TEXT,
    to_org_id TEXT, status TEXT, version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE account_secrets(mutation_id INTEGER PRIMARY KEY, member_id TEXT, user_id TEXT,
    login TEXT, temporary_password TEXT NOT NULL, received_at TEXT NOT NULL);
)SQL" },
    // Search as you type, newest first (issue 19): the FTS rowid of a document is its
    // publication second shifted above its doc_rowid (30 bits), so FTS5's rowid order is the
    // publication order and the newest matches of a common word are read without scoring every
    // match (SearchIndex::newest). document_search_keys keeps each document's key, to remove
    // its entry after the row's published_at has changed. The texts are copied from the old
    // index, not tokenized from the JSON again.
    Migration { 8, R"SQL(
CREATE TABLE document_search_keys(doc_rowid INTEGER PRIMARY KEY,
    search_rowid INTEGER NOT NULL);
INSERT INTO document_search_keys(doc_rowid, search_rowid)
    SELECT doc_rowid, (max(coalesce(unixepoch(published_at), 0), 0) << 30) | doc_rowid
    FROM documents;
CREATE VIRTUAL TABLE document_search_v8 USING fts5(title, number, summary, body,
    tokenize = 'vietnamese', prefix = '1 2 3');
INSERT INTO document_search_v8(rowid, title, number, summary, body)
    SELECT k.search_rowid, s.title, s.number, s.summary, s.body
    FROM document_search s JOIN document_search_keys k ON k.doc_rowid = s.rowid;
DROP TABLE document_search;
ALTER TABLE document_search_v8 RENAME TO document_search;
)SQL" },
    // Meeting outcomes (DESIGN.md 8.5, issue 21): the cell's comments and votes, the member's
    // own ballots (vote_cast rows; a secret vote's row carries no choice), the device's own
    // secret ballots (the random ballot key sent with vote.cast and the choice, so that the
    // member sees and can change it: the server never tells anyone, the member included, what a
    // secret ballot holds), and the minutes a member has opened (the home screen shows an
    // absent member the minutes until then).
    Migration { 9, R"SQL(
CREATE TABLE meeting_comments(id TEXT PRIMARY KEY, meeting_id TEXT, created_at TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX meeting_comments_meeting ON meeting_comments(meeting_id, created_at);
CREATE TABLE votes(id TEXT PRIMARY KEY, meeting_id TEXT, status TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX votes_meeting ON votes(meeting_id);
CREATE TABLE vote_casts(id TEXT PRIMARY KEY, vote_id TEXT, member_id TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE secret_ballots(vote_id TEXT PRIMARY KEY, ballot_key TEXT NOT NULL,
    choice TEXT NOT NULL, cast_at TEXT NOT NULL);
CREATE TABLE minutes_seen(meeting_id TEXT PRIMARY KEY, seen_at TEXT NOT NULL);
)SQL" },
    // The secretary's minutes (biên bản) as she writes them, saved on every pause, kept on
    // this device only until they are published (issue 21).
    Migration { 10, R"SQL(
CREATE TABLE minutes_drafts(meeting_id TEXT PRIMARY KEY, text TEXT NOT NULL,
    updated_at TEXT NOT NULL);
)SQL" },
    // The annual review (DESIGN.md 8.6, issue 22): cycles, self-reviews (the member's own; the
    // cell's for a secretary; the subtree's for a committee), summaries per organisation, and
    // the member's bản kiểm điểm as they write it (its sections as a JSON array of strings and
    // the rating they propose), kept on this device until it is submitted.
    Migration { 11, R"SQL(
CREATE TABLE review_cycles(id TEXT PRIMARY KEY, year INTEGER, status TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE self_reviews(id TEXT PRIMARY KEY, cycle_id TEXT, member_id TEXT, org_id TEXT,
    status TEXT, version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX self_reviews_cycle ON self_reviews(cycle_id, org_id);
CREATE TABLE review_summaries(id TEXT PRIMARY KEY, cycle_id TEXT, org_id TEXT,
    version INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE INDEX review_summaries_cycle ON review_summaries(cycle_id, org_id);
CREATE TABLE self_review_drafts(cycle_id TEXT PRIMARY KEY, sections TEXT NOT NULL,
    self_rating TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
)SQL" },
    // The meeting room (DESIGN.md 8.8, issue 23): the signed check-ins and ballots this device
    // made (a member's) or received and recorded (the secretary's, as host of the room), one
    // check-in per member and meeting and one ballot per member and vote; the statement
    // itself travels in the outbox's room.check_in / room.ballot mutation. Never pulled.
    Migration { 12, R"SQL(
CREATE TABLE room_statements(id TEXT PRIMARY KEY, type TEXT NOT NULL, meeting_id TEXT NOT NULL,
    vote_id TEXT NOT NULL DEFAULT '', member_id TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE UNIQUE INDEX room_statements_one ON room_statements(meeting_id, type, vote_id, member_id);
)SQL" },
};

constexpr bool strictlyIncreasing()
{
    for (std::size_t i = 0; i < kMigrations.size(); ++i) {
        if (kMigrations[i].version != int(i) + 1)
            return false;
    }
    return true;
}
static_assert(strictlyIncreasing(), "migration versions must be 1, 2, 3, ... in order");

} // namespace

int Migrations::latestVersion()
{
    return kMigrations.back().version;
}

int Migrations::currentVersion(SqliteDatabase &db)
{
    return int(db.scalar("PRAGMA user_version").toLongLong());
}

Migrations::Result Migrations::migrate(SqliteDatabase &db, int target)
{
    const int current = currentVersion(db);
    if (current > latestVersion())
        return Result::TooNew;
    if (current >= target)
        return Result::Ok;
    Transaction transaction(db);
    for (const Migration &step : kMigrations) {
        if (step.version > current && step.version <= target)
            db.exec(step.sql);
    }
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
    transaction.commit();
    return Result::Ok;
}
