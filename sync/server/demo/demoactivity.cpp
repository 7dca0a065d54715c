#include "demo/demoactivity.h"

#include "auth/passwordhasher.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demobulk.h"
#include "demo/demoprovince.h"
#include "demo/demorandom.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

constexpr int kVietnamOffsetSeconds = 7 * 3600;
// How far back the first accounts were made (the roll-out began a little over a year ago).
constexpr int kRolloutDays = 400;
// Percent of cells far behind the others; of devices no longer used (not seen for more than
// 30 days); of accounts whose phone was lost (revoked) and replaced; replaced without revoking.
constexpr int kLaggingCells = 8;
constexpr int kStopped = 9;
constexpr int kLost = 4;
constexpr int kReplaced = 6;

struct Phone
{
    QStringView name;
    QStringView platform;
};
constexpr Phone kPhones[] = {
    { u"Galaxy-A15", u"Android 14" },
    { u"Galaxy-A05s", u"Android 14" },
    { u"Redmi-Note-13", u"Android 14" },
    { u"Redmi-12C", u"Android 13" },
    { u"OPPO-A58", u"Android 13" },
    { u"vivo-Y17s", u"Android 13" },
    { u"realme-C55", u"Android 13" },
    { u"Nokia-C32", u"Android 13" },
    { u"iPhone", u"iOS 17.6" },
    { u"iPhone", u"iOS 18.1" },
};

struct Member
{
    QString id;
    QString cell;
    QString district; // the organisation right under the province
    QString name;
    bool secretary = false;
};

QList<Member> membersWithoutAccount(const QSqlDatabase &db, const QSet<QString> &skip)
{
    QList<Member> members;
    forEachRow(db,
        u"SELECT m.id, m.org_id, o.id, m.full_name, m.position FROM members m "
        "JOIN org_closure c ON c.descendant_id = m.org_id "
        "JOIN organizations o ON o.id = c.ancestor_id "
        "JOIN organizations p ON p.id = o.parent_id WHERE p.parent_id IS NULL "
        "ORDER BY m.org_id, m.id"_s,
        {}, [&](const QSqlQuery &query) {
            if (skip.contains(query.value(0).toString()))
                return;
            members.append(Member { query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString(), query.value(3).toString(),
                query.value(4).toString() == u"Bí thư chi bộ" });
        });
    return members;
}

// A login like those a committee gives: the name without diacritics and a number.
QString loginFor(const QString &name, int number)
{
    QString login;
    for (const QChar c : PasswordHasher::fold(name)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            login += c;
    }
    return login + u'.' + u"%1"_s.arg(number, 4, 10, QChar(u'0'));
}

QDateTime at(const QDate &day, int minuteOfDay)
{
    // minuteOfDay is Vietnam time.
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(minuteOfDay * 60 - kVietnamOffsetSeconds);
}

class Writer
{
public:
    Writer(WriteTransaction &transaction, const QDateTime &now, quint64 seed)
        : m_now(now)
        , m_today(now.toUTC().date())
        , m_random(seed)
        , m_users(transaction, u"users"_s,
              { u"id"_s, u"login"_s, u"password_hash"_s, u"member_id"_s, u"role"_s, u"org_id"_s,
                  u"must_change_password"_s, u"scope_generation"_s, u"disabled"_s,
                  u"created_at"_s })
        , m_devices(transaction, u"devices"_s,
              { u"id"_s, u"user_id"_s, u"name"_s, u"platform"_s, u"created_at"_s, u"last_seen_at"_s,
                  u"revoked_at"_s })
        , m_days(transaction, u"device_days"_s, { u"device_id"_s, u"day"_s })
        , m_changes(transaction)
    {
        m_devices.after(&m_users);
        m_days.after(&m_devices);
    }

