pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Giao học tập" (StudyAssignController): who studies (a secretary's cell; a committee picks
// its organisation or one below it, OrgPickerPage), the documents (only those the whole
// audience can see), the title (prefilled from the first document), instructions, the due
// date, whether a reflection is required, and an optional quiz (2 to 6 choices a question,
// the right one marked). Kept on the device and sent at the next sync.
Page {
    id: root

    // A document to start from ("" for none): the reader's and the publishing workspace's
    // "Giao học tập".
    property string documentId
    // The audience to start from ("" for the user's own organisation).
    property string audienceOrgId

    function openOrgPicker() {
        root.StackView.view.push(orgPickerPage)
    }

    objectName: "studyAssignPage"
    header: PageHeader {
        title: qsTr("Giao học tập")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StudyAssignController {
        id: editor
        session: VaultSession
        audienceOrgId: root.audienceOrgId
        documentId: root.documentId
        onAssigned: {
            Confirmations.post(qsTr("Đã giao học tập “%1”. Đảng viên sẽ nhận được khi đồng bộ.").arg(editor.title))
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

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

        BodyText {
            Layout.fillWidth: true
            visible: !editor.canAssign
            text: qsTr("Bí thư chi bộ giao học tập cho chi bộ; cán bộ cấp ủy giao cho tổ chức của mình và các tổ chức trực thuộc.")
        }

        FieldLabel {
            text: qsTr("Nơi học tập")
        }
        BodyText {
            objectName: "audienceLabel"
            Layout.fillWidth: true
            text: editor.audienceName.length > 0 ? editor.audienceName : qsTr("Chưa chọn")
        }
        WrappingButton {
            objectName: "audienceButton"
            Layout.fillWidth: true
            visible: editor.canChooseAudience
            text: qsTr("Chọn nơi học tập")
            onClicked: root.openOrgPicker()
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Tài liệu cần học tập (%1)").arg(editor.selectedDocuments.count)
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

        LabeledField {
            objectName: "titleField"
            Layout.fillWidth: true
            label: qsTr("Tên đợt học tập")
            text: editor.title
            field.onTextEdited: editor.title = text
        }
        TextAreaField {
            objectName: "instructionsField"
            Layout.fillWidth: true
            label: qsTr("Hướng dẫn (không bắt buộc)")
            text: editor.instructions
            field.onTextChanged: if (field.activeFocus) editor.instructions = field.text
        }
        LabeledField {
            objectName: "dueDateField"
            Layout.fillWidth: true
            label: qsTr("Hạn nộp bài thu hoạch (ngày/tháng/năm)")
            placeholderText: "25/12/2026"
            inputMethodHints: Qt.ImhPreferNumbers
            text: editor.dueDateText
            field.onTextEdited: editor.dueDateText = text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            PlainLabel {
                Layout.fillWidth: true
                text: qsTr("Yêu cầu viết bài thu hoạch")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Switch {
                objectName: "reflectionSwitch"
                Layout.minimumHeight: Theme.touchTarget
                checked: editor.reflectionRequired
                Accessible.name: qsTr("Yêu cầu viết bài thu hoạch")
                onToggled: editor.reflectionRequired = checked
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Câu hỏi trắc nghiệm (%1)").arg(editor.quiz.length)
            Accessible.role: Accessible.Heading
        }
        HintText {
            Layout.fillWidth: true
            text: qsTr("Không bắt buộc. Mỗi câu có từ 2 đến %1 phương án; chọn nút tròn bên cạnh phương án đúng. Đáp án chỉ lưu trên máy chủ, đảng viên không thấy.")
                  .arg(editor.maxChoices)
        }
        Repeater {
            model: editor.quiz

            Card {
                id: questionCard

                required property var modelData
                required property int index

                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall

                    TextAreaField {
                        objectName: "questionField"
                        Layout.fillWidth: true
                        label: qsTr("Câu hỏi %1").arg(questionCard.index + 1)
                        text: questionCard.modelData.text
                        field.onTextChanged: if (field.activeFocus) editor.setQuestionText(questionCard.index, field.text)
                    }
                    ButtonGroup {
                        id: answerGroup
                    }
                    Repeater {
                        model: questionCard.modelData.choices

                        RowLayout {
                            id: choiceRow

                            required property string modelData
                            required property int index

                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall

                            RadioButton {
                                objectName: "answerButton"
                                Layout.minimumHeight: Theme.touchTarget
                                ButtonGroup.group: answerGroup
                                checked: questionCard.modelData.answer === choiceRow.index
                                Accessible.name: qsTr("Phương án %1 là đáp án đúng").arg(choiceRow.index + 1)
                                onClicked: editor.setAnswer(questionCard.index, choiceRow.index)
                            }
                            TextField {
                                objectName: "choiceField"
                                Layout.fillWidth: true
                                Layout.minimumHeight: Theme.touchTarget
                                font.pixelSize: Theme.fontBody
                                text: choiceRow.modelData
                                placeholderText: qsTr("Phương án %1").arg(choiceRow.index + 1)
                                Accessible.name: qsTr("Phương án %1").arg(choiceRow.index + 1)
                                onTextEdited: editor.setChoiceText(questionCard.index, choiceRow.index, text)
                            }
                            WrappingButton {
                                visible: questionCard.modelData.choices.length > 2
                                text: qsTr("Bỏ")
                                Accessible.name: qsTr("Bỏ phương án %1").arg(choiceRow.index + 1)
                                onClicked: editor.removeChoice(questionCard.index, choiceRow.index)
                            }
                        }
                    }
                    WrappingButton {
                        Layout.fillWidth: true
                        visible: questionCard.modelData.choices.length < editor.maxChoices
                        text: qsTr("+ Thêm phương án")
                        onClicked: editor.addChoice(questionCard.index)
                    }
                    WrappingButton {
                        Layout.fillWidth: true
                        text: qsTr("Xóa câu hỏi %1").arg(questionCard.index + 1)
                        onClicked: editor.removeQuestion(questionCard.index)
                    }
                }
            }
        }
        WrappingButton {
            objectName: "addQuestionButton"
            Layout.fillWidth: true
            visible: editor.quiz.length < editor.maxQuestions
            text: qsTr("+ Thêm câu hỏi trắc nghiệm")
            onClicked: editor.addQuestion()
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("Thêm tài liệu")
            Accessible.role: Accessible.Heading
        }
        HintText {
            Layout.fillWidth: true
            text: qsTr("Chỉ những tài liệu mà toàn bộ nơi học tập đều xem được.")
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
            objectName: "assignError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: editor.errorMessage
        }
        WrappingButton {
            objectName: "assignButton"
            Layout.fillWidth: true
            enabled: editor.canAssign
            highlighted: true
            font.bold: true
            text: qsTr("Giao học tập")
            onClicked: editor.assign()
        }
        HintText {
            Layout.fillWidth: true
            text: qsTr("Đợt học tập được lưu trên máy và gửi đi khi đồng bộ.")
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
}
