pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Tôi": what is the member's own, in one place: the profile, the cell's directory, the
// review of profile requests (secretaries and committees), the settings; and, apart from
// them at the bottom, locking the app.
Page {
    id: root

    // Profile requests this account decides (from the home screen's count).
    property int requestsToReview: 0
    property bool reviews: false

    function openProfile() {
        root.StackView.view.push(myProfilePage)
    }
    function openDirectory() {
        root.StackView.view.push(directoryPage)
    }
    function openReview() {
        root.StackView.view.push(reviewPage)
    }
    function openSettings() {
        root.StackView.view.push(settingsPage)
    }

    objectName: "mePage"
    header: PageHeader {
        title: qsTr("Tôi")
        canGoBack: root.StackView.view !== null && root.StackView.index > 0
        onBack: root.StackView.view.pop()
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            visible: Account.login.length > 0
            text: qsTr("Tài khoản: %1").arg(Account.login)
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        WrappingButton {
            objectName: "profileButton"
            Layout.fillWidth: true
            text: qsTr("Hồ sơ của tôi")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openProfile()
        }
        WrappingButton {
            objectName: "directoryButton"
            Layout.fillWidth: true
            text: qsTr("Danh sách đảng viên")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openDirectory()
        }
        WrappingButton {
            objectName: "reviewButton"
            Layout.fillWidth: true
            visible: root.reviews
            text: root.requestsToReview > 0
                  ? qsTr("Duyệt đề nghị sửa hồ sơ (%1 chờ duyệt)").arg(root.requestsToReview)
                  : qsTr("Duyệt đề nghị sửa hồ sơ")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openReview()
        }
        WrappingButton {
            objectName: "settingsButton"
            Layout.fillWidth: true
            text: qsTr("Cài đặt")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openSettings()
        }

        // Locking stays apart from the other buttons, so that it is not pressed by mistake.
        Card {
            objectName: "lockCard"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge * 2

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Khi không dùng, đồng chí hãy khóa ứng dụng. Lần sau mở cần nhập mã PIN.")
                }
                WrappingButton {
                    objectName: "lockButton"
                    Layout.fillWidth: true
                    highlighted: true
                    text: qsTr("Khóa")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    onClicked: VaultSession.lock()
                }
            }
        }
    }

    Component {
        id: myProfilePage
        MyProfilePage {}
    }
    Component {
        id: directoryPage
        DirectoryPage {}
    }
    Component {
        id: reviewPage
        ReviewPage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
}
