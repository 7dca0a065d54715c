pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One member from the directory: name, position and cell; for a secretary or committee the
// whole profile with Party age and badge milestones; for a member only what the directory
// holds.
Page {
    id: root

    // The member to show (set when the page is opened).
    property string memberId
    // The member as the accounts check found them (a plain JavaScript value for qmllint).
    readonly property var accountMember: accountCheck.selected

    objectName: "memberDetailPage"
    header: PageHeader {
        title: qsTr("Hồ sơ đảng viên")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    ProfileController {
        id: profile
        session: VaultSession
        memberId: root.memberId
    }
    // A committee viewer manages the member's account from here (a member of its units only).
    AccountsController {
        id: accountCheck
        session: VaultSession
        selectedMemberId: root.memberId
    }
    // A committee viewer asks to move the member to another cell (a member of its cells only).
    TransfersController {
        id: transferCheck
        session: VaultSession
        memberId: root.memberId
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            Layout.fillWidth: true
            visible: !profile.found
            text: qsTr("Không tìm thấy hồ sơ này trên máy.")
        }
        PlainLabel {
            objectName: "memberName"
            Layout.fillWidth: true
            visible: profile.found
            text: profile.fullName
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: profile.found
            text: profile.cellName.length > 0 ? qsTr("%1 · %2").arg(profile.position).arg(profile.cellName)
                                              : profile.position
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: profile.found && !profile.full
            text: qsTr("Hồ sơ đầy đủ do bí thư chi bộ và cấp ủy quản lý; danh sách chi bộ chỉ có họ tên và chức vụ.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: profile.errorMessage
        }
        WrappingButton {
            objectName: "openAccounts"
            Layout.fillWidth: true
            visible: accountCheck.canManage && root.accountMember.memberId !== undefined
            text: qsTr("Tài khoản")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("AccountsPage.qml"), { memberId: root.memberId })
        }
        WrappingButton {
            objectName: "openTransfers"
            Layout.fillWidth: true
            visible: transferCheck.memberMovable
            text: qsTr("Chuyển sinh hoạt đảng")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("TransfersPage.qml"), { memberId: root.memberId })
        }

        PartyAgeCard {
            Layout.fillWidth: true
            visible: profile.full
            profile: profile
        }
        ProfileFieldList {
            Layout.fillWidth: true
            visible: profile.full
            model: profile.fields
        }
    }
}
