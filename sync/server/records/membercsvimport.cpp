#include "records/membercsvimport.h"

#include "db/sqlrunner.h"
#include "records/csvreader.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString normalisedGender(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"nam"_s || v == u"male"_s)
        return u"Nam"_s;
    if (v == u"nữ"_s || v == u"nu"_s || v == u"female"_s)
        return u"Nữ"_s;
    return {};
}

// A Vietnamese phone number as 10 digits starting with 0 (spaces, dots, dashes and a +84
// prefix allowed), or a null string.
QString normalisedPhone(QString value)
{
    value.remove(QRegularExpression(u"[ .\\-]"_s));
    if (value.startsWith(u"+84"_s))
        value = u"0"_s + value.mid(3);
    static const QRegularExpression tenDigits(u"^0[0-9]{9}$"_s);
    return tenDigits.match(value).hasMatch() ? value : QString();
}

} // namespace

const QStringList &MemberCsvImport::requiredColumns()
{
    static const QStringList columns { u"full_name"_s, u"org_id"_s, u"gender"_s, u"birth_date"_s };
    return columns;
}

void MemberCsvImport::error(int line, const QString &column, const QString &reason)
{
    m_errors << (column.isEmpty() ? u"line %1: %2"_s.arg(line).arg(reason)
                                  : u"line %1: %2: %3"_s.arg(line).arg(column, reason));
}

QString MemberCsvImport::errorLine() const
{
    QString text = m_errors.mid(0, ShownErrors).join(u"; "_s);
    if (m_errors.size() > ShownErrors)
        text += u" (and %1 more)"_s.arg(m_errors.size() - ShownErrors);
    return text;
}

bool MemberCsvImport::readHeader(const QStringList &header)
{
    const QStringList known = QStringList { u"id"_s, u"org_id"_s } + MemberProfile::fieldNames();
    for (const QString &raw : header) {
        const QString column = raw.trimmed();
        if (!known.contains(column))
            error(1, {}, u"unknown column \"%1\""_s.arg(column));
        else if (m_columns.contains(column))
            error(1, {}, u"column \"%1\" appears twice"_s.arg(column));
        m_columns << column;
    }
    for (const QString &column : requiredColumns()) {
        if (!m_columns.contains(column))
            error(1, {}, u"missing column \"%1\""_s.arg(column));
    }
    return m_errors.isEmpty();
}

bool MemberCsvImport::read(const QString &text, const QSqlDatabase &db)
{
    QString parseError;
    const auto records = CsvReader::parse(text, &parseError);
    if (!records) {
        m_errors << parseError;
        return false;
    }
    if (records->isEmpty()) {
        m_errors << u"line 1: missing header row"_s;
        return false;
    }
    QSqlQuery orgs = runSql(db, u"SELECT id, kind FROM organizations"_s);
    while (orgs.next())
        m_orgKinds.insert(orgs.value(0).toString(), orgs.value(1).toString());
    QSqlQuery existing = runSql(db, u"SELECT id, citizen_id FROM members"_s);
    while (existing.next()) {
        m_ids.insert(existing.value(0).toString(), 0);
        if (!existing.value(1).isNull())
            m_citizenIds.insert(existing.value(1).toString(), 0);
    }
    if (records->constFirst().line != 1) {
        m_errors << u"line 1: missing header row"_s;
        return false;
    }
    if (!readHeader(records->constFirst().fields))
        return false;
    for (const CsvRecord &record : records->mid(1))
        readRow(record.line, record.fields);
    return m_errors.isEmpty();
}

