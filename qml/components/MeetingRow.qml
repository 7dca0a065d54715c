pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One cell meeting in a list: its state in words ("Sắp họp", "Đã hủy", "Đã họp"), the title in
// large type, time and place, and my answer. The whole row is one tap target.
ItemDelegate {
    id: root

    property string meetingId
    property string title
    property string timeText
    property string location
    property int status: Wire.MeetingUnknown // a Wire.MeetingStatus
    property string statusLabel
    property string answerLabel
    // A local change waits for the server.
    property bool pending: false

    signal openRequested(string meetingId)

    padding: Theme.spacing
    topInset: 0
    bottomInset: 0
    Accessible.name: root.title
    onClicked: root.openRequested(root.meetingId)

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.cornerRadius
        color: root.down ? Theme.keyPressed : Theme.surface
        border.width: root.status === Wire.MeetingScheduled ? 2 : 1
        border.color: root.status === Wire.MeetingScheduled ? Theme.accent : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        PlainLabel {
            objectName: "statusLabel"
            Layout.fillWidth: true
            text: root.pending ? qsTr("%1 · chưa gửi").arg(root.statusLabel) : root.statusLabel
            font.pixelSize: Theme.fontSmall
            font.bold: root.status === Wire.MeetingCancelled
            color: root.status === Wire.MeetingCancelled ? Theme.error : Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "titleLabel"
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontBody
            font.bold: true
            font.strikeout: root.status === Wire.MeetingCancelled
            color: Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            text: Theme.unbroken(root.timeText)
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "locationLabel"
            Layout.fillWidth: true
            visible: root.location.length > 0
            text: qsTr("Tại: %1").arg(root.location)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "answerLabel"
            Layout.fillWidth: true
            visible: root.answerLabel.length > 0
            text: root.answerLabel
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: root.answerLabel === qsTr("Đồng chí chưa trả lời") ? Theme.accentDark : Theme.success
            wrapMode: Text.Wrap
        }
    }
}
