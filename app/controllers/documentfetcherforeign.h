// Names sync/client's DocumentFetcher in QML (that library knows nothing about QML), so a
// screen can bind `fetcher: ...` to the instance the app's composition gives it.
#pragma once

#include "documentfetcher.h"

#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

struct DocumentFetcherForeign
{
    Q_GADGET
    QML_FOREIGN(DocumentFetcher)
    QML_NAMED_ELEMENT(DocumentFetcher)
    QML_UNCREATABLE("The app creates the DocumentFetcher with the signed-in session.")
};
