#include "http/responsecompression.h"

#include <QList>
#include <zlib.h>

namespace {

// zlib's fastest level: a pull page of Vietnamese JSON shrinks about 4 to 6 times at a few
// hundred MB/s, so the server spends little CPU on it; higher levels gain a few percent.
constexpr int kLevel = Z_BEST_SPEED;

// The q-value of one coding's parameters ("q=0.5"); 1 when absent, -1 when malformed.
double quality(const QList<QByteArray> &parameters)
{
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArray parameter = parameters.at(i).trimmed().toLower();
        if (!parameter.startsWith("q="))
            continue;
        bool ok = false;
        const double q = parameter.mid(2).toDouble(&ok);
        return ok && q >= 0 && q <= 1 ? q : -1;
    }
    return 1;
}

} // namespace

bool ResponseCompression::acceptsGzip(const QByteArray &acceptEncoding)
{
    double gzip = -1;
    double any = -1;
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parameters = item.split(';');
        const QByteArray coding = parameters.constFirst().trimmed().toLower();
        if (coding == "gzip" || coding == "x-gzip")
            gzip = std::max(gzip, quality(parameters));
        else if (coding == "*")
            any = quality(parameters);
    }
    // An explicit "gzip;q=0" refuses it even when "*" would accept it.
    return gzip >= 0 ? gzip > 0 : any > 0;
}

QByteArray ResponseCompression::gzip(const QByteArray &bytes)
{
    z_stream stream {};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, kLevel, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}
