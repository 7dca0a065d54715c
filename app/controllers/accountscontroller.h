// The committee's "Tài khoản" page (DESIGN.md 8.4, issue 20): finds a member of its subtree
// by name (accent-insensitive: "nguyen van" finds "Nguyễn Văn"), each with the state of their
// account (none, login and role, temporary password not changed yet, locked, an action
// waiting for the server); the selected member's devices (name, platform, last seen, status);
// and the actions, queued in the vault like every committee action (AccountActions) and shown
// "đang chờ gửi lên máy chủ" until the server answers: create an account (the login suggested
// from the name, editable; member or secretary), reset the password, revoke a lost phone.
// A refusal on the device is a message at once; a refusal of the server (a login taken, a
// member outside the subtree) is listed with its reason until the user has read it. The
// temporary passwords themselves come back through AccountSlipController.
#pragma once

#include "cellcontroller.h"

#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

class AccountsController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // A committee (or admin) account: the actions are offered.
    Q_PROPERTY(bool canManage READ canManage NOTIFY identityChanged)
    // The words typed in the search field.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY membersChanged)
    // The members matching it, by name (at most kListLimit): [{memberId, name, details,
    // accountText, hasAccount, waiting, selected}].
    Q_PROPERTY(QVariantList members READ members NOTIFY membersChanged)
    // How many members match (the list may show fewer).
    Q_PROPERTY(int matchCount READ matchCount NOTIFY membersChanged)
    // The member the panel shows ("" for none); set by the page (MemberDetailPage opens it).
    Q_PROPERTY(QString selectedMemberId READ selectedMemberId WRITE setSelectedMemberId NOTIFY
            selectedChanged)
    // The selected member: {memberId, name, details, accountText, hasAccount, login, waiting,
    // canCreate, canReset, suggestedLogin}; empty when none (or not in the subtree here).
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    // Their devices, newest sign-in first: [{deviceId, title, lastSeenText, statusText,
    // isRevoked, waiting}].
    Q_PROPERTY(QVariantList devices READ devices NOTIFY selectedChanged)
    // The roles an account may be created with: [{role, label}], member first.
    Q_PROPERTY(QVariantList roles READ roles CONSTANT)
    // The server's refusals of this page's actions, newest first: [{mutationId, text}].
    Q_PROPERTY(QVariantList rejections READ rejections NOTIFY membersChanged)
    // What the last action did ("" before one).
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY noticeChanged)
    // Where "In phiếu" writes the slip (the user's documents folder).
    Q_PROPERTY(QUrl exportFolder READ exportFolder WRITE setExportFolder NOTIFY noticeChanged)

public:
    // The most members listed at once (a province has thousands: the search narrows it).
    static constexpr int kListLimit = 100;

    explicit AccountsController(QObject *parent = nullptr);

    [[nodiscard]] bool canManage() const { return m_committee; }
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] QVariantList members() const { return m_members; }
    [[nodiscard]] int matchCount() const { return m_matchCount; }
    [[nodiscard]] QString selectedMemberId() const { return m_selectedId; }
    void setSelectedMemberId(const QString &memberId);
    [[nodiscard]] QVariantMap selected() const { return m_selected; }
    [[nodiscard]] QVariantList devices() const { return m_devices; }
    [[nodiscard]] QVariantList roles() const;
    [[nodiscard]] QVariantList rejections() const { return m_rejections; }
    [[nodiscard]] QString noticeText() const { return m_notice; }
    [[nodiscard]] QUrl exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QUrl &folder);

    // account.create for the member; false with errorMessage set when refused here.
    Q_INVOKABLE bool createAccount(
        const QString &memberId, const QString &login, const QString &role);
    // account.reset_password of the member's account.
    Q_INVOKABLE bool resetPassword(const QString &memberId);
    // device.revoke ("mất điện thoại").
    Q_INVOKABLE bool revokeDevice(const QString &deviceId);
    // The user has read a refusal of the server: it is forgotten.
    Q_INVOKABLE void dismissRejection(qint64 mutationId);
    // A new file in exportFolder for the slip of `login` ("" when there is no such folder).
    Q_INVOKABLE QString slipPath(const QString &login) const;

    // The Vietnamese message of an AccountActions error code for `mutation`.
    [[nodiscard]] static QString refusalMessage(const QString &mutation, const QString &code);

Q_SIGNALS:
    void membersChanged();
    void selectedChanged();
    void noticeChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    // One member of the subtree as read from the vault.
    struct Entry
    {
        QString memberId;
        QString name;
        QString details; // position · organisation
        QStringList words; // the folded name
        QJsonObject account; // empty: none
        bool accountKnown = false;
        bool pending = false;
    };

    void filter();
    void showSelected(SqliteDatabase &db);
    void readRejections(SqliteDatabase &db);
    [[nodiscard]] QString accountText(const Entry &entry) const;
    [[nodiscard]] const Entry *entry(const QString &memberId) const;
    bool perform(const QString &mutation,
        const std::function<LocalActions::Result(SqliteDatabase &)> &action, const QString &notice);

    bool m_committee = false;
    QString m_filterText;
    QList<Entry> m_all; // by name
    QVariantList m_members;
    int m_matchCount = 0;
    QString m_selectedId;
    QVariantMap m_selected;
    QVariantList m_devices;
    QVariantList m_rejections;
    QString m_notice;
    QUrl m_exportFolder;
};
