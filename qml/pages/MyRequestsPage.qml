pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// My profile change requests, newest first: what I asked for, my reason, and the status in
// words (waiting, approved, not approved with the secretary's reason); those not yet sent
// say so.
Page {
    id: root

    objectName: "myRequestsPage"
    header: PageHeader {
        title: qsTr("Đề nghị đã gửi")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: requests.reload()

    ProfileRequestController {
        id: requests
        session: VaultSession
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            visible: requests.requests.count === 0
            text: qsTr("Đồng chí chưa gửi đề nghị sửa hồ sơ nào. Đề nghị đã gửi và kết quả duyệt sẽ hiện ở đây.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: requests.errorMessage
        }

        Repeater {
            model: requests.requests
            delegate: Card {
                id: card

                required property int status // a Wire.RequestStatus
                required property string statusLabel
                required property string summary
                required property string reason
                required property string decisionReason
                required property string createdAt
                required property bool waitingToSend

                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall / 2

                    PlainLabel {
                        objectName: "requestStatus"
                        Layout.fillWidth: true
                        text: card.statusLabel
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: card.status === Wire.RequestApproved ? Theme.success
                             : card.status === Wire.RequestRejected ? Theme.error : Theme.warningText
                        wrapMode: Text.Wrap
                    }
                    HintText {
                        Layout.fillWidth: true
                        text: card.waitingToSend ? qsTr("Ngày %1 · chưa gửi, sẽ gửi khi đồng bộ").arg(Theme.unbroken(card.createdAt))
                                                 : qsTr("Ngày %1").arg(Theme.unbroken(card.createdAt))
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: card.summary
                        textFormat: Text.PlainText
                    }
                    HintText {
                        Layout.fillWidth: true
                        text: qsTr("Lý do: %1").arg(card.reason)
                        textFormat: Text.PlainText
                    }
                    PlainLabel {
                        objectName: "decisionReason"
                        Layout.fillWidth: true
                        visible: card.status === Wire.RequestRejected && card.decisionReason.length > 0
                        text: qsTr("Lý do không duyệt: %1").arg(card.decisionReason)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
