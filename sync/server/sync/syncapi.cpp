#include "sync/syncapi.h"

#include "auth/loginratelimiter.h"
#include "auth/requestauthenticator.h"
#include "auth/tokenstore.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "http/apiresponse.h"
#include "http/apiserver.h"
#include "http/clientaddress.h"
#include "http/serverlog.h"
#include "jsoncodec.h"
#include "mutationnames.h"
#include "mutations/accountmutations.h"
#include "mutations/annotationmutations.h"
#include "mutations/documentmutations.h"
#include "mutations/draftmutations.h"
#include "mutations/feedbackmutations.h"
#include "mutations/meetingmutations.h"
#include "mutations/meetingoutcomemutations.h"
#include "mutations/profilemutations.h"
#include "mutations/reviewmutations.h"
#include "mutations/roommutations.h"
#include "mutations/signermutations.h"
#include "mutations/studymutations.h"
#include "mutations/transfermutations.h"
#include "mutations/votemutations.h"
#include "protocol.h"
#include "pullquery.h"
#include "records/auditlog.h"
#include "sync/changefeed.h"
#include "sync/entityserializer.h"
#include "sync/livepulls.h"
#include "sync/pushprocessor.h"
#include "sync/visibility.h"
#include "wirevalues.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

using Status = ApiResponse::Status;

QHttpServerResponse badRequest(const QString &message)
{
    return ApiResponse::error(Status::BadRequest, Protocol::ErrorCode::BadRequest, message);
}

QHttpServerResponse internalError()
{
    return ApiResponse::error(Status::InternalServerError, Protocol::ErrorCode::InternalError,
        u"the server could not complete the request"_s);
}

// The hash of the bearer token of an authenticated request, to check it again while the pull
// is held (the token itself is not kept).
QString bearerTokenHash(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    return TokenStore::hash(QString::fromLatin1(header.mid(space + 1).trimmed()));
}

void answerNow(QHttpServerResponse &&response, QHttpServerResponder &&responder)
{
    qCDebug(lcHttp).noquote() << "GET" << QString(Protocol::Path::SyncPull)
                              << int(response.statusCode());
    response.write(std::move(responder));
}

} // namespace

SyncApi::~SyncApi() = default;

SyncApi::SyncApi(ServerDatabase &database)
    : m_database(database)
{
    DocumentMutations::addTo(m_mutations);
    AnnotationMutations::addTo(m_mutations);
    MeetingMutations::addTo(m_mutations);
    FeedbackMutations::addTo(m_mutations);
    ProfileMutations::addTo(m_mutations);
    DraftMutations::addTo(m_mutations);
    SignerMutations::addTo(m_mutations);
    StudyMutations::addTo(m_mutations);
    AccountMutations::addTo(m_mutations);
    TransferMutations::addTo(m_mutations);
    MeetingOutcomeMutations::addTo(m_mutations);
    VoteMutations::addTo(m_mutations);
    ReviewMutations::addTo(m_mutations);
    RoomMutations::addTo(m_mutations);
}

void SyncApi::registerRoutes(ApiServer &server)
{
    m_server = &server;
    server.addRoute(Protocol::Path::SyncPull, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            pull(request, std::move(responder));
        });

    server.addRoute(Protocol::Path::SyncPush, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto auth = RequestAuthenticator(m_database).authenticate(request);
            if (auto *response = std::get_if<QHttpServerResponse>(&auth))
                return std::move(*response);
            const AuthenticatedUser user = std::get<AuthenticatedUser>(auth);
            QString error;
            const auto body = JsonCodec::parseObject(request.body(), &error);
            if (!body)
                return badRequest(error);
            const auto mutations = PushProcessor::parse(*body, user.deviceId, &error);
            if (!mutations)
                return badRequest(error);
            try {
                return ApiResponse::json(
                    PushProcessor(m_database, user, m_mutations).apply(*mutations));
            } catch (const DbError &) {
                qCWarning(lcServer) << "push failed in the database";
                return internalError();
            }
        });

    server.addRoute(QLatin1StringView("/v1/documents/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &id, const QHttpServerRequest &request) -> QHttpServerResponse {
            auto auth = RequestAuthenticator(m_database).authenticate(request);
            if (auto *response = std::get_if<QHttpServerResponse>(&auth))
                return std::move(*response);
            const AuthenticatedUser user = std::get<AuthenticatedUser>(auth);
            try {
                if (!Visibility(m_database.connection(), user).canSeeDocument(id)) {
                    // The same 404 either way; a document that exists is a denied request.
                    if (scalarSql(m_database.connection(),
                            u"SELECT 1 FROM documents WHERE id = ?"_s, { id })
                            .isValid()) {
                        WriteTransaction tx(m_database);
                        AuditLog::record(tx.db(),
                            AuditEntry { user.userId, user.login, u"document.get"_s,
                                QString(Protocol::RowType::Document), id, u"denied"_s,
                                LoginRateLimiter::addressKey(ClientAddress::of(request)), {} });
                        tx.commit();
                    }
                    return ApiResponse::error(
                        Status::NotFound, Protocol::ErrorCode::NotFound, u"no such document"_s);
                }
                // The full document, restricted ones included: shown, never stored by the client.
                const auto entity
                    = EntitySerializer(m_database.connection(), user).fullDocument(id);
                if (!entity)
                    return ApiResponse::error(
                        Status::NotFound, Protocol::ErrorCode::NotFound, u"no such document"_s);
                return ApiResponse::json(QJsonObject { { Protocol::Key::Document, entity->data } });
            } catch (const DbError &) {
                return internalError();
            }
        });
}

