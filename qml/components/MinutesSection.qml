import QtQuick
import QtQuick.Layouts
import Handbook

// The minutes (biên bản) on a meeting's page: once published, the text in large type (read-only,
// who published it and when; opening them marks them read on this device); for the cell's
// secretary, the button that opens the editor (write, rewrite, or end the meeting without
// minutes).
Card {
    id: root

    // The meeting shown.
    required property string meetingId

    // The secretary asks for the editor.
    signal writeRequested()

    function markSeenIfShown() {
        // Later: marking them read reloads the screens, this one included.
        if (root.visible && minutes.hasMinutes)
            markSeenLater.restart()
    }

    objectName: "minutesSection"
    visible: minutes.found && (minutes.hasMinutes || minutes.canWrite)
    onVisibleChanged: root.markSeenIfShown()

    Timer {
        id: markSeenLater
        interval: 0
        onTriggered: minutes.markSeen()
    }

    MinutesController {
        id: minutes
        session: VaultSession
        meetingId: root.meetingId
        onHasMinutesChanged: root.markSeenIfShown()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Biên bản buổi sinh hoạt")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accentDark
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        HintText {
            objectName: "minutesPublished"
            Layout.fillWidth: true
            visible: minutes.hasMinutes
            text: minutes.pending ? qsTr("%1 · chưa gửi lên máy chủ").arg(minutes.publishedText)
                                  : minutes.publishedText
        }
        BodyText {
            objectName: "minutesText"
            Layout.fillWidth: true
            visible: minutes.hasMinutes
            text: minutes.minutes
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontLarge
            lineHeight: 1.3
        }
        BodyText {
            objectName: "noMinutesYet"
            Layout.fillWidth: true
            visible: !minutes.hasMinutes
            text: minutes.ended ? qsTr("Buổi sinh hoạt đã kết thúc, chưa có biên bản.")
                                : qsTr("Sau buổi sinh hoạt, bí thư ghi biên bản và công bố cho chi bộ.")
        }
        WrappingButton {
            objectName: "writeMinutesButton"
            Layout.fillWidth: true
            visible: minutes.canWrite
            highlighted: !minutes.hasMinutes
            text: minutes.hasMinutes ? qsTr("Sửa biên bản") : qsTr("Ghi biên bản")
            font.bold: true
            onClicked: root.writeRequested()
        }
    }
}