void MemberCsvImport::readRow(int line, const QStringList &fields)
{
    if (fields.size() != m_columns.size()) {
        error(line, {}, u"expected %1 fields, found %2"_s.arg(m_columns.size()).arg(fields.size()));
        return;
    }
    MemberProfile p;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString value = fields.at(i).normalized(QString::NormalizationForm_C).trimmed();
        p.setField(m_columns.at(i), value.isEmpty() ? QString() : value);
    }
    const int before = int(m_errors.size());
    const auto date = [&](const QString &column, const QString &value) {
        const QDate parsed = QDate::fromString(value, u"yyyy-MM-dd"_s);
        if (!value.isNull() && !parsed.isValid())
            error(line, column, u"not a date (YYYY-MM-DD)"_s);
        else if (parsed.isValid() && parsed > QDate::currentDate())
            error(line, column, u"in the future"_s);
        return parsed;
    };

    if (!p.id.isNull()) {
        static const QRegularExpression idPattern(u"^[A-Za-z0-9._:-]{1,64}$"_s);
        if (!idPattern.match(p.id).hasMatch())
            error(line, u"id"_s, u"use 1 to 64 letters, digits or . _ : -"_s);
        else if (m_ids.contains(p.id))
            error(line, u"id"_s,
                m_ids.value(p.id) == 0 ? u"a member with this id already exists"_s
                                       : u"the same id is on line %1"_s.arg(m_ids.value(p.id)));
        else
            m_ids.insert(p.id, line);
    }
    if (p.fullName.isNull())
        error(line, u"full_name"_s, u"required"_s);
    else if (p.fullName.size() > 200)
        error(line, u"full_name"_s, u"longer than 200 characters"_s);
    if (p.orgId.isNull())
        error(line, u"org_id"_s, u"required"_s);
    else if (!m_orgKinds.contains(p.orgId))
        error(line, u"org_id"_s, u"no organisation with id %1"_s.arg(p.orgId));
    else if (m_orgKinds.value(p.orgId) != u"cell"_s)
        error(line, u"org_id"_s,
            u"not a cell (it is a %1 organisation)"_s.arg(m_orgKinds.value(p.orgId)));
    if (p.gender.isNull())
        error(line, u"gender"_s, u"required"_s);
    else if (const QString gender = normalisedGender(p.gender); gender.isEmpty())
        error(line, u"gender"_s, u"expected Nam or Nữ"_s);
    else
        p.gender = gender;

    if (p.birthDate.isNull())
        error(line, u"birth_date"_s, u"required"_s);
    const QDate birth = date(u"birth_date"_s, p.birthDate);
    const QDate admission = date(u"admission_date"_s, p.admissionDate);
    const QDate official = date(u"official_date"_s, p.officialDate);
    if (birth.isValid() && admission.isValid() && admission < birth.addYears(18))
        error(line, u"admission_date"_s, u"must be at least 18 years after birth_date"_s);
    if (official.isValid() && p.admissionDate.isNull())
        error(line, u"official_date"_s, u"given without admission_date"_s);
    if (admission.isValid() && official.isValid() && official < admission)
        error(line, u"official_date"_s, u"before admission_date"_s);

    if (!p.citizenId.isNull()) {
        static const QRegularExpression twelveDigits(u"^[0-9]{12}$"_s);
        if (!twelveDigits.match(p.citizenId).hasMatch())
            error(line, u"citizen_id"_s, u"must be 12 digits"_s);
        else if (m_citizenIds.contains(p.citizenId))
            error(line, u"citizen_id"_s,
                m_citizenIds.value(p.citizenId) == 0
                    ? u"already used by another member"_s
                    : u"the same number is on line %1"_s.arg(m_citizenIds.value(p.citizenId)));
        else
            m_citizenIds.insert(p.citizenId, line);
    }
    if (!p.phone.isNull()) {
        const QString phone = normalisedPhone(p.phone);
        if (phone.isEmpty())
            error(line, u"phone"_s, u"not a Vietnamese phone number (10 digits starting with 0)"_s);
        p.phone = phone;
    }
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!p.email.isNull() && !emailPattern.match(p.email).hasMatch())
        error(line, u"email"_s, u"not an e-mail address"_s);
    if (!p.workHistory.isNull()) {
        QJsonArray entries;
        if (p.workHistory.startsWith(u'[')) {
            const QJsonDocument parsed = QJsonDocument::fromJson(p.workHistory.toUtf8());
            entries = parsed.array();
            bool strings = parsed.isArray();
            for (const QJsonValue &entry : std::as_const(entries))
                strings = strings && entry.isString();
            if (!strings)
                error(line, u"work_history"_s, u"not a JSON array of strings"_s);
        } else {
            for (const QString &entry : p.workHistory.split(u'\n', Qt::SkipEmptyParts))
                entries.append(entry.trimmed());
        }
        p.workHistory = QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    }
    if (p.position.isNull() && !p.admissionDate.isNull())
        p.position = p.officialDate.isNull() ? u"Đảng viên dự bị"_s : u"Đảng viên"_s;
    if (m_errors.size() == before)
        m_members << p;
}
