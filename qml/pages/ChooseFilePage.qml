pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.folderlistmodel
import Handbook

// The app's own file picker: the PDF and text files of a folder on the device, in
// large rows that wrap (name on its own lines, then kind, size and date), folders first, a
// "Lên thư mục trên" row and buttons for the usual places. One tap on a file chooses it:
// chosen(url) is emitted and the page that opened this one takes it from there.
Page {
    id: root

    // The folder shown first (a file: URL).
    property url startFolder: FilePlaces.start
    // The files offered (a share takes PDF and text; a committee draft any file) and the
    // words for them: the page title and the note of an empty folder.
    property var fileFilters: ["*.pdf", "*.txt"]
    property string pageTitle: qsTr("Chọn tệp PDF hoặc văn bản")
    property string emptyText: qsTr("Thư mục này không có tệp PDF hoặc văn bản.")
    // The folder shown (openFolder() changes it). Kept here: FolderListModel 6.4 does not
    // always signal its own folder's change.
    property url folder: root.startFolder
    // How many files (not folders) the folder shown lists.
    readonly property int fileCount: {
        if (!root.loaded)
            return 0
        let count = 0
        for (let i = 0; i < files.count; ++i) {
            if (!files.isFolder(i))
                ++count
        }
        return count
    }
    // The folder asked for is listed. FolderListModel lists in a thread and shows the previous
    // folder until then; on Qt 6.4 its folderChanged may not come (a listing it takes for an
    // update of the old folder), so the rows themselves say which folder they are.
    readonly property bool loaded: files.status === FolderListModel.Ready && !root.opening
    property bool opening: true
    property bool scanned: false
    // The member scrolled this folder's list (else it stays at its top while it lays out).
    property bool scrolled: false

    signal chosen(url fileUrl)

    function openFolder(folder: url) {
        if (FilePlaces.sameFolder(folder, root.folder))
            return
        root.opening = true
        root.scanned = false
        root.folder = folder
        root.scrolled = false
        fileList.showTop()
    }

    objectName: "chooseFilePage"
    header: PageHeader {
        title: root.pageTitle
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    FolderListModel {
        id: files

        function isFolder(index: int): bool {
            return files.get(index, "fileIsDir") === true
        }

        nameFilters: root.fileFilters
        caseSensitive: false
        showDirsFirst: true
        showDotAndDotDot: false
        showHidden: false
        showOnlyReadable: true
        sortCaseSensitive: false
        folder: root.folder

        // Ends `opening` once the rows are those of the folder asked for: the first row is in
        // it, or a scan that began after the tap found nothing.
        function settle() {
            if (!root.opening)
                return
            if (files.count > 0)
                root.opening = !FilePlaces.sameFolder(FilePlaces.folderOf(files.get(0, "fileUrl")), root.folder)
            else
                root.opening = !(root.scanned && files.status === FolderListModel.Ready)
        }

        onStatusChanged: {
            if (files.status === FolderListModel.Loading)
                root.scanned = true
            if (files.status === FolderListModel.Null)
                root.opening = false
            files.settle()
        }
        onCountChanged: files.settle()
        onFolderChanged: files.settle()
        onDataChanged: files.settle()
    }

    ListView {
        id: fileList
        objectName: "fileList"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacingSmall
        bottomMargin: Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}
        model: files
        onMovementStarted: root.scrolled = true
        // The list keeps its place when the top grows as it lays out (large text) or the rows
        // come in: show the top whole unless the member has scrolled.
        onTopMarginChanged: if (!root.scrolled) fileList.showTop()
        onCountChanged: if (!root.scrolled) fileList.showTop()
        onOriginYChanged: if (!root.scrolled) fileList.showTop()

        function showTop() {
            fileList.contentY = fileList.originY - fileList.topMargin
        }

        // The top of the list (places, folder, "up"), scrolling with the rows: an item in the
        // list's content above its first row, in the room topMargin leaves. (Not `header:` —
        // on Qt 6.4 a ListView header fails to create in a `pragma ComponentBehavior: Bound`
        // file, docs/decisions.md.)
        topMargin: top.implicitHeight + Theme.pageMargin + Theme.spacingSmall

        ColumnLayout {
            id: top
            parent: fileList.contentItem
            x: Math.max(Theme.pageMargin, (fileList.width - width) / 2)
            y: fileList.originY - fileList.topMargin + Theme.pageMargin
            width: Math.min(fileList.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            BodyText {
                Layout.fillWidth: true
                // At large text the rows say it ("chạm để mở"): the files come first.
                visible: Theme.scale <= 1.4
                text: qsTr("Chạm vào tệp cần chia sẻ. Chạm vào thư mục để mở.")
            }

            // The usual places, as many on a line as fit.
            Flow {
                id: places
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Repeater {
                    model: [
                        { name: "documentsButton", label: qsTr("Tài liệu"), folder: FilePlaces.documents },
                        { name: "downloadsButton", label: qsTr("Tải về"), folder: FilePlaces.downloads },
                        { name: "homeButton", label: qsTr("Thư mục nhà"), folder: FilePlaces.home }
                    ]
                    delegate: WrappingButton {
                        required property var modelData
                        objectName: modelData.name
                        width: Math.min(places.width, Math.max(implicitWidth, 2 * Theme.touchTarget))
                        visible: modelData.folder.toString().length > 0
                        text: modelData.label
                        highlighted: FilePlaces.sameFolder(root.folder, modelData.folder)
                        onClicked: root.openFolder(modelData.folder)
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                PlainLabel {
                    objectName: "folderName"
                    Layout.fillWidth: true
                    text: qsTr("Thư mục: %1").arg(FilePlaces.folderName(root.folder))
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    Accessible.role: Accessible.Heading
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: FilePlaces.pathText(root.folder)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
            }

            ItemDelegate {
                id: upRow
                objectName: "upRow"
                Layout.fillWidth: true
                visible: String(FilePlaces.folderOf(root.folder)).length > 0
                padding: Theme.spacing
                topInset: 0
                bottomInset: 0
                Accessible.name: qsTr("Lên thư mục trên")
                onClicked: root.openFolder(FilePlaces.folderOf(root.folder))
                background: Rectangle {
                    implicitHeight: Theme.touchTarget
                    radius: Theme.cornerRadius
                    color: upRow.down ? Theme.keyPressed : Theme.keyBackground
                    border.width: upRow.visualFocus ? 3 : 1
                    border.color: upRow.visualFocus ? Theme.text : Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacingSmall / 2
                    BodyText {
                        Layout.fillWidth: true
                        text: qsTr("↑ Lên thư mục trên")
                        font.bold: true
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: FilePlaces.folderName(FilePlaces.folderOf(root.folder))
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                }
            }

            PlainLabel {
                objectName: "emptyNote"
                Layout.fillWidth: true
                visible: root.loaded && root.fileCount === 0
                text: root.emptyText
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }

        delegate: ItemDelegate {
            id: row

            required property string fileName
            required property url fileUrl
            required property bool fileIsDir
            required property string fileSuffix
            required property var fileSize
            required property var fileModified

            objectName: row.fileIsDir ? "folderRow" : "fileRow"
            x: Math.max(Theme.pageMargin, (fileList.width - width) / 2)
            width: Math.min(fileList.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            padding: Theme.spacing
            topInset: 0
            bottomInset: 0
            Accessible.name: row.fileName
            onClicked: row.fileIsDir ? root.openFolder(row.fileUrl) : root.chosen(row.fileUrl)

            background: Rectangle {
                implicitHeight: Theme.touchTarget
                radius: Theme.cornerRadius
                color: row.down ? Theme.keyPressed : row.fileIsDir ? Theme.keyBackground : Theme.surface
                border.width: row.visualFocus ? 3 : 1
                border.color: row.visualFocus ? Theme.text : Theme.border
            }

            contentItem: ColumnLayout {
                spacing: Theme.spacingSmall / 2

                PlainLabel {
                    objectName: "rowName"
                    Layout.fillWidth: true
                    text: row.fileName
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    // A long name without spaces breaks where it must, never cut short.
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
                HintText {
                    objectName: "rowDetails"
                    Layout.fillWidth: true
                    text: row.fileIsDir
                          ? qsTr("Thư mục · chạm để mở")
                          : qsTr("%1 · %2 · sửa ngày %3")
                            .arg(row.fileSuffix.toLowerCase() === "pdf" ? qsTr("Tệp PDF")
                                 : row.fileSuffix.toLowerCase() === "txt" ? qsTr("Tệp văn bản")
                                 : qsTr("Tệp %1").arg(row.fileSuffix.toUpperCase()))
                            .arg(AppSettings.formatBytes(row.fileSize))
                            .arg(Theme.unbroken(Qt.formatDate(row.fileModified, "dd/MM/yyyy")))
                }
            }
        }
    }
}
