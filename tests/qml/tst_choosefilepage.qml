import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The app's own file picker, on a temporary folder: only PDF and text files and
// folders are listed, folders first; a folder opens and "Lên thư mục trên" comes back; a tap
// on a file gives its URL; from the share page, the chosen file reaches the share controller.
Item {
    id: root

    width: 480
    height: 900

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000
        readonly property string pdf: "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"

        name: "ChooseFilePage"
        when: windowShown

        Component {
            id: pickerComponent
            ChooseFilePage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: stackComponent
            StackView {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: shareComponent
            ShareDocumentPage {}
        }
        SignalSpy {
            id: chosenSpy
            signalName: "chosen"
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-bt", "secretary", "c1")
            TestData.put("organization", { id: "c1", name: "Chi bộ A", kind: "cell" })
            TestData.put("member", { id: "m-bt", org_id: "c1", full_name: "Bí thư", position: "Bí thư" })
        }

        function makeFolder() {
            const folder = TestData.makeFolder({
                "a.pdf": pdf,
                "b.txt": "Nghị quyết chi bộ\n",
                "c.jpg": "not an image",
                "sub/d.jpg": "not an image"
            })
            verify(folder.toString().indexOf("file://") === 0, "temporary folder made")
            return folder
        }

        // The picker on `folder`, listed.
        function openPicker(folder) {
            const picker = createTemporaryObject(pickerComponent, root, { startFolder: folder })
            verify(picker)
            tryCompare(picker, "loaded", true, timeout)
            return picker
        }

        // The rows shown, in order: "name" or "name/" for a folder.
        function rows(picker) {
            const list = findChild(picker, "fileList")
            verify(list)
            list.forceLayout()
            const names = []
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i)
                verify(row, "row " + i + " is created")
                names.push(row.fileName + (row.fileIsDir ? "/" : ""))
            }
            return names
        }

        function row(picker, name: string) {
            const list = findChild(picker, "fileList")
            list.forceLayout()
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.fileName === name)
                    return item
            }
            fail("no row " + name)
        }

        function test_listsOnlyPdfAndTextFilesFoldersFirst() {
            const folder = makeFolder()
            const picker = openPicker(folder)
            compare(rows(picker), ["sub/", "a.pdf", "b.txt"])
            compare(picker.fileCount, 2)
            compare(findChild(picker, "emptyNote").visible, false)
            // Each file says its kind, size and date (dd/MM/yyyy, held on one line).
            const details = findChild(row(picker, "a.pdf"), "rowDetails").text
            verify(details.indexOf("Tệp PDF") === 0, details)
            verify(details.indexOf(AppSettings.formatBytes(pdf.length)) > 0, details)
            const today = Qt.formatDate(new Date(), "dd/MM/yyyy")
            verify(details.indexOf(Theme.unbroken(today)) > 0, details)
            verify(findChild(row(picker, "b.txt"), "rowDetails").text.indexOf("Tệp văn bản") === 0)
        }

        // The places, the folder's name and "up" scroll with the rows, and show first, also
        // at 200 % text where they fill much of the screen.
        function test_topShowsFirst_data() {
            return [{ tag: "100%", scale: 1.0 }, { tag: "200%", scale: 2.0 }]
        }
        function test_topShowsFirst(data) {
            const before = Theme.textScale
            Theme.textScale = data.scale
            try {
                const folder = makeFolder()
                const picker = openPicker(folder)
                const list = findChild(picker, "fileList")
                list.forceLayout()
                const heading = findChild(picker, "folderName")
                verify(heading.mapToItem(list, 0, 0).y >= 0, "the folder's name is shown")
                const up = findChild(picker, "upRow")
                verify(up.mapToItem(list, 0, 0).y >= heading.mapToItem(list, 0, 0).y + heading.height)
                // The first row comes below them, in the same scrolling list.
                const first = list.itemAtIndex(0)
                verify(first.mapToItem(list, 0, 0).y >= up.mapToItem(list, 0, 0).y + up.height)
                // Scrolling moves them with the rows.
                const headingY = heading.mapToItem(list, 0, 0).y
                list.contentY += 50
                fuzzyCompare(heading.mapToItem(list, 0, 0).y, headingY - 50, 1)
            } finally {
                Theme.textScale = before
            }
        }

        function test_namesAreMatchedWhateverTheirCase() {
            const folder = TestData.makeFolder({ "BIEN BAN.PDF": pdf, "Ghi Chu.Txt": "x", "x.PNG": "x" })
            compare(rows(openPicker(folder)), ["BIEN BAN.PDF", "Ghi Chu.Txt"])
        }

        function test_entersSubfolderAndGoesUp() {
            const folder = makeFolder()
            const picker = openPicker(folder)
            mouseClick(row(picker, "sub"))
            verify(!picker.loaded, "the subfolder is being listed")
            tryCompare(picker, "loaded", true, timeout)
            verify(FilePlaces.sameFolder(picker.folder, folder.toString() + "/sub"))
            compare(rows(picker), [])
            compare(findChild(picker, "folderName").text, "Thư mục: sub")
            const empty = findChild(picker, "emptyNote")
            tryCompare(empty, "visible", true, timeout)
            compare(empty.text, "Thư mục này không có tệp PDF hoặc văn bản.")

            const up = findChild(picker, "upRow")
            verify(up.visible)
            mouseClick(up)
            tryCompare(picker, "loaded", true, timeout)
            verify(FilePlaces.sameFolder(picker.folder, folder))
            compare(rows(picker), ["sub/", "a.pdf", "b.txt"])
            verify(!findChild(picker, "emptyNote").visible)
        }

        function test_choosingAFileGivesItsUrl() {
            const folder = makeFolder()
            const picker = openPicker(folder)
            chosenSpy.clear()
            chosenSpy.target = picker
            mouseClick(row(picker, "a.pdf"))
            compare(chosenSpy.count, 1)
            compare(chosenSpy.signalArguments[0][0].toString(), folder.toString() + "/a.pdf")
            // A folder is opened, not chosen.
            mouseClick(row(picker, "sub"))
            compare(chosenSpy.count, 1)
        }

        function test_placesExist() {
            // The picker opens in Documents, else Downloads, else the home folder.
            const start = FilePlaces.documents.toString() || FilePlaces.downloads.toString()
                          || FilePlaces.home.toString()
            compare(FilePlaces.start.toString(), start)
            const picker = createTemporaryObject(pickerComponent, root)
            tryCompare(picker, "loaded", true, timeout)
            verify(FilePlaces.sameFolder(picker.folder, FilePlaces.start))
            verify(findChild(picker, "homeButton").visible === (FilePlaces.home.toString().length > 0))
            if (FilePlaces.home.toString().length > 0) {
                mouseClick(findChild(picker, "homeButton"))
                tryVerify(() => FilePlaces.sameFolder(picker.folder, FilePlaces.home), timeout)
                verify(findChild(picker, "homeButton").highlighted)
            }
        }

        // From the share page: the button opens the picker on the stack, a tap on a.pdf comes
        // back with the file chosen for sharing.
        function test_shareDocumentPageTakesTheChosenFile() {
            const folder = makeFolder()
            const stack = createTemporaryObject(stackComponent, root)
            const share = stack.push(shareComponent, { lastFolder: folder }, StackView.Immediate)
            verify(share)
            tryCompare(stack, "busy", false, timeout)
            mouseClick(findChild(share, "chooseFileButton"))
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === "chooseFilePage", timeout)
            tryCompare(stack, "busy", false, timeout)
            const picker = stack.currentItem
            tryCompare(picker, "loaded", true, timeout)
            mouseClick(row(picker, "a.pdf"))
            tryCompare(stack, "currentItem", share, timeout)
            tryCompare(stack, "busy", false, timeout)
            const label = findChild(share, "fileLabel")
            verify(label.text.indexOf("a.pdf") >= 0, label.text)
            compare(findChild(share, "titleField").text, "a")
            // The picker opens again where the file was.
            mouseClick(findChild(share, "chooseFileButton"))
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === "chooseFilePage", timeout)
            verify(FilePlaces.sameFolder(stack.currentItem.folder, folder))
        }
    }
}
