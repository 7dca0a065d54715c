// The visibility rules of DESIGN.md section 5 ("Types and their visibility") and
// docs/decisions.md written once more as plain SQL over the domain tables, independently of
// the server's change log: what a user's full pull must contain, type by type.
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Who pulls: the account's member record (empty for accounts without one), organisation and
// role (member, secretary, committee, admin).
struct Viewer
{
    QString memberId;
    QString orgId;
    QString role;

    [[nodiscard]] bool isSecretary() const { return role == u"secretary"; }
    // Committees and admins see their organisation's subtree.
    [[nodiscard]] bool isCommittee() const { return role == u"committee" || role == u"admin"; }
};

class VisibilityRules
{
public:
    explicit VisibilityRules(QSqlDatabase db);

    // The eleven pulled types.
    [[nodiscard]] static const QStringList &types();
    // The ids of `type` the viewer may see now.
    [[nodiscard]] QSet<QString> expectedIds(const Viewer &viewer, const QString &type) const;
    // Whether the viewer gets the member's full profile (else the directory: name, position).
    [[nodiscard]] bool seesFullProfile(const Viewer &viewer, const QString &memberId) const;

private:
    QSqlDatabase m_db;
};
