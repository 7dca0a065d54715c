pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// My private notes on a document: the list (newest first) with "Sửa" and "Xóa" on each,
// "Thêm ghi chú", and an editor in the same dialog. The page saves through its controller
// and calls finishEditing() when the note was stored.
AppDialog {
    id: root

    // Rows with noteId, text and updated (a NoteListModel, or a ListModel in tests).
    required property var notes
    // The error of the last save or delete, shown under the editor.
    property string errorText
    // The note being edited: "" for a new one; editing is false while the list shows.
    property string editingId
    property bool editing: false

    signal saveRequested(string noteId, string text)
    signal deleteRequested(string noteId)

    function startEditing(noteId: string, text: string) {
        root.editingId = noteId
        editor.text = text
        root.editing = true
        editor.forceActiveFocus()
    }

    function finishEditing() {
        root.editing = false
        root.editingId = ""
        editor.text = ""
    }

    objectName: "notesDialog"
    title: root.editing ? (root.editingId.length > 0 ? qsTr("Sửa ghi chú") : qsTr("Ghi chú mới"))
                        : qsTr("Ghi chú của tôi")
    height: Overlay.overlay ? Overlay.overlay.height - 2 * Theme.pageMargin : 600
    onClosed: root.finishEditing()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // The list.
        PlainLabel {
            Layout.fillWidth: true
            visible: !root.editing
            text: qsTr("Chỉ mình đồng chí xem được các ghi chú này.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        PlainLabel {
            objectName: "noNotesLabel"
            Layout.fillWidth: true
            visible: !root.editing && noteList.count === 0
            text: qsTr("Chưa có ghi chú nào.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ListView {
            id: noteList
            objectName: "noteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.editing
            clip: true
            spacing: Theme.spacingSmall
            model: root.notes
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: Card {
                id: noteCard

                required property string noteId
                required property string text
                required property string updated

                width: ListView.view.width
                padding: Theme.spacing

                contentItem: ColumnLayout {
                    spacing: Theme.spacingSmall

                    PlainLabel {
                        Layout.fillWidth: true
                        text: noteCard.text
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        visible: noteCard.updated.length > 0
                        text: noteCard.updated
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        ActionButton {
                            objectName: "editNoteButton"
                            text: qsTr("Sửa")
                            onClicked: root.startEditing(noteCard.noteId, noteCard.text)
                        }
                        ActionButton {
                            objectName: "deleteNoteButton"
                            text: qsTr("Xóa")
                            onClicked: {
                                confirmDelete.noteId = noteCard.noteId
                                confirmDelete.open()
                            }
                        }
                    }
                }
            }
        }

        // The editor.
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.editing

            TextArea {
                id: editor
                objectName: "noteEditor"
                textFormat: TextEdit.PlainText // as typed or stored, never markup
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Viết ghi chú của đồng chí…")
                Accessible.name: qsTr("Nội dung ghi chú")
            }
        }
        MessageBox {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            text: root.errorText
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "addNoteButton"
                visible: !root.editing
                highlighted: true
                text: qsTr("Thêm ghi chú")
                onClicked: root.startEditing("", "")
            }
            ActionButton {
                objectName: "closeNotesButton"
                visible: !root.editing
                text: qsTr("Đóng")
                onClicked: root.close()
            }
            ActionButton {
                objectName: "saveNoteButton"
                visible: root.editing
                highlighted: true
                enabled: editor.text.trim().length > 0
                text: qsTr("Lưu ghi chú")
                onClicked: root.saveRequested(root.editingId, editor.text)
            }
            ActionButton {
                objectName: "cancelNoteButton"
                visible: root.editing
                text: qsTr("Hủy")
                onClicked: root.finishEditing()
            }
        }
    }

    ConfirmDialog {
        id: confirmDelete
        objectName: "confirmDeleteNote"

        property string noteId

        title: qsTr("Xóa ghi chú?")
        text: qsTr("Ghi chú này sẽ bị xóa trên mọi thiết bị của đồng chí.")
        confirmText: qsTr("Xóa")
        onConfirmed: root.deleteRequested(confirmDelete.noteId)
    }
}
