// Reading and writing the server's database from a test (set-up and checks): prepared SQL with
// positional binds on a Qt SQL connection, as ServerProcess::openDatabase() gives it.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

class DatabaseProbe
{
public:
    // What a failing statement does: a warning (the call answers empty/null/false) or qFatal.
    enum class OnError { Warn, Fatal };

    explicit DatabaseProbe(QSqlDatabase db, OnError onError = OnError::Warn);

    // Every row of the answer, each as its column values.
    [[nodiscard]] QList<QVariantList> rows(
        const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row; null when there is no row.
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row; nullopt when there is no row.
    [[nodiscard]] std::optional<QVariant> first(
        const QString &sql, const QVariantList &binds = {}) const;
    // Runs a statement that answers no rows; false when it failed.
    bool exec(const QString &sql, const QVariantList &binds = {}) const;

private:
    QSqlDatabase m_db;
    OnError m_onError;
};
