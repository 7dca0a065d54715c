// The directory screen: the members on this device (a member sees the cell's directory:
// name and position; a secretary the cell's full profiles; a committee its subtree's), with
// diacritic-insensitive name search, and simple statistics of the full profiles (by gender,
// age band, education level, ethnicity) for those who see them.
#pragma once

#include "directorymodel.h"
#include "sessioncontroller.h"
#include "statisticsmodel.h"

#include <QDateTime>
#include <functional>

class DirectoryController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DirectoryModel *members READ members CONSTANT)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    // Full profiles and statistics are shown (secretaries, committees, administrators).
    Q_PROPERTY(bool seesProfiles READ seesProfiles NOTIFY directoryChanged)
    // The cell, or the committee's organisation.
    Q_PROPERTY(QString scopeName READ scopeName NOTIFY directoryChanged)
    Q_PROPERTY(StatisticsModel *statistics READ statistics CONSTANT)
    // Requests waiting for the user's review (a secretary's: the cell's; a committee's: those
    // of the secretaries of the cells directly below).
    Q_PROPERTY(int reviewCount READ reviewCount NOTIFY directoryChanged)

public:
    using Clock = std::function<QDateTime()>;

    explicit DirectoryController(QObject *parent = nullptr);

    [[nodiscard]] DirectoryModel *members() { return &m_members; }
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] bool seesProfiles() const { return m_seesProfiles; }
    [[nodiscard]] QString scopeName() const { return m_scopeName; }
    [[nodiscard]] StatisticsModel *statistics() { return &m_statistics; }
    [[nodiscard]] int reviewCount() const { return m_reviewCount; }

    // For tests: what "now" is (defaults to the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void searchTextChanged();
    void directoryChanged();

protected:
    void load(SqliteDatabase &db) override;
    // A long list with a search: it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    Clock m_clock;
    DirectoryModel m_members;
    StatisticsModel m_statistics;
    QString m_searchText;
    bool m_seesProfiles = false;
    QString m_scopeName;
    int m_reviewCount = 0;
};
