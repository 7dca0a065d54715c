pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The vault is open: the next cell meeting and what to read before it, the newest
// documents, the sync status; then the library, storage check, PIN change and lock.
Page {
    id: root

    readonly property bool busy: VaultSession.state === VaultSession.Busy

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

    PageBody {
        anchors.fill: parent

        Label {
            objectName: "syncStatus"
            Layout.fillWidth: true
            text: home.pendingCount > 0
                  ? qsTr("%1 · Còn %2 thay đổi chưa gửi").arg(home.syncStatus).arg(home.pendingCount)
                  : home.syncStatus
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
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

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Buổi sinh hoạt chi bộ sắp tới")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.accentDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: home.hasMeeting ? home.meetingTitle : qsTr("Chưa có lịch sinh hoạt mới.")
                    font.pixelSize: Theme.fontLarge
                    font.bold: home.hasMeeting
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: home.hasMeeting
                    text: qsTr("Thời gian: %1").arg(home.meetingTime)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: home.hasMeeting && home.meetingLocation.length > 0
                    text: qsTr("Địa điểm: %1").arg(home.meetingLocation)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
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

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Tài liệu mới")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
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

        MessageBox {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            visible: text.length > 0 && !root.busy && !changePinDialog.visible
            text: VaultSession.errorMessage
        }

        MessageBox {
            objectName: "storageReport"
            Layout.fillWidth: true
            visible: text.length > 0
            kind: VaultSession.storageOk ? MessageBox.Success : MessageBox.Error
            text: VaultSession.storageReport
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget
            visible: root.busy
            running: root.busy
        }

        ActionButton {
            objectName: "checkStorageButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            enabled: !root.busy
            text: qsTr("Kiểm tra bộ nhớ")
            onClicked: VaultSession.checkStorage()
        }

        ActionButton {
            Layout.fillWidth: true
            enabled: !root.busy
            text: qsTr("Đổi mã PIN")
            onClicked: changePinDialog.open()
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

    ChangePinDialog {
        id: changePinDialog
        objectName: "changePinDialog"
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
}
