// Constants of wire protocol v1 (DESIGN.md section 5): paths, error codes, limits.
#pragma once

#include <QLatin1StringView>

namespace Protocol {

// Every route lives under this prefix.
inline constexpr QLatin1StringView ApiPrefix("/v1");

// Route paths, absolute from the server root.
namespace Path {
    inline constexpr QLatin1StringView Health("/v1/health");
    inline constexpr QLatin1StringView AuthLogin("/v1/auth/login");
    inline constexpr QLatin1StringView AuthRefresh("/v1/auth/refresh");
    inline constexpr QLatin1StringView AuthLogout("/v1/auth/logout");
    inline constexpr QLatin1StringView AuthPassword("/v1/auth/password");
    // Compatible extension: the signed-in user, {"user": {...}, "must_change_password"}.
    inline constexpr QLatin1StringView AuthMe("/v1/auth/me");
    // Compatible extension (DESIGN.md 8.8, issue 23): {"public_key"} -> a device certificate.
    inline constexpr QLatin1StringView AuthDeviceCertificate("/v1/auth/device-certificate");
    inline constexpr QLatin1StringView SyncPull("/v1/sync/pull");
    inline constexpr QLatin1StringView SyncPush("/v1/sync/push");
    // Followed by the blob's sha256 in lower-case hex.
    inline constexpr QLatin1StringView BlobsPrefix("/v1/blobs/");
} // namespace Path

// Machine codes carried in {"error": {"code": ...}}.
namespace ErrorCode {
    inline constexpr QLatin1StringView BadRequest("bad_request"); // 400
    inline constexpr QLatin1StringView InvalidCredentials("invalid_credentials"); // 401 on login
    inline constexpr QLatin1StringView Unauthenticated("unauthenticated"); // 401
    inline constexpr QLatin1StringView TokenExpired("token_expired"); // 401
    inline constexpr QLatin1StringView DeviceRevoked("device_revoked"); // 401, with "wipe"
    inline constexpr QLatin1StringView Forbidden("forbidden"); // 403
    inline constexpr QLatin1StringView NotFound("not_found"); // 404
    inline constexpr QLatin1StringView MethodNotAllowed("method_not_allowed"); // 405
    inline constexpr QLatin1StringView Conflict("conflict"); // 409
    inline constexpr QLatin1StringView PayloadTooLarge("payload_too_large"); // 413 (and 431)
    inline constexpr QLatin1StringView HashMismatch("hash_mismatch"); // 400: blob bytes vs sha256
    inline constexpr QLatin1StringView RangeNotSatisfiable("range_not_satisfiable"); // 416
    inline constexpr QLatin1StringView RequestTimeout("request_timeout"); // 408: request stalled
    inline constexpr QLatin1StringView WeakPassword("weak_password"); // 422 on a new password
    inline constexpr QLatin1StringView RateLimited("rate_limited"); // 429
    // 403 on everything but /v1/auth/password and /v1/auth/me until a temporary password is
    // changed.
    inline constexpr QLatin1StringView PasswordChangeRequired("password_change_required");
    inline constexpr QLatin1StringView InternalError("internal_error"); // 500
    inline constexpr QLatin1StringView Unavailable("unavailable"); // 503

    // Codes of a rejected mutation in a push result (WireMutationResult::errorCode), besides
    // forbidden, not_found and conflict above.
    inline constexpr QLatin1StringView InvalidArgs("invalid_args"); // an argument is wrong
    inline constexpr QLatin1StringView UnknownMutation("unknown_mutation"); // name not served
    inline constexpr QLatin1StringView MeetingClosed("meeting_closed"); // rsvp after the start
    inline constexpr QLatin1StringView StudyClosed("study_closed"); // study.submit after closing
    inline constexpr QLatin1StringView ForbiddenField("forbidden_field"); // not a contact field
    inline constexpr QLatin1StringView ServerError("server_error"); // the change was not stored

    // Client-side only: never sent by the server, produced when no usable answer arrived.
    inline constexpr QLatin1StringView NetworkUnreachable("network_unreachable");
    inline constexpr QLatin1StringView Timeout("timeout");
    inline constexpr QLatin1StringView TlsError("tls_error");
    inline constexpr QLatin1StringView BadResponse("bad_response");
} // namespace ErrorCode

// Values of HealthInfo::db.
namespace Backend {
    inline constexpr QLatin1StringView Sqlite("sqlite");
    inline constexpr QLatin1StringView PostgreSql("postgresql");
} // namespace Backend

// The meeting room (DESIGN.md 8.8, issue 23): JSON keys of the sign-in answer and of
// POST /v1/auth/device-certificate, and the room's local discovery port.
namespace Room {
    // Base64 Ed25519 public key of the server's room key (pinned with the account).
    inline constexpr QLatin1StringView RoomPublicKey("room_public_key");
    // The device's certificate, signed by the room key (DeviceCertificate).
    inline constexpr QLatin1StringView DeviceCertificate("device_certificate");
    // For a secretary: ids of her cell's revoked devices whose certificates may still be valid.
    inline constexpr QLatin1StringView RevokedDevices("revoked_devices");
    // The UDP port the secretary's device announces a meeting on (no secrets in it).
    inline constexpr quint16 DiscoveryPort = 45623;
    // Arguments of room.check_in and room.ballot: the signed statement and the member's
    // device certificate.
    inline constexpr QLatin1StringView Statement("statement");
    inline constexpr QLatin1StringView MemberCertificate("member_certificate");
    // The room's messages after the handshake ("type" of a RoomChannel frame; sync/room's
    // RoomSession). Member -> host: GetMeeting, GetBlob {sha256, offset}, Submit {statement}.
    // Host -> member: Package {changes, checked_in, voted}, BlobChunk {sha256, offset, size,
    // data}, BlobUnavailable {sha256, code}, Ack {id, refusal}, RoomClosed.
    namespace Message {
        inline constexpr QLatin1StringView GetMeeting("get_meeting");
        inline constexpr QLatin1StringView GetBlob("get_blob");
        inline constexpr QLatin1StringView Submit("submit");
        inline constexpr QLatin1StringView Package("package");
        inline constexpr QLatin1StringView BlobChunk("blob_chunk");
        inline constexpr QLatin1StringView Ack("ack");
        inline constexpr QLatin1StringView BlobUnavailable("blob_unavailable");
        inline constexpr QLatin1StringView RoomClosed("room_closed");
    } // namespace Message
} // namespace Room

// MIME type of every request and response body.
inline constexpr QLatin1StringView JsonMimeType("application/json");

} // namespace Protocol
