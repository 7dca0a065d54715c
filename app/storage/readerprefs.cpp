#include "readerprefs.h"

#include "syncstate.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Kept as `reader.*` keys of the vault's local key-value table (sync_state), which no sync
// step reads, sends or replaces.
namespace {
const QString kTextScale = u"reader.text_scale"_s;
QString positionKey(const QString &documentId)
{
    return u"reader.position:"_s + documentId;
}
QString pdfPageKey(const QString &sha256)
{
    return u"reader.pdf_page:"_s + sha256.toLower();
}
} // namespace

ReaderPrefs::ReaderPrefs(SqliteDatabase &db)
    : m_db(db)
{ }

double ReaderPrefs::textScale()
{
    bool ok = false;
    const double scale = SyncState(m_db).value(kTextScale).toDouble(&ok);
    return ok && std::isfinite(scale) ? std::clamp(scale, kMinTextScale, kMaxTextScale)
                                      : kMinTextScale;
}

void ReaderPrefs::setTextScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    SyncState(m_db).setValue(
        kTextScale, QString::number(std::clamp(scale, kMinTextScale, kMaxTextScale), 'f', 2));
}

double ReaderPrefs::position(const QString &documentId)
{
    bool ok = false;
    const double fraction = SyncState(m_db).value(positionKey(documentId)).toDouble(&ok);
    return ok && std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
}

void ReaderPrefs::setPosition(const QString &documentId, double fraction)
{
    if (documentId.isEmpty() || !std::isfinite(fraction))
        return;
    SyncState(m_db).setValue(
        positionKey(documentId), QString::number(std::clamp(fraction, 0.0, 1.0), 'f', 4));
}

int ReaderPrefs::pdfPage(const QString &sha256)
{
    bool ok = false;
    const int page = SyncState(m_db).value(pdfPageKey(sha256)).toInt(&ok);
    return ok ? std::max(0, page) : 0;
}

void ReaderPrefs::setPdfPage(const QString &sha256, int page)
{
    if (sha256.isEmpty())
        return;
    SyncState(m_db).setValue(pdfPageKey(sha256), QString::number(std::max(0, page)));
}
