#include "statisticsmodel.h"

#include "milestonemodel.h"
#include "vietnamesefold.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList kAgeBands { u"under30"_s, u"30"_s, u"40"_s, u"50"_s, u"60"_s, u"70plus"_s,
    u"unknown"_s };
const QStringList kEducationBands { u"postgraduate"_s, u"university"_s, u"college"_s,
    u"vocational"_s, u"general"_s, u"unknown"_s };

QString sectionLabel(const QString &section)
{
    if (section == u"gender")
        return StatisticsModel::tr("Giới tính");
    if (section == u"age")
        return StatisticsModel::tr("Độ tuổi");
    if (section == u"education")
        return StatisticsModel::tr("Trình độ chuyên môn");
    return StatisticsModel::tr("Dân tộc");
}

QString ageLabel(const QString &band)
{
    if (band == u"under30")
        return StatisticsModel::tr("Dưới 30 tuổi");
    if (band == u"70plus")
        return StatisticsModel::tr("Từ 70 tuổi trở lên");
    if (band == u"unknown")
        return StatisticsModel::tr("Chưa rõ");
    return StatisticsModel::tr("Từ %1 đến %2 tuổi").arg(band.toInt()).arg(band.toInt() + 9);
}

QString educationLabel(const QString &band)
{
    if (band == u"postgraduate")
        return StatisticsModel::tr("Sau đại học");
    if (band == u"university")
        return StatisticsModel::tr("Đại học");
    if (band == u"college")
        return StatisticsModel::tr("Cao đẳng");
    if (band == u"vocational")
        return StatisticsModel::tr("Trung cấp");
    if (band == u"general")
        return StatisticsModel::tr("Phổ thông");
    return StatisticsModel::tr("Chưa rõ");
}

} // namespace

StatisticsModel::StatisticsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SectionRole:
        return row.section;
    case SectionLabelRole:
        return sectionLabel(row.section);
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case CountRole:
        return row.count;
    case PercentRole:
        return m_total > 0 ? qRound(100.0 * row.count / m_total) : 0;
    case FirstInSectionRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).section != row.section;
    default:
        return {};
    }
}

QHash<int, QByteArray> StatisticsModel::roleNames() const
{
    return {
        { SectionRole, "section" },
        { SectionLabelRole, "sectionLabel" },
        { LabelRole, "label" },
        { CountRole, "count" },
        { PercentRole, "percent" },
        { FirstInSectionRole, "firstInSection" },
    };
}

QString StatisticsModel::educationBand(const QString &education)
{
    const QString text = VietnameseFold::fold(education);
    if (text.trimmed().isEmpty())
        return u"unknown"_s;
    const auto has = [&text](const char *words) { return text.contains(QLatin1StringView(words)); };
    if (has("tien si") || has("thac si") || has("sau dai hoc") || has("chuyen khoa"))
        return u"postgraduate"_s;
    if (has("dai hoc") || has("cu nhan") || has("ky su") || has("bac si") || has("duoc si"))
        return u"university"_s;
    if (has("cao dang"))
        return u"college"_s;
    if (has("trung cap"))
        return u"vocational"_s;
    return u"general"_s;
}

QString StatisticsModel::ageBand(const QDate &birth, const QDate &today)
{
    const int age = MilestoneModel::partyAge(birth, today); // full years, the same count
    if (age < 0)
        return u"unknown"_s;
    if (age < 30)
        return u"under30"_s;
    if (age >= 70)
        return u"70plus"_s;
    return QString::number(age / 10 * 10);
}

void StatisticsModel::setProfiles(const QList<QJsonObject> &profiles, const QDate &today)
{
    QHash<QString, int> gender;
    QHash<QString, int> age;
    QHash<QString, int> education;
    QHash<QString, int> ethnicity;
    for (const QJsonObject &profile : profiles) {
        const QString g = profile.value(u"gender"_s).toString();
        ++gender[g == u"Nam" || g == u"Nữ" ? g : QString()];
        ++age[ageBand(
            QDate::fromString(profile.value(u"birth_date"_s).toString(), Qt::ISODate), today)];
        ++education[educationBand(profile.value(u"education"_s).toString())];
        ++ethnicity[profile.value(u"ethnicity"_s).toString().trimmed()];
    }
    QList<Row> rows;
    for (const QString &key : { u"Nam"_s, u"Nữ"_s, QString() }) {
        if (gender.value(key) > 0)
            rows.append({ u"gender"_s,
                key.isEmpty()       ? tr("Chưa rõ")
                    : key == u"Nam" ? tr("Nam")
                                    : tr("Nữ"),
                gender.value(key) });
    }
    for (const QString &band : kAgeBands) {
        if (age.value(band) > 0)
            rows.append({ u"age"_s, ageLabel(band), age.value(band) });
    }
    for (const QString &band : kEducationBands) {
        if (education.value(band) > 0)
            rows.append({ u"education"_s, educationLabel(band), education.value(band) });
    }
    // Ethnic groups: the largest first, unknown last.
    QList<std::pair<QString, int>> groups;
    for (auto it = ethnicity.cbegin(); it != ethnicity.cend(); ++it) {
        if (!it.key().isEmpty())
            groups.append({ it.key(), it.value() });
    }
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto &[name, count] : groups)
        rows.append({ u"ethnicity"_s, name, count });
    if (ethnicity.value(QString()) > 0)
        rows.append({ u"ethnicity"_s, tr("Chưa rõ"), ethnicity.value(QString()) });

    beginResetModel();
    m_rows = rows;
    m_total = int(profiles.size());
    endResetModel();
    Q_EMIT countChanged();
}

int StatisticsModel::countOf(const QString &section, const QString &label) const
{
    for (const Row &row : m_rows) {
        if (row.section == section && row.label == label)
            return row.count;
    }
    return 0;
}
