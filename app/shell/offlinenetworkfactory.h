// The QML engine's network access: none. The app reaches its server only through the sync
// client (TLS profile, pinning); QML loads its files from resources and its images from the
// app's own providers (image://pdfpage). A URL that reaches QML anyway (text rendered as
// markup, a source bound to data) gets an error reply instead of a connection.
#pragma once

#include <QQmlNetworkAccessManagerFactory>

class OfflineNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};
