pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary shares a document with the cell: a PDF or text file from the device, or a
// document already here (a higher level's) forwarded to the cell; with a title, a kind, a
// note and optionally the meeting it is for. The file is chosen on the app's own picker
// (ChooseFilePage). Works offline: the file is kept in the encrypted store and uploaded at
// the next sync.
Page {
    id: root

    // The meeting to attach the document to (when opened from a meeting).
    property string meetingId
    // Where the last file was chosen: the picker opens there again.
    property url lastFolder

    // Opens the file picker over this page.
    function openFilePicker() {
        if (root.StackView.view)
            root.StackView.view.push(chooseFilePage)
    }

    objectName: "shareDocumentPage"
    header: PageHeader {
        title: qsTr("Chia sẻ tài liệu")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    ShareDocumentController {
        id: share
        session: VaultSession
        meetingId: root.meetingId
        onShared: {
            // The page below says what happened (ConfirmationBar).
            Confirmations.post(qsTr("Đã chia sẻ tài liệu “%1”. Chi bộ sẽ nhận được khi đồng bộ.").arg(share.title))
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    // The app's own picker (Qt 6.4's FileDialog is small, desktop-like and its columns overlap).
    Component {
        id: chooseFilePage
        ChooseFilePage {
            id: picker
            startFolder: String(root.lastFolder).length > 0 ? root.lastFolder : FilePlaces.start
            onChosen: fileUrl => {
                root.lastFolder = picker.folder
                share.chooseFile(fileUrl)
                root.StackView.view.pop(root)
            }
        }
    }

    PageBody {
        anchors.fill: parent

        ChoiceButtons {
            objectName: "sourceChoice"
            Layout.fillWidth: true
            labels: [qsTr("Tệp trên máy"), qsTr("Tài liệu có sẵn")]
            currentIndex: share.fromFile ? 0 : 1
            onChosen: index => share.fromFile = index === 0
        }

        // A file from the device.
        ColumnLayout {
            Layout.fillWidth: true
            visible: share.fromFile
            spacing: Theme.spacingSmall

            WrappingButton {
                objectName: "chooseFileButton"
                Layout.fillWidth: true
                highlighted: !share.hasFile
                text: share.hasFile ? qsTr("Chọn tệp khác") : qsTr("Chọn tệp PDF hoặc văn bản")
                onClicked: root.openFilePicker()
            }
            PlainLabel {
                objectName: "fileLabel"
                Layout.fillWidth: true
                text: share.hasFile ? qsTr("Tệp: %1 (%2)").arg(share.fileName).arg(share.fileSizeText)
                                    : qsTr("Tệp PDF hoặc .txt, tối đa %1.").arg(share.maxFileSizeText)
                font.pixelSize: Theme.fontBody
                font.bold: share.hasFile
                color: share.hasFile ? Theme.text : Theme.textSecondary
                wrapMode: Text.WrapAnywhere
            }
        }

        // A document already on the device.
        ColumnLayout {
            Layout.fillWidth: true
            visible: !share.fromFile
            spacing: Theme.spacingSmall

            PlainLabel {
                Layout.fillWidth: true
                text: share.sourceDocumentId.length > 0 ? qsTr("Đã chọn: %1").arg(share.sourceTitle)
                                                        : qsTr("Chọn tài liệu cần chuyển cho chi bộ:")
                font.pixelSize: Theme.fontBody
                font.bold: share.sourceDocumentId.length > 0
                color: share.sourceDocumentId.length > 0 ? Theme.success : Theme.text
                wrapMode: Text.Wrap
            }
            TextField {
                objectName: "filterField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                placeholderText: qsTr("Tìm tài liệu")
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Tìm tài liệu")
                onTextChanged: share.filterText = text
            }
            Repeater {
                model: share.fromFile ? null : share.documents
                delegate: DocumentPickRow {
                    required property var model
                    Layout.fillWidth: true
                    documentId: model.documentId
                    title: model.title
                    kindLabel: model.kindLabel
                    number: model.number
                    selected: model.selected
                    selectedHint: qsTr("✓ Tài liệu sẽ chuyển cho chi bộ")
                    onPicked: id => share.chooseSource(id)
                }
            }
        }

        LabeledField {
            objectName: "titleField"
            Layout.fillWidth: true
            label: qsTr("Tên tài liệu")
            text: share.title
            field.onTextEdited: share.title = text
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2

            PlainLabel {
                Layout.fillWidth: true
                text: qsTr("Loại tài liệu")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ComboBox {
                id: kindPicker
                objectName: "kindPicker"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                model: share.kindChoices
                textRole: "label"
                valueRole: "kind"
                currentIndex: {
                    const choices = share.kindChoices
                    for (let i = 0; i < choices.length; ++i) {
                        if (choices[i].kind === share.kind)
                            return i
                    }
                    return -1
                }
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Loại tài liệu")
                onActivated: share.kind = kindPicker.currentValue
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: kindPicker.width
                    text: modelData.label
                    font.pixelSize: Theme.fontBody
                    highlighted: kindPicker.highlightedIndex === index
                }
            }
        }

        TextAreaField {
            objectName: "noteField"
            Layout.fillWidth: true
            label: qsTr("Lời nhắn cho chi bộ (không bắt buộc)")
            text: share.note
            field.onTextChanged: if (field.activeFocus) share.note = field.text
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2

            PlainLabel {
                Layout.fillWidth: true
                text: qsTr("Dùng cho buổi sinh hoạt")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ComboBox {
                id: meetingPicker
                objectName: "meetingPicker"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                model: share.meetingChoices
                textRole: "label"
                valueRole: "meetingId"
                currentIndex: {
                    const choices = share.meetingChoices
                    for (let i = 0; i < choices.length; ++i) {
                        if (choices[i].meetingId === share.meetingId)
                            return i
                    }
                    return 0
                }
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Dùng cho buổi sinh hoạt")
                onActivated: share.meetingId = meetingPicker.currentValue
                contentItem: PlainLabel {
                    leftPadding: Theme.spacingSmall
                    rightPadding: meetingPicker.indicator.width
                    text: meetingPicker.displayText
                    font: meetingPicker.font
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
                delegate: ItemDelegate {
                    id: meetingChoice
                    required property var modelData
                    required property int index
                    width: meetingPicker.width
                    contentItem: PlainLabel {
                        text: meetingChoice.modelData.label
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    highlighted: meetingPicker.highlightedIndex === meetingChoice.index
                }
            }
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: share.errorMessage
        }

        WrappingButton {
            objectName: "shareButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Chia sẻ với chi bộ")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: share.share()
        }
        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Tài liệu được lưu trên máy và gửi cho chi bộ khi đồng bộ; tệp lớn được tải lên tiếp từ chỗ dừng nếu mạng bị ngắt.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
}
