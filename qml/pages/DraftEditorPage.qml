pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Soạn / sửa a committee's document (DraftEditorController): a returned draft shows why
// above the fields; kind, number, title, date, issuer, summary, text, classification, the
// audience (picked from the organization tree, OrgPickerPage), files from the device
// (ChooseFilePage; kept in the vault and uploaded at the next sync), an optional meeting.
// "Lưu" keeps it on the device and sends it when there is a connection; "Xem trước" shows it
// as members will read it; "Gửi duyệt" sends it to the approver.
Page {
    id: root

    // The draft to edit; "" for a new one.
    property string draftId
    property url lastFolder

    function openFilePicker() {
        root.StackView.view.push(chooseFilePage)
    }
    function openOrgPicker() {
        root.StackView.view.push(orgPickerPage)
    }
    function openPreview() {
        root.StackView.view.push(previewPage)
    }

    objectName: "draftEditorPage"
    header: PageHeader {
        title: root.draftId.length > 0 ? qsTr("Sửa văn bản") : qsTr("Soạn văn bản mới")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    DraftEditorController {
        id: editor
        session: VaultSession
        draftId: root.draftId
    }

    // The labels above each field, as LabeledField draws them.
    component FieldLabel: PlainLabel {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }

    PageBody {
        id: body
        anchors.fill: parent

        MessageBox {
            objectName: "editorReturnReason"
            Layout.fillWidth: true
            visible: editor.returnReason.length > 0
            kind: MessageBox.Warning
            text: qsTr("Văn bản bị trả lại: %1").arg(editor.returnReason)
        }
        MessageBox {
            Layout.fillWidth: true
            visible: !editor.canEdit
            kind: MessageBox.Warning
            text: qsTr("Văn bản đang chờ duyệt hoặc đã ban hành: không sửa được nữa.")
        }

        FieldLabel {
            text: qsTr("Loại văn bản")
        }
        ChoicePicker {
            objectName: "kindPicker"
            Layout.fillWidth: true
            choices: editor.kindChoices
            valueRole: "kind"
            value: editor.kind
            Accessible.name: qsTr("Loại văn bản")
            onPicked: value => editor.kind = value
        }
        LabeledField {
            objectName: "numberField"
            Layout.fillWidth: true
            label: qsTr("Số hiệu (ví dụ 12-NQ/TU)")
            text: editor.number
            field.onTextEdited: editor.number = text
        }
        LabeledField {
            objectName: "titleField"
            Layout.fillWidth: true
            label: qsTr("Tên văn bản")
            text: editor.title
            field.onTextEdited: editor.title = text
        }
        LabeledField {
            objectName: "dateField"
            Layout.fillWidth: true
            label: qsTr("Ngày ban hành (ngày/tháng/năm)")
            text: editor.issuedDateText
            inputMethodHints: Qt.ImhDate
            field.onTextEdited: editor.issuedDateText = text
        }
        LabeledField {
            objectName: "issuerField"
            Layout.fillWidth: true
            label: qsTr("Cơ quan ban hành")
            text: editor.issuer
            field.onTextEdited: editor.issuer = text
        }
        TextAreaField {
            objectName: "summaryField"
            Layout.fillWidth: true
            label: qsTr("Trích yếu (không bắt buộc)")
            text: editor.summary
            field.onTextChanged: if (field.activeFocus) editor.summary = field.text
        }
        TextAreaField {
            objectName: "bodyField"
            Layout.fillWidth: true
            label: qsTr("Nội dung")
            text: editor.body
            field.onTextChanged: if (field.activeFocus) editor.body = field.text
        }

        FieldLabel {
            text: qsTr("Độ mật")
        }
        ChoicePicker {
            objectName: "classificationPicker"
            Layout.fillWidth: true
            choices: editor.classificationChoices
            valueRole: "classification"
            value: editor.classification
            Accessible.name: qsTr("Độ mật")
            onPicked: value => editor.classification = value
        }

        FieldLabel {
            text: qsTr("Nơi nhận")
        }
        BodyText {
            objectName: "audienceLabel"
            Layout.fillWidth: true
            text: editor.audienceName.length > 0 ? editor.audienceName : qsTr("Chưa chọn")
        }
        WrappingButton {
            objectName: "audienceButton"
            Layout.fillWidth: true
            text: qsTr("Chọn nơi nhận")
            onClicked: root.openOrgPicker()
        }

        FieldLabel {
            text: qsTr("Tệp đính kèm")
        }
        Repeater {
            model: editor.attachmentList

            RowLayout {
                id: fileRow
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                BodyText {
                    Layout.fillWidth: true
                    text: fileRow.modelData.isNew
                          ? qsTr("%1 (%2, chưa lưu)").arg(fileRow.modelData.name).arg(fileRow.modelData.sizeText)
                          : qsTr("%1 (%2)").arg(fileRow.modelData.name).arg(fileRow.modelData.sizeText)
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
                WrappingButton {
                    text: qsTr("Bỏ")
                    Accessible.name: qsTr("Bỏ tệp %1").arg(fileRow.modelData.name)
                    onClicked: editor.removeAttachment(fileRow.index)
                }
            }
        }
        HintText {
            Layout.fillWidth: true
            text: qsTr("Tệp PDF hoặc tệp khác, tối đa %1 mỗi tệp. Tệp được giữ an toàn trên máy và gửi lên khi có mạng.")
                  .arg(editor.maxFileSizeText)
        }
        WrappingButton {
            objectName: "addFileButton"
            Layout.fillWidth: true
            text: qsTr("Thêm tệp đính kèm")
            onClicked: root.openFilePicker()
        }

        FieldLabel {
            text: qsTr("Buổi sinh hoạt (không bắt buộc)")
        }
        ChoicePicker {
            objectName: "meetingPicker"
            Layout.fillWidth: true
            choices: editor.meetingChoices
            valueRole: "meetingId"
            value: editor.meetingId
            Accessible.name: qsTr("Buổi sinh hoạt")
            onPicked: value => editor.meetingId = value
        }

        MessageBox {
            objectName: "editorError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: editor.errorMessage
        }
        WrappingButton {
            objectName: "previewButton"
            Layout.fillWidth: true
            text: qsTr("Xem trước")
            onClicked: root.openPreview()
        }
        WrappingButton {
            objectName: "saveDraftButton"
            Layout.fillWidth: true
            enabled: editor.canEdit
            text: qsTr("Lưu")
            onClicked: editor.save()
        }
        WrappingButton {
            objectName: "submitButton"
            Layout.fillWidth: true
            enabled: editor.canEdit
            highlighted: true
            font.bold: true
            text: qsTr("Gửi duyệt")
            onClicked: {
                if (editor.submit())
                    root.StackView.view.pop()
            }
        }
    }

    Component {
        id: chooseFilePage
        ChooseFilePage {
            id: picker
            startFolder: String(root.lastFolder).length > 0 ? root.lastFolder : FilePlaces.start
            fileFilters: ["*"]
            pageTitle: qsTr("Chọn tệp đính kèm")
            emptyText: qsTr("Thư mục này không có tệp nào.")
            onChosen: fileUrl => {
                root.lastFolder = picker.folder
                editor.addFile(fileUrl)
                root.StackView.view.pop(root)
            }
        }
    }
    Component {
        id: orgPickerPage
        OrgPickerPage {
            organizations: editor.organizations
            onChosen: orgId => {
                editor.chooseAudience(orgId)
                root.StackView.view.pop(root)
            }
        }
    }
    Component {
        id: previewPage

        Page {
            id: preview

            objectName: "draftPreviewPage"
            header: PageHeader {
                title: editor.kindLabel
                canGoBack: true
                onBack: preview.StackView.view.pop()
            }

            PageBody {
                anchors.fill: parent

                DocumentPreview {
                    Layout.fillWidth: true
                    title: editor.title
                    number: editor.number
                    issuer: editor.issuer
                    issuedDate: editor.issuedDateText
                    summary: editor.summary
                    body: editor.body
                    attachments: editor.attachmentList
                }
            }
        }
    }
}
