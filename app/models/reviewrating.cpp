#include "reviewrating.h"

#include "wirevalues.h"

#include <QCoreApplication>
#include <QVariantMap>

using namespace Qt::StringLiterals;
namespace Rating = Protocol::ReviewRating;

QStringList ReviewRating::all()
{
    return { QString(Rating::Excellent), QString(Rating::Good), QString(Rating::Fulfilled),
        QString(Rating::NotFulfilled) };
}

bool ReviewRating::isValid(const QString &rating)
{
    return rank(rating) >= 0;
}

int ReviewRating::rank(const QString &rating)
{
    if (rating == Rating::Excellent)
        return 0;
    if (rating == Rating::Good)
        return 1;
    if (rating == Rating::Fulfilled)
        return 2;
    if (rating == Rating::NotFulfilled)
        return 3;
    return -1;
}

QString ReviewRating::name(const QString &rating)
{
    if (rating == Rating::Excellent)
        return QCoreApplication::translate("ReviewRating", "Hoàn thành xuất sắc nhiệm vụ");
    if (rating == Rating::Good)
        return QCoreApplication::translate("ReviewRating", "Hoàn thành tốt nhiệm vụ");
    if (rating == Rating::Fulfilled)
        return QCoreApplication::translate("ReviewRating", "Hoàn thành nhiệm vụ");
    if (rating == Rating::NotFulfilled)
        return QCoreApplication::translate("ReviewRating", "Không hoàn thành nhiệm vụ");
    return {};
}

QVariantList ReviewRating::choiceList()
{
    QVariantList result;
    for (const QString &rating : all())
        result.append(QVariantMap { { u"rating"_s, rating }, { u"label"_s, name(rating) } });
    return result;
}

QString ReviewRating::excellent() const
{
    return QString(Rating::Excellent);
}

QString ReviewRating::good() const
{
    return QString(Rating::Good);
}

QString ReviewRating::fulfilled() const
{
    return QString(Rating::Fulfilled);
}

QString ReviewRating::notFulfilled() const
{
    return QString(Rating::NotFulfilled);
}
