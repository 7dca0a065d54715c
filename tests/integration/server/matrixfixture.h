// The world of the authorisation matrix: the real server with the demo province, every demo
// account signed in on its own device, a scene of objects in cell A (and in cell B) made by
// pushes of the users who may make them, fresh targets in cell A on demand, and fingerprints
// of the domain tables to tell whether a push changed anything.
#pragma once

#include "cellfixture.h"
#include "domainfingerprint.h"
#include "visibilityrules.h"

#include <QHash>
#include <QPair>
#include <map>

// One demo account (from `handbook-server demo --accounts`).
struct MatrixAccount
{
    QString login, password, role, memberId, orgId;

    [[nodiscard]] Viewer viewer() const { return { memberId, orgId, role }; }
};

class MatrixFixture
{
public:
    // Starts the server, loads the demo, signs every account in and builds the scene.
    [[nodiscard]] bool start(QString *error);

    [[nodiscard]] QSqlDatabase db() const { return m_db->connection(); }
    [[nodiscard]] QUrl baseUrl() const { return m_server.baseUrl(); }
    [[nodiscard]] const MatrixAccount &account(const QString &login) const;
    // The signed-in device of this login (the same one for the whole run).
    [[nodiscard]] DeviceSession &session(const QString &login);
    // A new device of this login (aborts the run if the login fails).
    [[nodiscard]] std::unique_ptr<DeviceSession> newSession(const QString &login) const;
    // The cells of bithu.a (cell A) and bithu.b (cell B).
    [[nodiscard]] QString cellA() const;
    [[nodiscard]] QString cellB() const;

    // A scene object by its key (e.g. "note a1"): its type and id.
    [[nodiscard]] QPair<QString, QString> object(const QString &key) const;
    [[nodiscard]] QString id(const QString &key) const { return object(key).second; }
    // The sha256 of the attachment of scene document "D".
    [[nodiscard]] QString attachmentSha() const { return m_attachmentSha; }
    [[nodiscard]] QByteArray attachmentBytes() const { return m_attachment; }

    // Makes a fresh target in cell A; its id (empty with a warning when that failed).
    QString makeTarget(Target target);
    // Fingerprints of the domain rows (see DomainFingerprint).
    [[nodiscard]] const DomainFingerprint &fingerprint() const { return *m_fingerprint; }
    // `args` with its placeholders filled in: "$T" the target's id, "$NEW" a new id, "$DOC"
    // cell A's scene document, "$A1"/"$B1" the members dangvien.a1/b1, "$PHONE" a new phone
    // number; the placeholder `randomised` (if any) becomes a random id.
    [[nodiscard]] QJsonValue fillIn(
        const QJsonValue &args, const QString &target, const QString &randomised = {}) const;
    // A full pull of this login's device, made once per `phase` and kept.
    [[nodiscard]] const PulledRows &fullPull(const QString &login, int phase);

    // Pushes one mutation as `login`: "applied" or the rejection's code.
    QString apply(const QString &login, const QString &name, const QJsonObject &args);

private:
    [[nodiscard]] bool readAccounts(QString *error);
    [[nodiscard]] bool buildScene(QString *error);
    [[nodiscard]] bool buildCell(
        const QString &secretary, const QString &member, const QString &suffix, QString *error);
    void keep(const QString &key, const QString &type, const QString &id);

    ServerProcess m_server;
    std::unique_ptr<ServerDatabase> m_db;
    QHash<QString, MatrixAccount> m_accounts;
    std::map<QString, std::unique_ptr<DeviceSession>> m_sessions;
    QHash<QString, QPair<QString, QString>> m_objects;
    std::unique_ptr<DomainFingerprint> m_fingerprint;
    QHash<QString, PulledRows> m_pulls; // "<phase>/<login>"
    QByteArray m_attachment;
    QString m_attachmentSha;
};
