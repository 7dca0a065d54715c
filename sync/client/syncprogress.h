// Counters of one sync run, for progress display and the `handbook sync` summary.
#pragma once

#include <QtGlobal>

struct SyncProgress
{
    int pages = 0; // pull pages applied
    int changes = 0; // changes in them
    int pushed = 0; // mutations the server consumed
    int rejected = 0; // ... of which it rejected
    int uploads = 0; // attachments uploaded
    qint64 bytesUp = 0;
    int blobsWanted = 0; // attachments to download this run
    int blobsDone = 0; // ... downloaded and verified
    qint64 bytesDown = 0; // body bytes received for blobs
};
