pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The vault is open: the sync status and any change the server refused, the next cell
// meeting and what to read before it, what is new since the last visit; then the library,
// notifications, settings and lock.
Page {
    id: root

    // Opens the library (with `text` already typed in its search field when given).
    function openLibrary(text: string) {
        root.StackView.view.push(libraryPage, { initialSearch: text })
    }
    // Opens the library with the cursor in its search field.
    function openSearch() {
        root.StackView.view.push(libraryPage, { focusSearch: true })
    }
    function openDocument(documentId: string) {
        root.StackView.view.push(readerPage, { documentId: documentId })
    }
    function openNotifications() {
        root.StackView.view.push(notificationsPage)
    }
    function openSettings() {
        root.StackView.view.push(settingsPage)
    }
    // The cell's meetings, and feedback to the cell (issue 6).
    function openMeetings() {
        root.StackView.view.push(meetingsPage)
    }
    function openFeedback() {
        root.StackView.view.push(feedbackPage)
    }
    // Profiles (issue 7): my profile, the cell's directory, the secretary's review.
    function openProfile() {
        root.StackView.view.push(myProfilePage)
    }
    function openDirectory() {
        root.StackView.view.push(directoryPage)
    }
    function openReview() {
        root.StackView.view.push(reviewPage)
    }

    objectName: "homePage"
    header: PageHeader {
        title: qsTr("Sổ tay đảng viên")
    }

    // Back from the library or the reader: read receipts may have changed.
    StackView.onActivated: home.reload()

    HomeController {
        id: home
        session: VaultSession
    }

    // What a sync brought in shows at once.
    Connections {
        target: Account.sync
        function onFinished() {
            home.reload()
        }
    }

    PageBody {
        anchors.fill: parent

        SyncBanner {
            objectName: "syncBanner"
            Layout.fillWidth: true
            lastSyncText: home.syncStatus
            pendingCount: home.pendingCount
        }

        Card {
            objectName: "rejectedCard"
            Layout.fillWidth: true
            visible: home.rejectedChanges.count > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Thay đổi không được chấp nhận")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: home.rejectedChanges
                    delegate: ColumnLayout {
                        id: rejected
                        required property var model
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall / 2

                        PlainLabel {
                            Layout.fillWidth: true
                            text: rejected.model.action + " · " + rejected.model.rejectedAt
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        PlainLabel {
                            objectName: "rejectedReason"
                            Layout.fillWidth: true
                            text: qsTr("Lý do: %1").arg(rejected.model.reason)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        ActionButton {
                            Layout.fillWidth: true
                            text: qsTr("Đã hiểu")
                            onClicked: home.dismissRejected(rejected.model.mutationId)
                        }
                    }
                }
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: home.errorMessage
        }

        Card {
            objectName: "meetingCard"
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Buổi sinh hoạt chi bộ sắp tới")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: home.hasMeeting ? home.meetingTitle : qsTr("Chưa có lịch sinh hoạt mới.")
                    font.pixelSize: Theme.fontLarge
                    font.bold: home.hasMeeting
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    Layout.fillWidth: true
                    visible: home.hasMeeting
                    text: qsTr("Thời gian: %1").arg(home.meetingTime)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    Layout.fillWidth: true
                    visible: home.hasMeeting && home.meetingLocation.length > 0
                    text: qsTr("Địa điểm: %1").arg(home.meetingLocation)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingSmall
                    visible: home.meetingDocuments.count > 0
                    text: qsTr("Tài liệu cần đọc trước (đã đọc %1/%2):")
                          .arg(home.meetingDocuments.count - home.meetingDocuments.unreadCount)
                          .arg(home.meetingDocuments.count)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: home.meetingDocuments
                    delegate: DocumentRow {
                        required property var model
                        Layout.fillWidth: true
                        documentId: model.documentId
                        title: model.title
                        kindLabel: model.kindLabel
                        number: model.number
                        issuedDate: ""
                        read: model.read
                        onOpenRequested: id => root.openDocument(id)
                    }
                }
            }
        }

        PlainLabel {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: home.newSinceLastVisit > 0
                  ? qsTr("Tài liệu mới (%1 tài liệu kể từ lần trước)").arg(home.newSinceLastVisit)
                  : qsTr("Tài liệu mới")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: home.newDocuments.count === 0
            text: qsTr("Chưa có tài liệu trên máy này. Tài liệu sẽ có sau khi đồng bộ.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Repeater {
            model: home.newDocuments
            delegate: DocumentRow {
                required property var model
                Layout.fillWidth: true
                documentId: model.documentId
                title: model.title
                kindLabel: model.kindLabel
                number: model.number
                issuedDate: model.issuedDate
                read: model.read
                onOpenRequested: id => root.openDocument(id)
            }
        }

        ActionButton {
            objectName: "libraryButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Tất cả tài liệu")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: root.openLibrary("")
        }
        ActionButton {
            objectName: "searchButton"
            Layout.fillWidth: true
            text: qsTr("Tìm tài liệu")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openSearch()
        }

        PlainLabel {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Chi bộ")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        WrappingButton {
            objectName: "meetingsButton"
            Layout.fillWidth: true
            text: qsTr("Lịch sinh hoạt chi bộ")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openMeetings()
        }
        WrappingButton {
            objectName: "feedbackButton"
            Layout.fillWidth: true
            text: qsTr("Góp ý với chi bộ")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openFeedback()
        }

        PlainLabel {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Hồ sơ")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        ActionButton {
            objectName: "profileButton"
            Layout.fillWidth: true
            text: qsTr("Hồ sơ của tôi")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openProfile()
        }
        ActionButton {
            objectName: "directoryButton"
            Layout.fillWidth: true
            text: qsTr("Danh sách đảng viên")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openDirectory()
        }

        ActionButton {
            objectName: "notificationsButton"
            Layout.fillWidth: true
            text: home.unreadNotifications > 0
                  ? qsTr("Thông báo (%1 mới)").arg(home.unreadNotifications)
                  : qsTr("Thông báo")
            font.pixelSize: Theme.fontLarge
            font.bold: home.unreadNotifications > 0
            onClicked: root.openNotifications()
        }
        ActionButton {
            objectName: "settingsButton"
            Layout.fillWidth: true
            text: qsTr("Cài đặt")
            font.pixelSize: Theme.fontLarge
            onClicked: root.openSettings()
        }

        ActionButton {
            objectName: "lockButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Khóa")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: VaultSession.lock()
        }
    }

    Component {
        id: libraryPage
        LibraryPage {
            onOpenDocument: id => root.openDocument(id)
        }
    }
    Component {
        id: readerPage
        ReaderPage {}
    }
    Component {
        id: notificationsPage
        NotificationsPage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
    Component {
        id: meetingsPage
        MeetingsPage {}
    }
    Component {
        id: feedbackPage
        FeedbackPage {}
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
}
