// The errors the sync client reports, as ApiError values whose message is Vietnamese text
// for the user (the server's own messages are technical English except push rejections).
#pragma once

#include "apierror.h"
#include "httpresponse.h"
#include "protocol.h"

#include <QNetworkReply>

class SyncErrors
{
public:
    // Client-side codes besides those of Protocol::ErrorCode.
    static constexpr QLatin1StringView LocalStorage { "local_storage" };
    static constexpr QLatin1StringView SignedOut { "signed_out" };
    // The server's certificate is not one the account trusts (another CA, a pin mismatch).
    static constexpr QLatin1StringView TlsUntrusted { "tls_untrusted" };
    // The server answered with a redirect (never followed: it could lead to plain HTTP or
    // another host).
    static constexpr QLatin1StringView RedirectRefused { "redirect_refused" };
    // Server codes this class words specially: 403 until a temporary password is changed,
    // 400 for an argument the server does not know.
    static constexpr QLatin1StringView PasswordChangeRequired
        = Protocol::ErrorCode::PasswordChangeRequired;
    static constexpr QLatin1StringView InvalidArgs = Protocol::ErrorCode::InvalidArgs;

    // A failure below HTTP (no answer, cut off, TLS).
    [[nodiscard]] static ApiError transport(QNetworkReply::NetworkError error);
    // The error of an answer: its transport error, nothing for a complete 2xx, otherwise
    // the server's code with a Vietnamese message (bad_response when the body is no error).
    [[nodiscard]] static ApiError of(const HttpResponse &response);
    // The server answered something the client cannot use (`detail` is logged, not shown).
    [[nodiscard]] static ApiError badResponse(const QString &detail);
    // The vault refused a write or read.
    [[nodiscard]] static ApiError localStorage(const QString &detail);
    // There is no usable session: sign in again.
    [[nodiscard]] static ApiError signedOut();
    // The server's certificate is not trusted by the account's TLS profile.
    [[nodiscard]] static ApiError untrustedCertificate();
    // The server tried to redirect the client.
    [[nodiscard]] static ApiError redirectRefused();
    // A downloaded blob's bytes did not have its SHA-256.
    [[nodiscard]] static ApiError hashMismatch();
    // Vietnamese text for a code (`status` for the generic server messages).
    [[nodiscard]] static QString message(const QString &code, int status = 0);

    // Worth retrying later with backoff (network, server trouble, local trouble).
    [[nodiscard]] static bool isTransient(const ApiError &error);
    // The device seems offline (nothing reached the server).
    [[nodiscard]] static bool isOffline(const ApiError &error);
};
