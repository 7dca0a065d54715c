pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// My profile: name, position and cell; Party age and badge milestones; every field grouped
// (identity, Party, education, work, contacts); then editing my contacts, asking the cell to
// change another field, my requests, and for a secretary the review of the cell's requests.
Page {
    id: root

    function openEditContact() {
        root.StackView.view.push(editContactPage)
    }
    function openRequestChange() {
        root.StackView.view.push(requestChangePage)
    }
    function openMyRequests() {
        root.StackView.view.push(myRequestsPage)
    }
    function openReview() {
        root.StackView.view.push(reviewPage)
    }

    objectName: "myProfilePage"
    header: PageHeader {
        title: qsTr("Hồ sơ của tôi")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    // Back from editing or a request: show what changed.
    StackView.onActivated: profile.reload()

    ProfileController {
        id: profile
        session: VaultSession
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            Layout.fillWidth: true
            visible: !profile.found
            text: qsTr("Hồ sơ của đồng chí chưa có trên máy này. Hồ sơ sẽ có sau khi đồng bộ.")
        }

        PlainLabel {
            objectName: "profileName"
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

        MessageBox {
            objectName: "waitingToSend"
            Layout.fillWidth: true
            visible: profile.waitingToSend
            kind: MessageBox.Warning
            text: qsTr("Thay đổi của đồng chí đã lưu trên máy và sẽ được gửi khi đồng bộ.")
        }

        Repeater {
            model: profile.notices
            delegate: MessageBox {
                required property var modelData
                Layout.fillWidth: true
                kind: MessageBox.Warning
                text: qsTr("%1 (%2)\n%3").arg(modelData.title).arg(modelData.date).arg(modelData.body)
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: profile.errorMessage
        }

        WrappingButton {
            objectName: "editContactButton"
            Layout.fillWidth: true
            visible: profile.found
            highlighted: true
            text: qsTr("Sửa điện thoại, email, nơi ở")
            onClicked: root.openEditContact()
        }
        WrappingButton {
            objectName: "requestChangeButton"
            Layout.fillWidth: true
            visible: profile.found
            text: qsTr("Đề nghị sửa thông tin khác")
            onClicked: root.openRequestChange()
        }
        WrappingButton {
            objectName: "myRequestsButton"
            Layout.fillWidth: true
            visible: profile.found
            text: profile.pendingRequestCount > 0
                  ? qsTr("Đề nghị đã gửi (%1 đang chờ)").arg(profile.pendingRequestCount)
                  : qsTr("Đề nghị đã gửi")
            onClicked: root.openMyRequests()
        }
        WrappingButton {
            objectName: "reviewButton"
            Layout.fillWidth: true
            visible: profile.canReview
            text: qsTr("Duyệt đề nghị sửa hồ sơ (%1)").arg(profile.reviewCount)
            onClicked: root.openReview()
        }

        PartyAgeCard {
            Layout.fillWidth: true
            visible: profile.full
            profile: profile
        }

        ProfileFieldList {
            objectName: "profileFields"
            Layout.fillWidth: true
            visible: profile.found
            model: profile.fields
        }
    }

    Component {
        id: editContactPage
        EditContactPage {}
    }
    Component {
        id: requestChangePage
        RequestChangePage {}
    }
    Component {
        id: myRequestsPage
        MyRequestsPage {}
    }
    Component {
        id: reviewPage
        ReviewPage {}
    }
}
