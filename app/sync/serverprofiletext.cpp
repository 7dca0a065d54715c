#include "serverprofiletext.h"

using namespace Qt::StringLiterals;

namespace {
const QString kPinMarker = u"#pin-sha256="_s;
} // namespace

QString ServerProfileText::compose(const QString &server, const TlsProfile &profile)
{
    QStringList pins;
    for (const QByteArray &pin : profile.pins())
        pins << QString::fromLatin1(pin.toBase64());
    if (pins.isEmpty())
        return server;
    return server + kPinMarker + pins.join(u',');
}

ServerProfileText ServerProfileText::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype marker = trimmed.indexOf(kPinMarker);
    if (marker < 0)
        return { trimmed, {} };
    return { trimmed.left(marker).trimmed(),
        trimmed.mid(marker + kPinMarker.size()).split(u',', Qt::SkipEmptyParts) };
}
