pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary schedules a meeting or changes one: title, date and time (Vietnam time),
// place, agenda and the documents to read before it, chosen from those on this device.
// Saving works offline; the meeting is sent at the next sync.
Page {
    id: root

    // The meeting to change; empty for a new one.
    property string meetingId

    objectName: "meetingEditorPage"
    header: PageHeader {
        title: editor.editing ? qsTr("Sửa buổi sinh hoạt") : qsTr("Lên lịch họp")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    MeetingEditorController {
        id: editor
        session: VaultSession
        meetingId: root.meetingId
        onSaved: {
            // The page below says what happened (ConfirmationBar): saved here, sent at the
            // next sync.
            Confirmations.post(editor.editing
                               ? qsTr("Đã lưu thay đổi của buổi sinh hoạt “%1”. Chi bộ sẽ nhận được khi đồng bộ.").arg(editor.title)
                               : qsTr("Đã lên lịch buổi sinh hoạt “%1”. Chi bộ sẽ nhận được lịch khi đồng bộ.").arg(editor.title))
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    PageBody {
        anchors.fill: parent

        LabeledField {
            objectName: "titleField"
            Layout.fillWidth: true
            label: qsTr("Tên buổi sinh hoạt")
            // Examples only while they fit on one line.
            placeholderText: Theme.scale > 1.4 ? "" : qsTr("Ví dụ: Sinh hoạt chi bộ tháng 12")
            text: editor.title
            field.onTextEdited: editor.title = text
        }

        LabeledField {
            objectName: "dateField"
            Layout.fillWidth: true
            label: qsTr("Ngày (ngày/tháng/năm)")
            placeholderText: "25/12/2026"
            inputMethodHints: Qt.ImhPreferNumbers
            text: editor.dateText
            field.onTextEdited: editor.dateText = text
        }
        LabeledField {
            objectName: "timeField"
            Layout.fillWidth: true
            label: qsTr("Giờ (giờ:phút)")
            placeholderText: "19:30"
            inputMethodHints: Qt.ImhPreferNumbers
            text: editor.timeText
            field.onTextEdited: editor.timeText = text
        }
        LabeledField {
            objectName: "locationField"
            Layout.fillWidth: true
            label: qsTr("Địa điểm")
            placeholderText: Theme.scale > 1.4 ? "" : qsTr("Ví dụ: Nhà văn hóa tổ dân phố")
            text: editor.location
            field.onTextEdited: editor.location = text
        }

        TextAreaField {
            objectName: "agendaField"
            Layout.fillWidth: true
            label: qsTr("Nội dung sinh hoạt")
            text: editor.agenda
            field.onTextChanged: if (field.activeFocus) editor.agenda = field.text
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Tài liệu cần đọc trước (%1)").arg(editor.selectedDocuments.count)
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: editor.selectedDocuments.count === 0
            text: qsTr("Chưa chọn tài liệu nào. Chọn trong danh sách bên dưới.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Repeater {
            model: editor.selectedDocuments
            delegate: DocumentPickRow {
                required property var model
                Layout.fillWidth: true
                documentId: model.documentId
                title: model.title
                kindLabel: model.kindLabel
                number: model.number
                selected: model.selected
                onPicked: id => editor.toggleDocument(id)
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Thêm tài liệu")
            Accessible.role: Accessible.Heading
        }
        TextField {
            objectName: "filterField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            placeholderText: qsTr("Tìm tài liệu")
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Tìm tài liệu")
            onTextChanged: editor.filterText = text
        }
        Repeater {
            model: editor.documents
            delegate: DocumentPickRow {
                required property var model
                Layout.fillWidth: true
                documentId: model.documentId
                title: model.title
                kindLabel: model.kindLabel
                number: model.number
                selected: model.selected
                onPicked: id => editor.toggleDocument(id)
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: editor.errorMessage
        }

        WrappingButton {
            objectName: "saveButton"
            Layout.fillWidth: true
            highlighted: true
            text: editor.editing ? qsTr("Lưu thay đổi") : qsTr("Lên lịch họp")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: editor.save()
        }
        HintText {
            Layout.fillWidth: true
            text: qsTr("Buổi sinh hoạt được lưu trên máy và gửi cho chi bộ khi đồng bộ.")
        }
    }
}
