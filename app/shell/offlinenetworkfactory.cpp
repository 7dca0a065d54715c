#include "offlinenetworkfactory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// Answers every request with an error, without opening a connection.
class OfflineNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *data) override
    {
        Q_UNUSED(request);
        // An empty URL has no scheme: the reply fails with ProtocolUnknownError at once.
        return QNetworkAccessManager::createRequest(operation, QNetworkRequest(QUrl()), data);
    }
};

} // namespace

QNetworkAccessManager *OfflineNetworkFactory::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}
