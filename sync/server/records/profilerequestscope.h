// Who decides a member's profile change request (docs/protocol-extensions.md, "Profiles"):
// the secretary of the member's cell; but a secretary cannot decide their own request, so a
// request of a member who is the secretary of their cell goes to the committee of the
// organisation directly above that cell. The request's change rows are recorded in the
// deciders' scope (`decidingOrg`), so exactly they pull it (the member always, as its owner).
// When the member's role or cell changes, the requests follow (`rescopePending`).
#pragma once

#include <QSqlDatabase>
#include <QString>

class WriteTransaction;

class ProfileRequestScope
{
public:
    // Reads the member's cell, whether they are its secretary and the cell's parent.
    ProfileRequestScope(const QSqlDatabase &db, const QString &memberId);

    // The member's organisation (empty when the member is unknown).
    [[nodiscard]] QString memberOrg() const { return m_memberOrg; }
    // True when the member is the secretary of their own cell and the cell has a parent: the
    // committee of that parent decides.
    [[nodiscard]] bool decidedAbove() const { return !m_aboveOrg.isEmpty(); }
    // The organisation whose scope the request's changes are recorded in: the cell's parent
    // when decidedAbove(), else the member's cell.
    [[nodiscard]] QString decidingOrg() const { return decidedAbove() ? m_aboveOrg : m_memberOrg; }

    // Called in the transaction that changed the member's role or cell, after the change:
    // records a put of each of the member's requests whose change rows are not in
    // decidingOrg()'s scope now, so that the new deciders pull it; recordChange leaves a
    // delete without owner in the old scope, so the old deciders drop it and the member
    // keeps it. Decided requests move too (they may hold the citizen ID or discipline
    // fields). Returns how many pending requests moved; throws DbError.
    static int rescopePending(WriteTransaction &transaction, const QString &memberId);

private:
    QString m_memberOrg;
    QString m_aboveOrg;
};