void SyncApi::pull(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    namespace Query = Protocol::PullQuery;
    qint64 newest = 0;
    auto auth = RequestAuthenticator(m_database).authenticate(request, &newest);
    if (auto *response = std::get_if<QHttpServerResponse>(&auth))
        return answerNow(std::move(*response), std::move(responder));
    const AuthenticatedUser user = std::get<AuthenticatedUser>(auth);
    // Parameters this route does not know are ignored, as they always were.
    const QUrlQuery query(request.url());
    std::optional<PullCursor> cursor;
    if (query.hasQueryItem(Query::Cursor)) {
        const QString text = query.queryItemValue(Query::Cursor);
        if (!text.isEmpty()) {
            cursor = PullCursor::decode(text);
            if (!cursor)
                return answerNow(
                    ApiResponse::error(Status::BadRequest, Protocol::SyncErrorCode::BadCursor,
                        u"the cursor is not one this server made"_s),
                    std::move(responder));
        }
    }
    int limit = ChangeFeed::kDefaultLimit;
    if (query.hasQueryItem(Query::Limit)) {
        bool ok = false;
        limit = query.queryItemValue(Query::Limit).toInt(&ok);
        if (!ok || limit < 1 || limit > ChangeFeed::kMaxLimit)
            return answerNow(badRequest(u"%1 must be an integer from 1 to %2"_s.arg(Query::Limit)
                                            .arg(ChangeFeed::kMaxLimit)),
                std::move(responder));
    }
    int wait = 0;
    if (query.hasQueryItem(Query::Wait)) {
        bool ok = false;
        wait = query.queryItemValue(Query::Wait).toInt(&ok);
        if (!ok || wait < 0 || wait > Query::MaxWaitSeconds)
            return answerNow(
                badRequest(u"%1 must be a whole number of seconds from 0 to %2"_s.arg(Query::Wait)
                               .arg(Query::MaxWaitSeconds)),
                std::move(responder));
    }
    QJsonObject page;
    try {
        page = ChangeFeed(m_database.connection(), user).page(cursor, limit, newest);
    } catch (const DbError &) {
        qCWarning(lcServer) << "pull failed in the database";
        return answerNow(internalError(), std::move(responder));
    }
    if (wait == 0 || ChangeFeed::carriesNews(page))
        return answerNow(ApiResponse::json(request, page), std::move(responder));
    // Nothing new: hold it (DESIGN.md 8.7) from the cursor the empty page carries.
    if (!m_livePulls) {
        const ServerLimits &limits = m_server->limits();
        m_livePulls = std::make_unique<LivePulls>(
            m_database, LivePulls::Caps { limits.maxLivePullsPerAddress, limits.maxLivePulls });
    }
    m_livePulls->hold(LivePulls::Pull { user, bearerTokenHash(request),
                          PullCursor::decode(page.value(Query::Cursor).toString()), limit,
                          request.value("Accept-Encoding"),
                          LoginRateLimiter::addressKey(ClientAddress::of(request)), wait },
        std::move(responder));
}
