import QtQuick
import QtTest
import Handbook

// The reader's parts: the tools row (A− / A+, bookmark, notes), the notes dialog (add, edit,
// delete with confirmation), an attachment row in each of its states, the watermark, and
// the PDF viewer's controls when its file cannot be opened.
Item {
    id: root

    width: 400
    height: 800

    ListModel {
        id: twoNotes
        ListElement { noteId: "n1"; text: "Hỏi về mục 3"; updated: "15:00 22/11/2026" }
        ListElement { noteId: "n2"; text: "Chuẩn bị ý kiến"; updated: "09:30 21/11/2026" }
    }
    ListModel {
        id: noNotes
    }

    Component {
        id: toolbarComponent
        ReaderToolbar { width: root.width }
    }
    Component {
        id: notesComponent
        NotesDialog { notes: twoNotes }
    }
    Component {
        id: emptyNotesComponent
        NotesDialog { notes: noNotes }
    }
    Component {
        id: attachmentComponent
        AttachmentRow {
            width: root.width
            sha256: "ab"
            source: ""
            name: "ke-hoach-43.pdf"
            size: "640 KB"
            isPdf: true
            available: false
        }
    }
    Component {
        id: watermarkComponent
        Watermark {
            width: root.width
            height: root.height
            text: "Nguyễn Văn An · 15:00 22/11/2026"
        }
    }
    Component {
        id: viewerComponent
        PdfViewer {
            width: root.width
            height: root.height
            source: "vault/0000000000000000000000000000000000000000000000000000000000000000"
        }
    }

    SignalSpy { id: spyA }
    SignalSpy { id: spyB }

    TestCase {
        name: "ReaderComponents"
        when: windowShown

        function cleanup() {
            Theme.textScale = 1.0
            spyA.target = null
            spyB.target = null
            spyA.signalName = ""
            spyB.signalName = ""
            spyA.clear()
            spyB.clear()
        }

        function test_toolbarButtons() {
            const bar = createTemporaryObject(toolbarComponent, root)
            verify(bar)
            waitForRendering(bar)
            const names = ["shrinkTextButton", "enlargeTextButton", "bookmarkButton", "notesButton"]
            for (const name of names) {
                const button = findChild(bar, name)
                verify(button, name)
                verify(button.height >= Theme.touchTarget, name)
                verify(button.y < Theme.touchTarget, name + " on the first row")
            }
            spyA.target = bar
            spyA.signalName = "enlargeRequested"
            mouseClick(findChild(bar, "enlargeTextButton"))
            compare(spyA.count, 1)
            bar.canEnlarge = false
            mouseClick(findChild(bar, "enlargeTextButton"))
            compare(spyA.count, 1, "disabled at 200 %")

            spyB.target = bar
            spyB.signalName = "bookmarkToggled"
            const bookmark = findChild(bar, "bookmarkButton")
            compare(bookmark.text, "☆ Lưu")
            mouseClick(bookmark)
            compare(spyB.count, 1)
            bar.bookmarked = true
            compare(bookmark.text, "★ Đã lưu")
            bar.noteCount = 2
            compare(findChild(bar, "notesButton").text, "Ghi chú (2)")
        }

        // The buttons keep their names at 200 %, on two rows at most.
        function test_toolbarKeepsItsLabelsOnTwoRowsWithLargeText() {
            Theme.textScale = 2.0
            const bar = createTemporaryObject(toolbarComponent, root)
            verify(bar)
            bar.bookmarked = true
            bar.noteCount = 12
            waitForRendering(bar)
            verify(bar.twoRows)
            const notes = findChild(bar, "notesButton")
            compare(notes.text, "Ghi chú (12)")
            compare(notes.Accessible.name, "Ghi chú của tôi")
            verify(!notes.contentItem.truncated)
            verify(notes.y > 0, "second row")
            verify(notes.y < bar.height)
            verify(notes.x + notes.width <= bar.width)
        }

        function test_notesAddEditDelete() {
            const dialog = createTemporaryObject(notesComponent, root)
            verify(dialog)
            dialog.open()
            tryCompare(dialog, "opened", true)
            const list = findChild(dialog.contentItem, "noteList")
            verify(list)
            compare(list.count, 2)
            verify(!findChild(dialog.contentItem, "noNotesLabel").visible)

            spyA.target = dialog
            spyA.signalName = "saveRequested"
            // A new note.
            mouseClick(findChild(dialog.contentItem, "addNoteButton"))
            verify(dialog.editing)
            compare(dialog.title, "Ghi chú mới")
            const save = findChild(dialog.contentItem, "saveNoteButton")
            verify(!save.enabled, "nothing to save yet")
            findChild(dialog.contentItem, "noteEditor").text = "Ghi chú mới về nghị quyết"
            verify(save.enabled)
            mouseClick(save)
            compare(spyA.count, 1)
            compare(spyA.signalArguments[0][0], "")
            compare(spyA.signalArguments[0][1], "Ghi chú mới về nghị quyết")
            dialog.finishEditing()
            verify(!dialog.editing)

            // Edit the first note: the editor starts with its text.
            const edit = findChild(list.itemAtIndex(0), "editNoteButton")
            verify(edit)
            mouseClick(edit)
            verify(dialog.editing)
            compare(dialog.editingId, "n1")
            compare(findChild(dialog.contentItem, "noteEditor").text, "Hỏi về mục 3")
            mouseClick(findChild(dialog.contentItem, "saveNoteButton"))
            compare(spyA.count, 2)
            compare(spyA.signalArguments[1][0], "n1")
            mouseClick(findChild(dialog.contentItem, "cancelNoteButton"))
            verify(!dialog.editing)

            // Delete asks first.
            spyB.target = dialog
            spyB.signalName = "deleteRequested"
            mouseClick(findChild(list.itemAtIndex(1), "deleteNoteButton"))
            compare(spyB.count, 0)
            const confirmDialog = findChild(dialog, "confirmDeleteNote")
            verify(confirmDialog)
            tryCompare(confirmDialog, "opened", true)
            confirmDialog.accept()
            compare(spyB.count, 1)
            compare(spyB.signalArguments[0][0], "n2")
        }

        function test_noNotes() {
            const dialog = createTemporaryObject(emptyNotesComponent, root)
            verify(dialog)
            dialog.open()
            tryCompare(dialog, "opened", true)
            verify(findChild(dialog.contentItem, "noNotesLabel").visible)
        }

        function test_attachmentStates() {
            const row = createTemporaryObject(attachmentComponent, root)
            verify(row)
            const status = findChild(row, "attachmentStatus")
            const button = findChild(row, "openAttachmentButton")
            // Not downloaded yet: said plainly, nothing to press.
            compare(status.text, "Chưa tải về — sẽ tải khi có mạng")
            verify(!button.visible)

            row.available = true
            verify(!status.visible)
            verify(button.visible)
            compare(button.text, "Xem tệp")
            spyA.target = row
            spyA.signalName = "openRequested"
            waitForRendering(row)
            mouseClick(button)
            compare(spyA.count, 1)

            // Confidential: fetched on demand.
            row.available = false
            row.restricted = true
            verify(button.visible)
            compare(button.text, "Tải về để xem (cần mạng)")
            spyB.target = row
            spyB.signalName = "fetchRequested"
            mouseClick(button)
            compare(spyB.count, 1)
            row.busy = true
            compare(status.text, "Đang tải tệp…")
            verify(!button.enabled)

            row.isPdf = false
            compare(status.text, "Ứng dụng chỉ mở được tệp PDF.")
        }

        function test_watermarkCoversTheArea() {
            const mark = createTemporaryObject(watermarkComponent, root)
            verify(mark)
            verify(mark.visible)
            verify(!mark.enabled, "never catches taps")
            const grid = findChild(mark, "watermarkGrid")
            verify(grid)
            waitForRendering(mark)
            verify(grid.width * grid.height >= mark.width * mark.height, "covers every corner")
            verify(grid.children.length >= 6)
            mark.text = ""
            verify(!mark.visible)
        }

        function test_pdfViewerWithoutItsFile() {
            const viewer = createTemporaryObject(viewerComponent, root)
            verify(viewer)
            compare(viewer.pageCount, 0)
            compare(findChild(viewer, "pageLabel").text, "")
            // Zoom stays within 100 %–400 %.
            const zoomIn = findChild(viewer, "zoomInButton")
            const zoomOut = findChild(viewer, "zoomOutButton")
            verify(!zoomOut.enabled)
            for (let i = 0; i < 10; ++i)
                viewer.setZoom(viewer.zoom * 1.25)
            compare(viewer.zoom, viewer.maxZoom)
            verify(!zoomIn.enabled)
            compare(findChild(viewer, "zoomLabel").text, "400%")
            viewer.setZoom(0.1)
            compare(viewer.zoom, 1.0)
        }
    }
}