    DemoActivity::Summary write(const QList<Member> &members)
    {
        QHash<QString, int> districtRate, cellRate;
        int number = 0;
        for (const Member &member : members) {
            if (!districtRate.contains(member.district))
                districtRate.insert(member.district, m_random.between(55, 90));
            if (!cellRate.contains(member.cell)) {
                const int usual = districtRate.value(member.district) + m_random.between(-8, 8);
                cellRate.insert(
                    member.cell, m_random.chance(kLaggingCells) ? m_random.between(15, 40) : usual);
            }
            ++number;
            if (!m_random.chance(cellRate.value(member.cell)) && !member.secretary)
                continue;
            account(member, number);
        }
        m_days.flush();
        m_changes.flush();
        return m_summary;
    }

private:
    void account(const Member &member, int number)
    {
        // Older accounts are more common: the roll-out went fastest at its start.
        const int daysBack
            = std::max(m_random.between(20, kRolloutDays), m_random.between(20, kRolloutDays));
        const QDate created = m_today.addDays(-daysBack);
        const QDateTime createdAt = at(created, m_random.between(8 * 60, 17 * 60));
        const QString user = DemoProvince::id(u"user", member.id);
        m_users.add(
            { user, loginFor(member.name, number), QString(DemoActivity::NoPassword), member.id,
                QString(member.secretary ? Protocol::Role::Secretary : Protocol::Role::Member),
                member.cell, 0, 1, 0, Timestamps::toIso(createdAt) });
        ++m_summary.accounts;

        // Days a month this member opens the handbook.
        const int habit = m_random.between(2, 14);
        QDate end = m_today;
        QDate revoked;
        QDate next;
        if (m_random.chance(kStopped) && daysBack > 60) {
            end = m_today.addDays(-m_random.between(31, daysBack - 20));
        } else if (m_random.chance(kLost + kReplaced) && daysBack > 40) {
            end = m_today.addDays(-m_random.between(5, daysBack - 30));
            next = end.addDays(m_random.between(1, 3));
            if (m_random.chance(kLost * 100 / (kLost + kReplaced)))
                revoked = next;
        }
        device(member, user, 1, created, end, habit, revoked);
        if (next.isValid() && next <= m_today)
            device(member, user, 2, next, m_today, habit, {});
    }

    void device(const Member &member, const QString &user, int index, const QDate &from,
        const QDate &to, int habit, const QDate &revoked)
    {
        const Phone &phone = m_random.pick(std::span<const Phone>(kPhones));
        const QString id = DemoProvince::id(RowType::Device, u"%1:%2"_s.arg(member.id).arg(index));
        QList<QDate> days { from };
        for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
            if (m_random.below(30) < habit)
                days << day;
        }
        // A phone in use was seen in its last week.
        const QDate recent = to.addDays(-m_random.between(0, 6));
        if (days.constLast() < recent && recent > from)
            days << recent;
        const QDate last = days.constLast();
        QDateTime lastSeen = at(last, m_random.between(6 * 60, 22 * 60));
        lastSeen = std::clamp(lastSeen, QDateTime(last, QTime(0, 0), Qt::UTC),
            std::min(m_now, QDateTime(last, QTime(23, 59), Qt::UTC)));
        const QDateTime createdAt = std::min(QDateTime(from, QTime(1, 0), Qt::UTC), lastSeen);
        m_devices.add({ id, user, phone.name.toString(), phone.platform.toString(),
            Timestamps::toIso(createdAt), Timestamps::toIso(lastSeen),
            revoked.isValid() ? QVariant(Timestamps::toIso(std::min(m_now, at(revoked, 20 * 60))))
                              : sqlNull() });
        for (const QDate &day : std::as_const(days)) // after their device (a foreign key)
            m_days.add({ id, day.toString(Qt::ISODate) });
        m_changes.put(RowType::Device, id, member.cell, member.id);
        ++m_summary.devices;
        m_summary.deviceDays += int(days.size());
    }

    QDateTime m_now;
    QDate m_today; // UTC, as device_days
    DemoRandom m_random;
    DemoBulk m_users;
    DemoBulk m_devices;
    DemoBulk m_days;
    DemoChangeLog m_changes;
    DemoActivity::Summary m_summary;
};

} // namespace

DemoActivity::Summary DemoActivity::store(WriteTransaction &transaction, const QDateTime &now,
    quint64 seed, const QSet<QString> &skipMembers)
{
    return Writer(transaction, now, seed)
        .write(membersWithoutAccount(transaction.db(), skipMembers));
}
