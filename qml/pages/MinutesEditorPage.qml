pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary writes the minutes (biên bản) of a meeting: the template with the usual
// headings, filled in from the meeting's data (time, place, who was present and absent with
// their reasons, vote results), in a large text box saved on the device as she types; she
// publishes it to the cell, exports it as PDF, or ends the meeting without minutes (asked
// to confirm). Everything works offline; the cell receives it at the next sync.
Page {
    id: root

    // The meeting whose minutes are written.
    property string meetingId

    objectName: "minutesEditorPage"
    header: PageHeader {
        title: qsTr("Biên bản buổi sinh hoạt")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onDeactivating: minutes.saveNow()
    Component.onDestruction: minutes.saveNow()

    MinutesController {
        id: minutes
        session: VaultSession
        meetingId: root.meetingId
        onPublished: {
            Confirmations.post(qsTr("Đã công bố biên bản “%1”. Chi bộ sẽ nhận được khi đồng bộ.").arg(minutes.title))
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            objectName: "minutesMeetingTitle"
            Layout.fillWidth: true
            text: minutes.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        HintText {
            Layout.fillWidth: true
            visible: minutes.canWrite
            text: qsTr("Mẫu biên bản đã điền sẵn thời gian, địa điểm, người có mặt, vắng mặt và kết quả biểu quyết. Đồng chí sửa, bổ sung rồi công bố cho chi bộ.")
        }
        MessageBox {
            Layout.fillWidth: true
            visible: minutes.found && !minutes.canWrite
            kind: MessageBox.Warning
            text: qsTr("Chỉ bí thư chi bộ ghi được biên bản, từ 1 giờ trước khi họp.")
        }
        TextAreaField {
            id: editor
            objectName: "minutesEditor"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 6
            visible: minutes.canWrite
            label: qsTr("Nội dung biên bản")
            text: minutes.text
            field.font.pixelSize: Theme.fontLarge
            onTextChanged: minutes.text = editor.text
        }
        PlainLabel {
            objectName: "minutesSavedLabel"
            Layout.fillWidth: true
            visible: minutes.canWrite
            text: minutes.savedText.length > 0
                  ? qsTr("%1 / %2 ký tự · %3").arg(minutes.text.length).arg(minutes.maxLength).arg(minutes.savedText)
                  : qsTr("%1 / %2 ký tự").arg(minutes.text.length).arg(minutes.maxLength)
            font.pixelSize: Theme.fontSmall
            color: minutes.text.length > minutes.maxLength ? Theme.error : Theme.textSecondary
            wrapMode: Text.Wrap
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: minutes.errorMessage
        }
        MessageBox {
            objectName: "minutesExportedMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            kind: MessageBox.Success
            text: minutes.exportedText
        }
        WrappingButton {
            objectName: "publishMinutesButton"
            Layout.fillWidth: true
            visible: minutes.canWrite
            enabled: minutes.text.trim().length > 0 && minutes.text.length <= minutes.maxLength
            highlighted: true
            font.bold: true
            text: qsTr("Công bố biên bản")
            onClicked: minutes.publish()
        }
        WrappingButton {
            objectName: "exportMinutesButton"
            Layout.fillWidth: true
            visible: minutes.found && (minutes.canWrite || minutes.hasMinutes)
            text: qsTr("Xuất PDF")
            onClicked: minutes.exportPdf()
        }
        WrappingButton {
            objectName: "restoreTemplateButton"
            Layout.fillWidth: true
            visible: minutes.canWrite && minutes.savedText.length > 0
            text: qsTr("Dùng lại mẫu biên bản")
            onClicked: restoreDialog.open()
        }
        WrappingButton {
            objectName: "endMeetingButton"
            Layout.fillWidth: true
            visible: minutes.canEnd
            text: qsTr("Kết thúc buổi sinh hoạt (không có biên bản)")
            onClicked: endDialog.open()
        }
    }

    ConfirmDialog {
        id: endDialog
        objectName: "endMeetingDialog"
        title: qsTr("Kết thúc buổi sinh hoạt?")
        text: qsTr("Buổi sinh hoạt được ghi là đã kết thúc, chưa có biên bản. Các cuộc biểu quyết đang mở sẽ đóng lại. Đồng chí vẫn có thể công bố biên bản sau.")
        confirmText: qsTr("Kết thúc")
        onConfirmed: {
            if (minutes.endMeeting()) {
                Confirmations.post(qsTr("Đã ghi buổi sinh hoạt “%1” là đã kết thúc.").arg(minutes.title))
                if (root.StackView.view)
                    root.StackView.view.pop()
            }
        }
    }
    ConfirmDialog {
        id: restoreDialog
        objectName: "restoreTemplateDialog"
        title: qsTr("Dùng lại mẫu biên bản?")
        text: qsTr("Những gì đồng chí đã viết sẽ bị xóa, thay bằng mẫu điền sẵn từ dữ liệu của buổi sinh hoạt.")
        confirmText: qsTr("Dùng lại mẫu")
        onConfirmed: minutes.restoreTemplate()
    }
}
