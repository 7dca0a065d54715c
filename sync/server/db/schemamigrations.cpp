#include "db/schemamigrations.h"

#include <algorithm>

namespace {

// v1: facts about this database as a whole (e.g. which demo data it holds).
constexpr const char *v1ServerMeta[] = {
    "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// v2: the organisation tree, members, accounts, devices and tokens, documents, meetings and
// everything members do, the change log that drives pulls, blobs and the audit log.
constexpr const char *v2Domain[] = {
    "CREATE TABLE organizations (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES organizations(id), "
    "name TEXT NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX organizations_parent ON organizations(parent_id)",
    "CREATE TABLE org_closure (ancestor_id TEXT NOT NULL, descendant_id TEXT NOT NULL, depth "
    "INTEGER NOT NULL, PRIMARY KEY (ancestor_id, descendant_id))",
    "CREATE INDEX org_closure_descendant ON org_closure(descendant_id)",
    "CREATE TABLE members (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organizations(id), "
    "full_name TEXT NOT NULL, birth_date TEXT, gender TEXT, ethnicity TEXT, religion TEXT, "
    "hometown TEXT, address TEXT, phone TEXT, email TEXT, citizen_id TEXT, party_card_no TEXT, "
    "admission_date TEXT, official_date TEXT, position TEXT, education TEXT, political_theory "
    "TEXT, work_history TEXT, commendations TEXT, discipline TEXT, version BIGINT NOT NULL DEFAULT "
    "1, updated_at TEXT NOT NULL)",
    "CREATE INDEX members_org ON members(org_id)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, password_hash TEXT NOT "
    "NULL, member_id TEXT REFERENCES members(id), role TEXT NOT NULL, org_id TEXT NOT NULL "
    "REFERENCES organizations(id), must_change_password INTEGER NOT NULL DEFAULT 0, "
    "scope_generation BIGINT NOT NULL DEFAULT 1, disabled INTEGER NOT NULL DEFAULT 0, created_at "
    "TEXT NOT NULL)",
    "CREATE INDEX users_member ON users(member_id)",
    "CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), name "
    "TEXT, platform TEXT, created_at TEXT NOT NULL, last_seen_at TEXT, revoked_at TEXT, "
    "last_mutation_id BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX devices_user ON devices(user_id)",
    "CREATE TABLE access_tokens (token_hash TEXT PRIMARY KEY, device_id TEXT NOT NULL REFERENCES "
    "devices(id), user_id TEXT NOT NULL REFERENCES users(id), expires_at TEXT NOT NULL)",
    "CREATE INDEX access_tokens_device ON access_tokens(device_id)",
    "CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, device_id TEXT NOT NULL REFERENCES "
    "devices(id), user_id TEXT NOT NULL REFERENCES users(id), expires_at TEXT NOT NULL, used_at "
    "TEXT)",
    "CREATE INDEX refresh_tokens_device ON refresh_tokens(device_id)",
    "CREATE TABLE login_attempts (subject TEXT NOT NULL, attempted_at TEXT NOT NULL)",
    "CREATE INDEX login_attempts_subject ON login_attempts(subject, attempted_at)",
    "CREATE TABLE documents (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES "
    "organizations(id), audience_org_id TEXT NOT NULL REFERENCES organizations(id), kind TEXT NOT "
    "NULL, number TEXT, title TEXT NOT NULL, issued_date TEXT, issuer TEXT, summary TEXT, body "
    "TEXT, classification TEXT NOT NULL DEFAULT 'internal', meeting_id TEXT, published_at TEXT NOT "
    "NULL, published_by TEXT, withdrawn_at TEXT, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX documents_audience ON documents(audience_org_id)",
    "CREATE TABLE document_attachments (document_id TEXT NOT NULL REFERENCES documents(id), "
    "position INTEGER NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, mime TEXT NOT NULL, "
    "name TEXT NOT NULL, PRIMARY KEY (document_id, position))",
    "CREATE INDEX document_attachments_sha ON document_attachments(sha256)",
    "CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, received BIGINT NOT NULL "
    "DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, uploaded_by TEXT)",
    "CREATE TABLE meetings (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES "
    "organizations(id), title TEXT NOT NULL, starts_at TEXT NOT NULL, location TEXT, agenda TEXT, "
    "document_ids TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'scheduled', "
    "cancel_reason TEXT, created_by TEXT, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX meetings_org ON meetings(org_id, starts_at)",
    "CREATE TABLE attendance (id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES "
    "meetings(id), member_id TEXT NOT NULL REFERENCES members(id), rsvp TEXT, reason TEXT, present "
    "INTEGER, version BIGINT NOT NULL DEFAULT 1, UNIQUE (meeting_id, member_id))",
    "CREATE TABLE read_receipts (id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES "
    "documents(id), member_id TEXT NOT NULL REFERENCES members(id), read_at TEXT NOT NULL, UNIQUE "
    "(document_id, member_id))",
    "CREATE TABLE notes (id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id), "
    "document_id TEXT NOT NULL, text TEXT NOT NULL, anchor TEXT, updated_at TEXT NOT NULL)",
    "CREATE TABLE bookmarks (id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id), "
    "document_id TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (member_id, document_id))",
    "CREATE TABLE notifications (id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES "
    "members(id), kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT, ref_type TEXT, ref_id TEXT, "
    "created_at TEXT NOT NULL)",
    "CREATE INDEX notifications_member ON notifications(member_id)",
    "CREATE TABLE profile_requests (id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES "
    "members(id), fields TEXT NOT NULL, reason TEXT, status TEXT NOT NULL DEFAULT 'pending', "
    "decided_by TEXT, decision_reason TEXT, created_at TEXT NOT NULL, decided_at TEXT)",
    "CREATE INDEX profile_requests_member ON profile_requests(member_id)",
    "CREATE TABLE feedback (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES "
    "organizations(id), member_id TEXT NOT NULL REFERENCES members(id), text TEXT NOT NULL, "
    "reply_to TEXT, created_at TEXT NOT NULL)",
    "CREATE TABLE mutation_results (device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL, status "
    "TEXT NOT NULL, error_code TEXT, error_message TEXT, PRIMARY KEY (device_id, mutation_id))",
};

// The tables whose spelling differs (auto-increment keys, binary columns), then their indexes.
constexpr const char *v2DomainSqlite[] = {
    "CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, txn TEXT NOT NULL, type TEXT NOT "
    "NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, org_id TEXT NOT NULL DEFAULT '', "
    "owner_member_id TEXT, UNIQUE (type, entity_id, org_id))",
    "CREATE TABLE blob_chunks (sha256 TEXT NOT NULL, seq INTEGER NOT NULL, bytes BLOB NOT NULL, "
    "PRIMARY KEY (sha256, seq))",
    "CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_user_id "
    "TEXT, actor_login TEXT, action TEXT NOT NULL, target_type TEXT, target_id TEXT, outcome TEXT "
    "NOT NULL, address TEXT, detail TEXT)",
    "CREATE INDEX changes_org ON changes(org_id, seq)",
    "CREATE INDEX changes_owner ON changes(owner_member_id, seq)",
    "CREATE INDEX audit_log_at ON audit_log(at)",
};

constexpr const char *v2DomainPostgres[] = {
    "CREATE TABLE changes (seq BIGSERIAL PRIMARY KEY, txn TEXT NOT NULL, type TEXT NOT NULL, "
    "entity_id TEXT NOT NULL, op TEXT NOT NULL, org_id TEXT NOT NULL DEFAULT '', owner_member_id "
    "TEXT, UNIQUE (type, entity_id, org_id))",
    "CREATE TABLE blob_chunks (sha256 TEXT NOT NULL, seq INTEGER NOT NULL, bytes BYTEA NOT NULL, "
    "PRIMARY KEY (sha256, seq))",
    "CREATE TABLE audit_log (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, actor_user_id TEXT, "
    "actor_login TEXT, action TEXT NOT NULL, target_type TEXT, target_id TEXT, outcome TEXT NOT "
    "NULL, address TEXT, detail TEXT)",
    "CREATE INDEX changes_org ON changes(org_id, seq)",
    "CREATE INDEX changes_owner ON changes(owner_member_id, seq)",
    "CREATE INDEX audit_log_at ON audit_log(at)",
};

// v3: which refresh token replaced a used one, so a retried refresh whose answer was lost
// is told apart from a stolen token.
constexpr const char *v3RefreshSuccessor[] = {
    "ALTER TABLE refresh_tokens ADD COLUMN replaced_by TEXT",
};

// v4: who holds each blob: a user who uploaded all its bytes, or who sent them
// all again when it was already there (proof of possession, `received` of `size` bytes so
// far, `intact` while every byte matched). Only a holder, or a user who sees a document
// referencing the blob, may read it or share it. The complete uploads recorded so far are
// held by their uploader.
constexpr const char *v4BlobHolders[] = {
    "CREATE TABLE blob_holders (sha256 TEXT NOT NULL, user_id TEXT NOT NULL, size BIGINT NOT "
    "NULL, received BIGINT NOT NULL DEFAULT 0, intact INTEGER NOT NULL DEFAULT 1, PRIMARY KEY "
    "(sha256, user_id))",
    "INSERT INTO blob_holders (sha256, user_id, size, received, intact) SELECT sha256, "
    "uploaded_by, size, size, 1 FROM blobs WHERE complete = 1 AND uploaded_by IS NOT NULL",
};

// v5: signed publications and publishing in the app (DESIGN.md 8.1, 8.2).
// - signers: a committee user's public key (signer.register), certified offline by the
//   province root (`signing certify`: valid_from/valid_until are YYYY-MM-DD, certificate the
//   root's base64 signature over the canonical signer bytes), or revoked (revoked_at, UTC ISO).
// - documents: who signed (signer_id) and the base64 signature over the canonical document
//   bytes; the reason given when a document is withdrawn.
// - document_drafts: the document fields, attachments as a JSON array of {name, sha256,
//   size, mime}, and the approval state.
// - org_settings: an organisation allowed to publish with one person (`org set-approval`).
constexpr const char *v5Publishing[] = {
    "CREATE TABLE signers (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES "
    "organizations(id), user_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT NULL, "
    "public_key TEXT NOT NULL UNIQUE, registered_at TEXT NOT NULL, valid_from TEXT, valid_until "
    "TEXT, certificate TEXT, certified_at TEXT, revoked_at TEXT, version BIGINT NOT NULL DEFAULT "
    "1)",
    "CREATE INDEX signers_org ON signers(org_id)",
    "CREATE INDEX signers_user ON signers(user_id)",
    "ALTER TABLE documents ADD COLUMN signer_id TEXT",
    "ALTER TABLE documents ADD COLUMN signature TEXT",
    "ALTER TABLE documents ADD COLUMN withdraw_reason TEXT",
    "CREATE TABLE document_drafts (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES "
    "organizations(id), audience_org_id TEXT NOT NULL REFERENCES organizations(id), kind TEXT NOT "
    "NULL, number TEXT, title TEXT NOT NULL, issued_date TEXT, issuer TEXT, summary TEXT, body "
    "TEXT, classification TEXT NOT NULL, meeting_id TEXT, attachments TEXT NOT NULL DEFAULT '[]', "
    "status TEXT NOT NULL, author_id TEXT NOT NULL REFERENCES users(id), approver_id TEXT, "
    "return_reason TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version BIGINT NOT "
    "NULL DEFAULT 1)",
    "CREATE INDEX document_drafts_org ON document_drafts(org_id)",
    "CREATE TABLE org_settings (org_id TEXT PRIMARY KEY REFERENCES organizations(id), "
    "single_person_approval INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL)",
};

// v6: studying a resolution (DESIGN.md 8.3).
// - studies: what a committee or a secretary asked its audience to study. document_ids is a
//   JSON array of document ids; quiz is the JSON array as assigned, WITH each question's
//   "answer" (the index of the right choice): it never leaves the server (the study row
//   serialises it without the answers). due_date is YYYY-MM-DD; status open or closed.
// - study_submissions: one per study and member (a re-submission replaces it); answers is
//   the JSON object {question id: choice index} as sent; score and total are the server's
//   scoring (NULL without a quiz); late is 1 when submitted after the due date; org_id is the
//   member's cell when the row was last written (whose secretary reviews it).
// - study_progress: the counts per study and organisation of the audience (every cell of
//   the audience and every level above it up to the assigner), rewritten in the same
//   transaction as each write that changes them; id is "<study id>:<org id>".
constexpr const char *v6Studies[] = {
    "CREATE TABLE studies (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES "
    "organizations(id), audience_org_id TEXT NOT NULL REFERENCES organizations(id), title TEXT "
    "NOT NULL, instructions TEXT, document_ids TEXT NOT NULL DEFAULT '[]', due_date TEXT NOT "
    "NULL, reflection_required INTEGER NOT NULL DEFAULT 1, quiz TEXT NOT NULL DEFAULT '[]', "
    "status TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT "
    "NULL, closed_at TEXT, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX studies_audience ON studies(audience_org_id)",
    "CREATE TABLE study_submissions (id TEXT PRIMARY KEY, study_id TEXT NOT NULL REFERENCES "
    "studies(id), member_id TEXT NOT NULL REFERENCES members(id), org_id TEXT NOT NULL, "
    "reflection TEXT NOT NULL DEFAULT '', answers TEXT NOT NULL DEFAULT '{}', score INTEGER, "
    "total INTEGER, late INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, comment TEXT, "
    "submitted_at TEXT NOT NULL, reviewed_at TEXT, reviewed_by TEXT, version BIGINT NOT NULL "
    "DEFAULT 1, UNIQUE (study_id, member_id))",
    "CREATE INDEX study_submissions_org ON study_submissions(org_id, study_id)",
    "CREATE TABLE study_progress (id TEXT PRIMARY KEY, study_id TEXT NOT NULL REFERENCES "
    "studies(id), org_id TEXT NOT NULL REFERENCES organizations(id), members INTEGER NOT NULL "
    "DEFAULT 0, submitted INTEGER NOT NULL DEFAULT 0, accepted INTEGER NOT NULL DEFAULT 0, "
    "returned INTEGER NOT NULL DEFAULT 0, late INTEGER NOT NULL DEFAULT 0, average_score REAL, "
    "updated_at TEXT NOT NULL, version BIGINT NOT NULL DEFAULT 1, UNIQUE (study_id, org_id))",
    "CREATE INDEX study_progress_org ON study_progress(org_id)",
};

// v7: whose authentication changed, for the token caches of the serving processes (DESIGN.md
// 8.7, issue 19; db/changewatcher.h). Triggers add a row naming the user when an access token
// is deleted or replaced (sign-out, refresh, password change), a device is revoked or
// deleted, or a user's role, organisation, scope, login, member, password, disabled or
// must_change_password changes, or the user is deleted. devices.last_seen_at (written once a
// minute by the authenticator) adds nothing. Each watcher reads the rows with id > the last
// it saw; rows older than an hour are pruned by the watchers (ChangeWatcher::prune), far
// longer than any watcher goes between reads. On PostgreSQL the triggers also NOTIFY:
// handbook_auth (empty payload) and, once per INSERT statement into changes, handbook_changes
// with the newest sequence (identical payloads in one transaction are folded).
constexpr const char *v7AuthChangesSqlite[] = {
    "CREATE TABLE auth_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, "
    "changed_at TEXT)",
    "CREATE TRIGGER auth_changes_token_delete AFTER DELETE ON access_tokens BEGIN INSERT INTO "
    "auth_changes (user_id, changed_at) VALUES (OLD.user_id, strftime('%Y-%m-%dT%H:%M:%SZ', "
    "'now')); END",
    "CREATE TRIGGER auth_changes_token_update AFTER UPDATE ON access_tokens BEGIN INSERT INTO "
    "auth_changes (user_id, changed_at) VALUES (OLD.user_id, strftime('%Y-%m-%dT%H:%M:%SZ', "
    "'now')); END",
    "CREATE TRIGGER auth_changes_device_revoke AFTER UPDATE OF revoked_at ON devices WHEN "
    "NEW.revoked_at IS NOT OLD.revoked_at BEGIN INSERT INTO auth_changes (user_id, changed_at) "
    "VALUES (OLD.user_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END",
    "CREATE TRIGGER auth_changes_device_delete AFTER DELETE ON devices BEGIN INSERT INTO "
    "auth_changes (user_id, changed_at) VALUES (OLD.user_id, strftime('%Y-%m-%dT%H:%M:%SZ', "
    "'now')); END",
    "CREATE TRIGGER auth_changes_user_update AFTER UPDATE ON users WHEN OLD.role IS NOT NEW.role "
    "OR OLD.org_id IS NOT NEW.org_id OR OLD.scope_generation IS NOT NEW.scope_generation OR "
    "OLD.disabled IS NOT NEW.disabled OR OLD.must_change_password IS NOT NEW.must_change_password "
    "OR OLD.password_hash IS NOT NEW.password_hash OR OLD.member_id IS NOT NEW.member_id OR "
    "OLD.login IS NOT NEW.login BEGIN INSERT INTO auth_changes (user_id, changed_at) VALUES "
    "(OLD.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END",
    "CREATE TRIGGER auth_changes_user_delete AFTER DELETE ON users BEGIN INSERT INTO "
    "auth_changes (user_id, changed_at) VALUES (OLD.id, strftime('%Y-%m-%dT%H:%M:%SZ', "
    "'now')); END",
};

constexpr const char *v7AuthChangesPostgres[] = {
    "CREATE TABLE auth_changes (id BIGSERIAL PRIMARY KEY, user_id TEXT NOT NULL, changed_at "
    "TEXT)",
    // The user of the row (users.id, or user_id of a token or device), recorded and announced.
    "CREATE FUNCTION handbook_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE affected TEXT; BEGIN "
    "IF TG_TABLE_NAME = 'users' THEN affected := OLD.id; ELSE affected := OLD.user_id; END IF; "
    "INSERT INTO auth_changes (user_id, changed_at) VALUES (affected, "
    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')); "
    "PERFORM pg_notify('handbook_auth', ''); RETURN NULL; END $$",
    "CREATE TRIGGER auth_changes_token AFTER DELETE OR UPDATE ON access_tokens FOR EACH ROW "
    "EXECUTE FUNCTION handbook_auth_changed()",
    "CREATE TRIGGER auth_changes_device_revoke AFTER UPDATE OF revoked_at ON devices FOR EACH "
    "ROW WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) EXECUTE FUNCTION "
    "handbook_auth_changed()",
    "CREATE TRIGGER auth_changes_device_delete AFTER DELETE ON devices FOR EACH ROW EXECUTE "
    "FUNCTION handbook_auth_changed()",
    "CREATE TRIGGER auth_changes_user_update AFTER UPDATE ON users FOR EACH ROW WHEN (OLD.role "
    "IS DISTINCT FROM NEW.role OR OLD.org_id IS DISTINCT FROM NEW.org_id OR "
    "OLD.scope_generation IS DISTINCT FROM NEW.scope_generation OR OLD.disabled IS DISTINCT "
    "FROM NEW.disabled OR OLD.must_change_password IS DISTINCT FROM NEW.must_change_password OR "
    "OLD.password_hash IS DISTINCT FROM NEW.password_hash OR OLD.member_id IS DISTINCT FROM "
    "NEW.member_id OR OLD.login IS DISTINCT FROM NEW.login) EXECUTE FUNCTION "
    "handbook_auth_changed()",
    "CREATE TRIGGER auth_changes_user_delete AFTER DELETE ON users FOR EACH ROW EXECUTE "
    "FUNCTION handbook_auth_changed()",
    // The newest sequence after each INSERT statement into the change log: the writers hold
    // an advisory lock, so it is this transaction's newest, delivered at its commit.
    "CREATE FUNCTION handbook_changes_committed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "PERFORM pg_notify('handbook_changes', (SELECT MAX(seq) FROM changes)::text); RETURN NULL; "
    "END $$",
    "CREATE TRIGGER changes_notify AFTER INSERT ON changes FOR EACH STATEMENT EXECUTE FUNCTION "
    "handbook_changes_committed()",
};

// v8: oversight, accounts and transfers (DESIGN.md 8.4, issue 20).
// - org_stats: one row per organisation and month ("<org id>:<yyyy-mm>"), the figures of its
//   whole subtree, written by the server's own statistics refresh (never from a client);
//   cells and cells_met (cells with a meeting held that month), accounts (members with an
//   account) and transfers_pending are additions to the contract's fields.
// - device_days: the days on which each device was seen (one row per device and UTC day,
//   written with last_seen_at when the day changes), so that "active devices" of a past month
//   can be counted; last_seen_at alone only tells the latest.
// - member_transfers: chuyển sinh hoạt đảng, requested by the committee above the member's
//   cell and decided by the committee above the receiving cell. At most one pending transfer
//   per member (the partial unique index).
// - notifications to a committee: addressed to its organisation (org_id, member_id NULL) and
//   pulled by each committee account of that organisation. SQLite cannot drop a NOT NULL, so
//   its table is rebuilt; PostgreSQL alters it.
constexpr const char *v8Oversight[] = {
    "CREATE TABLE org_stats (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES "
    "organizations(id), month TEXT NOT NULL, cells INTEGER NOT NULL DEFAULT 0, cells_met INTEGER "
    "NOT NULL DEFAULT 0, members INTEGER NOT NULL DEFAULT 0, accounts INTEGER NOT NULL DEFAULT 0, "
    "active_devices INTEGER NOT NULL DEFAULT 0, meetings_held INTEGER NOT NULL DEFAULT 0, "
    "attendance_rate REAL, documents_published INTEGER NOT NULL DEFAULT 0, read_rate REAL, "
    "studies_open INTEGER NOT NULL DEFAULT 0, study_completion REAL, profile_requests_pending "
    "INTEGER NOT NULL DEFAULT 0, transfers_pending INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT "
    "NULL, version BIGINT NOT NULL DEFAULT 1, UNIQUE (org_id, month))",
    "CREATE INDEX org_stats_month ON org_stats(month)",
    "CREATE TABLE device_days (device_id TEXT NOT NULL REFERENCES devices(id), day TEXT NOT NULL, "
    "PRIMARY KEY (device_id, day))",
    "CREATE INDEX device_days_day ON device_days(day)",
    "CREATE TABLE member_transfers (id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES "
    "members(id), from_org_id TEXT NOT NULL REFERENCES organizations(id), to_org_id TEXT NOT NULL "
    "REFERENCES organizations(id), reason TEXT NOT NULL, status TEXT NOT NULL, requested_by TEXT "
    "NOT NULL REFERENCES users(id), requested_at TEXT NOT NULL, decided_by TEXT REFERENCES "
    "users(id), decided_at TEXT, decision_reason TEXT, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX member_transfers_member ON member_transfers(member_id)",
    "CREATE UNIQUE INDEX member_transfers_open ON member_transfers(member_id) WHERE status = "
    "'pending'",
};

constexpr const char *v8NotificationsSqlite[] = {
    "CREATE TABLE notifications_v8 (id TEXT PRIMARY KEY, member_id TEXT REFERENCES members(id), "
    "org_id TEXT REFERENCES organizations(id), kind TEXT NOT NULL, title TEXT NOT NULL, body "
    "TEXT, ref_type TEXT, ref_id TEXT, created_at TEXT NOT NULL, CHECK (member_id IS NOT NULL OR "
    "org_id IS NOT NULL))",
    "INSERT INTO notifications_v8 (id, member_id, kind, title, body, ref_type, ref_id, "
    "created_at) SELECT id, member_id, kind, title, body, ref_type, ref_id, created_at FROM "
    "notifications",
    "DROP TABLE notifications",
    "ALTER TABLE notifications_v8 RENAME TO notifications",
    "CREATE INDEX notifications_member ON notifications(member_id)",
    "CREATE INDEX notifications_org ON notifications(org_id)",
};

constexpr const char *v8NotificationsPostgres[] = {
    "ALTER TABLE notifications ALTER COLUMN member_id DROP NOT NULL",
    "ALTER TABLE notifications ADD COLUMN org_id TEXT REFERENCES organizations(id)",
    "ALTER TABLE notifications ADD CONSTRAINT notifications_addressed CHECK (member_id IS NOT NULL "
    "OR org_id IS NOT NULL)",
    "CREATE INDEX notifications_org ON notifications(org_id)",
};

// v9: the accounts of an organisation by role. A push that notifies (a feedback post to the
// cell's secretaries, CellNotifier) looked them up with a scan of every user, inside the
// writers' lock (WriteTransaction): 11,000 users took milliseconds per push in the load test.
constexpr const char *v9UsersByOrg[] = {
    "CREATE INDEX users_org_role ON users(org_id, role)",
};

// v10: meeting outcomes (DESIGN.md 8.5, issue 21).
// - meetings: the minutes (biên bản) with their attachments, who published them and when, and
//   when the meeting ended (meeting.end or the minutes).
// - meeting_comments: the cell's comments before and during a meeting.
// - votes: a vote's question, choices (JSON array), whether it is secret, its status, the
//   number of ballots cast and, once closed, its tally (JSON).
// - vote_casts: who cast a ballot in a vote (one row per member, the `vote_cast` row pulled by
//   that member). For an open vote it holds the choice; for a secret vote `choice` stays NULL.
// - secret_ballots: a secret vote's ballots, keyed by the SHA-256 of a random ballot key only
//   the member's device knows (the device sends it again to change its ballot), with no member,
//   no time and no row order of their own (SQLite: WITHOUT ROWID, ordered by the hash). They are
//   counted into votes.tally and deleted when the vote closes.
constexpr const char *v10MeetingOutcomes[] = {
    "ALTER TABLE meetings ADD COLUMN minutes TEXT",
    "ALTER TABLE meetings ADD COLUMN minutes_attachments TEXT",
    "ALTER TABLE meetings ADD COLUMN minutes_by TEXT",
    "ALTER TABLE meetings ADD COLUMN minutes_at TEXT",
    "ALTER TABLE meetings ADD COLUMN ended_at TEXT",
    "CREATE TABLE meeting_comments (id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES "
    "meetings(id), member_id TEXT NOT NULL REFERENCES members(id), text TEXT NOT NULL, reply_to "
    "TEXT, created_at TEXT NOT NULL, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX meeting_comments_meeting ON meeting_comments(meeting_id, created_at)",
    "CREATE TABLE votes (id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES meetings(id), "
    "question TEXT NOT NULL, choices TEXT NOT NULL, secret INTEGER NOT NULL, status TEXT NOT NULL, "
    "ballots INTEGER NOT NULL DEFAULT 0, tally TEXT, opened_by TEXT REFERENCES users(id), "
    "opened_at TEXT NOT NULL, closed_at TEXT, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX votes_meeting ON votes(meeting_id)",
    "CREATE TABLE vote_casts (id TEXT PRIMARY KEY, vote_id TEXT NOT NULL REFERENCES votes(id), "
    "member_id TEXT NOT NULL REFERENCES members(id), choice TEXT, cast_at TEXT NOT NULL, version "
    "BIGINT NOT NULL DEFAULT 1, UNIQUE (vote_id, member_id))",
};

constexpr const char *v10SecretBallotsSqlite[] = {
    "CREATE TABLE secret_ballots (vote_id TEXT NOT NULL REFERENCES votes(id), ballot_hash TEXT NOT "
    "NULL, choice TEXT NOT NULL, PRIMARY KEY (vote_id, ballot_hash)) WITHOUT ROWID",
};

constexpr const char *v10SecretBallotsPostgres[] = {
    "CREATE TABLE secret_ballots (vote_id TEXT NOT NULL REFERENCES votes(id), ballot_hash TEXT NOT "
    "NULL, choice TEXT NOT NULL, PRIMARY KEY (vote_id, ballot_hash))",
};

// v11: committee accounts pull every organisation of the province (the receiving cell of a
// transfer may be anywhere in it; ChangeVisibility's Relation::Everywhere). A committee device
// already synced is past those rows in the change log: a new scope generation makes its next
// pull start again from the beginning, as `member move` does.
constexpr const char *v11CommitteesSeeEveryOrganization[] = {
    "UPDATE users SET scope_generation = scope_generation + 1 WHERE role IN ('committee', "
    "'admin')",
};

// v12: the annual review (DESIGN.md 8.6, issue 22).
// - review_cycles: a year's review for an audience (an organisation and everything below it),
//   opened by a committee user (opener_org_id: their organisation, which may also decide), with
//   its two due dates, open until review.cycle.close.
// - self_reviews: one per member and cycle (the bản kiểm điểm): the whole text, its sections
//   (JSON array of strings, the form's parts), the member's own rating; the cell's proposal
//   (rating, comment, the secretary's user, when); the committee's decision (final). org_id is
//   the member's cell when they submitted.
// - review_summaries: per cycle and organisation (the cell and every level above it up to the
//   audience), the members counted, the self-reviews submitted and the counts per rating
//   proposed and decided; kept current in the transaction that changes a self-review.
constexpr const char *v12Review[] = {
    "CREATE TABLE review_cycles (id TEXT PRIMARY KEY, year INTEGER NOT NULL, audience_org_id "
    "TEXT NOT NULL REFERENCES organizations(id), opener_org_id TEXT NOT NULL REFERENCES "
    "organizations(id), opened_by TEXT NOT NULL REFERENCES users(id), self_review_due TEXT NOT "
    "NULL, decision_due TEXT NOT NULL, status TEXT NOT NULL, opened_at TEXT NOT NULL, closed_at "
    "TEXT, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX review_cycles_audience ON review_cycles(audience_org_id, year)",
    "CREATE TABLE self_reviews (id TEXT PRIMARY KEY, cycle_id TEXT NOT NULL REFERENCES "
    "review_cycles(id), member_id TEXT NOT NULL REFERENCES members(id), org_id TEXT NOT NULL "
    "REFERENCES organizations(id), text TEXT NOT NULL, sections TEXT NOT NULL DEFAULT '[]', "
    "self_rating TEXT NOT NULL, status TEXT NOT NULL, submitted_at TEXT NOT NULL, updated_at "
    "TEXT NOT NULL, proposed_rating TEXT, proposal_comment TEXT, proposed_by TEXT REFERENCES "
    "users(id), proposed_at TEXT, decided_rating TEXT, decision_comment TEXT, decided_by TEXT "
    "REFERENCES users(id), decided_at TEXT, version BIGINT NOT NULL DEFAULT 1, UNIQUE "
    "(cycle_id, member_id))",
    "CREATE INDEX self_reviews_org ON self_reviews(org_id, cycle_id)",
    "CREATE TABLE review_summaries (id TEXT PRIMARY KEY, cycle_id TEXT NOT NULL REFERENCES "
    "review_cycles(id), org_id TEXT NOT NULL REFERENCES organizations(id), members INTEGER NOT "
    "NULL DEFAULT 0, submitted INTEGER NOT NULL DEFAULT 0, proposed_excellent INTEGER NOT NULL "
    "DEFAULT 0, proposed_good INTEGER NOT NULL DEFAULT 0, proposed_fulfilled INTEGER NOT NULL "
    "DEFAULT 0, proposed_not_fulfilled INTEGER NOT NULL DEFAULT 0, decided_excellent INTEGER NOT "
    "NULL DEFAULT 0, decided_good INTEGER NOT NULL DEFAULT 0, decided_fulfilled INTEGER NOT NULL "
    "DEFAULT 0, decided_not_fulfilled INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, "
    "version BIGINT NOT NULL DEFAULT 1, UNIQUE (cycle_id, org_id))",
    "CREATE INDEX review_summaries_org ON review_summaries(org_id)",
};

// v13: the meeting room's statements (DESIGN.md 8.8, issue 23): one row per signed check-in
// or ballot pushed (by the member's device or the secretary's that received it in the room),
// with the digest of its canonical bytes and signature, so that the other device's push of the
// same statement changes nothing, another statement under its id is refused, and one member
// has at most one check-in per meeting and one ballot per vote. `held` keeps the statement
// (JSON) of a ballot whose vote the server does not know yet, until vote.open creates it;
// NULL after. `outcome` is null while held, then "applied" or the refusal's code.
constexpr const char *v13RoomStatements[] = {
    "CREATE TABLE room_statements (id TEXT PRIMARY KEY, type TEXT NOT NULL, meeting_id TEXT NOT "
    "NULL, vote_id TEXT NOT NULL DEFAULT '', member_id TEXT NOT NULL, digest TEXT NOT NULL, held "
    "TEXT, received_at TEXT NOT NULL, applied_at TEXT, outcome TEXT, UNIQUE (meeting_id, type, "
    "vote_id, member_id))",
    "CREATE INDEX room_statements_held ON room_statements(vote_id, received_at) WHERE held IS "
    "NOT NULL",
};

// v14: a member's or a secretary's pull reads the change log one organisation of their
// ancestry at a time, for the types that organisation's rows show them (ChangeVisibility::
// branchesFor): this index finds exactly those rows from the cursor on.
constexpr const char *v14ChangesByOrgAndType[] = {
    "CREATE INDEX changes_org_type ON changes(org_id, type, seq)",
};

constexpr Migration steps[] = {
    { 1, "server_meta", v1ServerMeta, {}, {} },
    { 2, "domain", v2Domain, v2DomainSqlite, v2DomainPostgres },
    { 3, "refresh_successor", v3RefreshSuccessor, {}, {} },
    { 4, "blob_holders", v4BlobHolders, {}, {} },
    { 5, "publishing", v5Publishing, {}, {} },
    { 6, "studies", v6Studies, {}, {} },
    { 7, "auth_changes", {}, v7AuthChangesSqlite, v7AuthChangesPostgres },
    { 8, "oversight", v8Oversight, v8NotificationsSqlite, v8NotificationsPostgres },
    { 9, "users_by_org", v9UsersByOrg, {}, {} },
    { 10, "meeting_outcomes", v10MeetingOutcomes, v10SecretBallotsSqlite,
        v10SecretBallotsPostgres },
    { 11, "committee_organizations", v11CommitteesSeeEveryOrganization, {}, {} },
    { 12, "review", v12Review, {}, {} },
    { 13, "room_statements", v13RoomStatements, {}, {} },
    { 14, "changes_by_org_and_type", v14ChangesByOrgAndType, {}, {} },
};

constexpr bool strictlyIncreasingFromOne()
{
    for (std::size_t i = 0; i < std::size(steps); ++i) {
        if (steps[i].version != int(i) + 1
            || (steps[i].common.empty()
                && (steps[i].sqlite.empty() || steps[i].postgresql.empty())))
            return false;
    }
    return true;
}
static_assert(strictlyIncreasingFromOne(),
    "migration versions must be 1, 2, 3... in order, each with statements");

} // namespace

std::span<const Migration> SchemaMigrations::all()
{
    return steps;
}

int SchemaMigrations::latestVersion()
{
    return steps[std::size(steps) - 1].version;
}
