pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Notifications: new meetings, changed or cancelled ones, documents shared with the cell,
// replies to the member's feedback. New ones are marked; opening the page marks them seen.
Page {
    id: root

    objectName: "notificationsPage"
    header: PageHeader {
        title: qsTr("Thông báo")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: {
        notifications.reload()
        notifications.markAllSeen()
    }

    NotificationsController {
        id: notifications
        session: VaultSession
    }

    PageBody {
        anchors.fill: parent

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: notifications.errorMessage
        }

        Label {
            Layout.fillWidth: true
            visible: notifications.notifications.count === 0
            text: qsTr("Chưa có thông báo nào.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        Repeater {
            model: notifications.notifications
            delegate: Card {
                id: item
                required property var model
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall / 2

                    Label {
                        Layout.fillWidth: true
                        text: item.model.unread ? qsTr("Mới · %1").arg(item.model.time) : item.model.time
                        font.pixelSize: Theme.fontSmall
                        font.bold: item.model.unread
                        color: item.model.unread ? Theme.accentDark : Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: item.model.title
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: item.model.body
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
