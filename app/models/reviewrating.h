// The annual review's ratings (DESIGN.md 8.6) in ONE place for every review screen: the wire
// values (Protocol::ReviewRating, best first) and their Vietnamese (translatable) names in
// full, "Hoàn thành xuất sắc nhiệm vụ" … "Không hoàn thành nhiệm vụ". C++ uses the static
// functions; QML the singleton `ReviewRating` (import Handbook):
//     ReviewRating.label(rating)          -> "Hoàn thành tốt nhiệm vụ"
//     ReviewRating.choices                -> [{rating, label}], best first (for pickers)
//     ReviewRating.excellent / good / fulfilled / notFulfilled  (the wire values)
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ReviewRating : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString excellent READ excellent CONSTANT)
    Q_PROPERTY(QString good READ good CONSTANT)
    Q_PROPERTY(QString fulfilled READ fulfilled CONSTANT)
    Q_PROPERTY(QString notFulfilled READ notFulfilled CONSTANT)
    // [{rating, label}] for the four ratings, best first.
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)

public:
    explicit ReviewRating(QObject *parent = nullptr)
        : QObject(parent)
    { }

    // The four wire values, best first.
    [[nodiscard]] static QStringList all();
    [[nodiscard]] static bool isValid(const QString &rating);
    // 0 for the best (excellent) … 3 for not_fulfilled; -1 for anything else.
    [[nodiscard]] static int rank(const QString &rating);
    // The full Vietnamese name ("Hoàn thành tốt nhiệm vụ"); "" for an empty or unknown value.
    [[nodiscard]] static QString name(const QString &rating);
    // The picker's choices: [{rating, label}], best first.
    [[nodiscard]] static QVariantList choiceList();

    // For QML.
    Q_INVOKABLE QString label(const QString &rating) const { return name(rating); }
    Q_INVOKABLE bool valid(const QString &rating) const { return isValid(rating); }
    [[nodiscard]] QString excellent() const;
    [[nodiscard]] QString good() const;
    [[nodiscard]] QString fulfilled() const;
    [[nodiscard]] QString notFulfilled() const;
    [[nodiscard]] QVariantList choices() const { return choiceList(); }
};
