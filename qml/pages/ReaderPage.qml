pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// One document: kind, number, title, issuer and date, summary, then the text in large type
// with comfortable line spacing and wide margins; its attachments; "Đánh dấu đã đọc" at the
// end (also done by itself when the member scrolls to the end of the text). The tools row
// under the title: text size A− / A+ (the app's one size), bookmark, private notes. The page
// reopens where the member stopped reading. "Đọc to" at the bottom reads the text aloud from
// the first sentence on screen, the sentence being read highlighted and kept on screen. A
// confidential (restricted) document is fetched over the network, kept in memory only and
// shown under a watermark.
Page {
    id: root

    // The document to show (set when the page is opened).
    property string documentId
    // The reading column's text: the app's one text size (A− / A+ here change it for the
    // whole app, as in Settings).
    readonly property int bodySize: Theme.fontBody
    readonly property int smallSize: Theme.fontSmall
    // The title bar and tools slide away while the member scrolls down the text and come
    // back when they scroll up (or reach the top).
    property bool headerShown: true
    property real lastContentY: 0
    // Where the member is in the text: 0 (top) to 1 (end) of the scrollable range. Loaded
    // once from the vault; kept when the text reflows (A− / A+, rotation, late layout).
    property real fraction: 0
    property bool fractionLoaded: false
    // The scroll range `fraction` was last applied to: a different one means the text is
    // being laid out again, and a change of contentY then is not the member's.
    property real laidOutRange: -1
    property bool applyingFraction: false
    // The member moved the text by hand (scroll-to-end marks read only then).
    property bool userScrolled: false
    // The confidential attachment being fetched (its row shows "Đang tải tệp…").
    property string fetchingSha
    property string fetchingName
    // The background of the sentence being read aloud.
    readonly property color sentenceHighlight: "#FFE08A"

    // Highlights the sentence being read aloud and scrolls it into view (unless the member
    // is moving the text).
    function showSentence() {
        if (readAloud.sentenceIndex < 0) {
            documentBody.deselect()
            return
        }
        documentBody.select(readAloud.sentenceStart, readAloud.sentenceEnd)
        if (scroller.moving)
            return
        const first = documentBody.positionToRectangle(readAloud.sentenceStart)
        const last = documentBody.positionToRectangle(readAloud.sentenceEnd)
        const base = readingColumn.y + documentBody.y
        const target = readAloud.scrollTarget(scroller.contentY, scroller.height,
                                              scroller.contentHeight,
                                              root.headerShown ? readerHeader.height : 0, 0,
                                              base + first.y, base + last.y + last.height)
        if (Math.abs(target - scroller.contentY) >= 1) {
            sentenceScroll.to = target
            sentenceScroll.restart()
        }
    }

    // "Đọc to": from the first sentence on screen (the start when the text's top is visible).
    function startReading() {
        const topInset = root.headerShown ? readerHeader.height : 0
        const y = scroller.contentY + topInset - readingColumn.y - documentBody.y
        readAloud.play(y > 0 ? documentBody.positionAt(0, y) : 0)
    }

    // Puts the text at `fraction` (after the layout changed).
    function applyFraction() {
        const range = scroller.contentHeight - scroller.height
        root.laidOutRange = range
        if (!root.fractionLoaded || scroller.moving || range <= 0)
            return
        root.applyingFraction = true
        scroller.contentY = Math.round(root.fraction * range)
        root.applyingFraction = false
    }

    // A− / A+: the app's text size, a quarter step, 100 % to 200 %.
    function changeTextScale(step: real) {
        AppSettings.textScale = Math.min(2.0, Math.max(1.0, AppSettings.textScale + step))
        sizeTip.show(qsTr("Cỡ chữ %1%").arg(Math.round(AppSettings.textScale * 100)), 1500)
    }

    function savePosition() {
        if (reader.found && root.fractionLoaded)
            reader.saveReadingPosition(root.fraction)
    }

    function checkEnd() {
        if (!root.userScrolled || reader.read || !reader.found || reader.body.length === 0)
            return
        const bodyEnd = readingColumn.y + documentBody.y + documentBody.height
        if (scroller.contentY + scroller.height >= bodyEnd)
            reader.reachedEnd()
    }

    function openAttachment(name: string, sha256: string, source: string) {
        root.StackView.view.push(pdfPageComponent, {
            fileName: name,
            sha256: sha256,
            source: source,
            startPage: reader.pdfPage(sha256)
        })
    }

    // Opens the first PDF attachment that is on the device (for the screenshots).
    function openFirstAttachment() {
        for (let i = 0; i < attachmentRepeater.count; ++i) {
            const row = attachmentRepeater.itemAt(i) as AttachmentRow
            if (row && row.isPdf && row.available) {
                root.openAttachment(row.name, row.sha256, row.source)
                return
            }
        }
    }

    objectName: "readerPage"
    StackView.onDeactivating: {
        readAloud.stop()
        root.savePosition()
    }

    // Reads the text aloud; stops when the vault locks, the text changes or the page goes.
    ReadAloudController {
        id: readAloud
        objectName: "readAloud"
        session: VaultSession
        text: reader.body
        onSentenceChanged: root.showSentence()
        // Read aloud to the end: read, as when the member scrolls to the end.
        onFinished: reader.reachedEnd()
    }

    NumberAnimation {
        id: sentenceScroll
        target: scroller
        property: "contentY"
        duration: 250
        easing.type: Easing.InOutQuad
    }

    footer: ReadAloudBar {
        objectName: "readAloudBar"
        visible: reader.found && reader.body.length > 0
        controller: readAloud
        onPlayRequested: root.startReading()
    }

    // Who signed the document, behind its verified mark (DESIGN.md 8.1).
    VerificationController {
        id: verification
        session: VaultSession
    }

    SignerDetailsDialog {
        id: signerDetails
        objectName: "signerDetails"
    }

    ReaderController {
        id: reader
        session: VaultSession
        fetcher: Account.documentFetcher
        documentId: root.documentId
        onDocumentChanged: {
            if (!root.fractionLoaded && reader.found) {
                root.fraction = reader.readingPosition
                root.fractionLoaded = true
            }
            root.applyFraction()
        }
        onAttachmentReady: (sha256, source) => {
            root.fetchingSha = ""
            root.openAttachment(root.fetchingName, sha256, source)
        }
        onAttachmentFailed: (sha256, message) => {
            root.fetchingSha = ""
            attachmentError.text = message
        }
    }

    ToolTip {
        id: sizeTip
        objectName: "textSizeTip"
        x: (root.width - width) / 2
        y: Theme.spacing
        font.pixelSize: Theme.fontBody
    }

    Flickable {
        id: scroller
        objectName: "readerScroller"
        anchors.fill: parent
        contentWidth: width
        contentHeight: readerHeader.height + readingColumn.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        // A new layout (text size, window size, the text arriving) keeps the position.
        onContentHeightChanged: root.applyFraction()
        onHeightChanged: root.applyFraction()
        onMovementStarted: root.userScrolled = true
        onMovementEnded: root.savePosition()
        onContentYChanged: {
            // Scrolling moves the reading position; a new layout (or applying it) does not.
            const range = scroller.contentHeight - scroller.height
            if (!root.applyingFraction && root.fractionLoaded && range > 0
                    && range === root.laidOutRange)
                root.fraction = Math.min(1, Math.max(0, scroller.contentY / range))
            root.checkEnd()
            // Down the text: the bars go; up: they come back. Only the member's own scrolling
            // counts, not a new layout (the text reflowing, "Đánh dấu đã đọc" going away) nor
            // the text sliding back within its bounds after it got shorter.
            const delta = scroller.contentY - root.lastContentY
            root.lastContentY = scroller.contentY
            const byMember = scroller.moving && !root.applyingFraction && range === root.laidOutRange
                             && scroller.contentY <= range
            if (scroller.contentY <= readerHeader.height)
                root.headerShown = true
            else if (byMember && delta > 2)
                root.headerShown = false
            else if (byMember && delta < -2)
                root.headerShown = true
        }

        ColumnLayout {
            id: readingColumn
            // Wide margins: easier to hold the phone and to find the start of each line.
            x: Math.max(Theme.spacingLarge, (scroller.width - width) / 2)
            // Below the title bar and tools, which lie over the text (readerHeader).
            y: readerHeader.height + Theme.spacingLarge
            width: Math.min(scroller.width - 2 * Theme.spacingLarge, Theme.contentMaxWidth)
            spacing: Theme.spacing

            BodyText {
                Layout.fillWidth: true
                visible: !reader.found
                text: qsTr("Không tìm thấy tài liệu này trên máy.")
            }

            PlainLabel {
                objectName: "documentTitle"
                Layout.fillWidth: true
                visible: reader.found
                text: reader.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Accessible.role: Accessible.Heading
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: reader.found && reader.number.length > 0
                text: qsTr("Số: %1").arg(Theme.unbroken(reader.number))
                font.pixelSize: root.bodySize
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: reader.found && reader.issuer.length > 0
                text: qsTr("Cơ quan ban hành: %1").arg(reader.issuer)
                font.pixelSize: root.bodySize
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: reader.found && reader.issuedDate.length > 0
                text: qsTr("Ngày ban hành: %1").arg(Theme.unbroken(reader.issuedDate))
                font.pixelSize: root.bodySize
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            VerifiedMark {
                objectName: "readerVerifiedMark"
                Layout.maximumWidth: parent.width
                visible: reader.found && reader.signerName.length > 0
                signerName: reader.signerName
                onDetailsRequested: {
                    signerDetails.details = verification.signerDetails(reader.documentId)
                    signerDetails.open()
                }
            }
            PlainLabel {
                objectName: "readState"
                Layout.fillWidth: true
                visible: reader.found
                text: reader.read ? qsTr("✓ Đồng chí đã đọc tài liệu này") : qsTr("Đồng chí chưa đọc tài liệu này")
                font.pixelSize: root.bodySize
                font.bold: true
                color: reader.read ? Theme.success : Theme.accentDark
                wrapMode: Text.Wrap
            }

            // A confidential document: what is happening, and a way to try again.
            MessageBox {
                objectName: "restrictedNotice"
                Layout.fillWidth: true
                visible: reader.restricted
                kind: reader.restrictedState === ReaderController.Failed ? MessageBox.Error
                                                                         : MessageBox.Warning
                text: reader.restrictedState === ReaderController.Fetching
                      ? qsTr("Tài liệu mật: đang tải nội dung từ máy chủ…")
                      : reader.restrictedState === ReaderController.Shown
                        ? qsTr("Tài liệu mật: nội dung chỉ hiển thị khi có mạng và không được lưu trên máy.")
                        : reader.restrictedMessage
            }
            ActionButton {
                objectName: "retryRestrictedButton"
                Layout.fillWidth: true
                visible: reader.restricted && (reader.restrictedState === ReaderController.NeedsNetwork
                                               || reader.restrictedState === ReaderController.Failed)
                text: qsTr("Thử tải lại")
                onClicked: reader.fetchRestricted()
            }

            Card {
                Layout.fillWidth: true
                visible: reader.found && reader.summary.length > 0

                PlainLabel {
                    anchors.fill: parent
                    text: reader.summary
                    textFormat: Text.PlainText
                    font.pixelSize: root.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    lineHeight: 1.4
                }
            }

            // Plain text, read-only: a TextEdit rather than a label so the sentence read
            // aloud can be selected (highlighted) and located (positionToRectangle).
            TextEdit {
                id: documentBody
                objectName: "documentBody"
                Layout.fillWidth: true
                visible: reader.found
                text: reader.body
                textFormat: TextEdit.PlainText
                readOnly: true
                selectByMouse: false
                selectByKeyboard: false
                activeFocusOnPress: false
                font.pixelSize: root.bodySize
                color: Theme.text
                selectionColor: root.sentenceHighlight
                selectedTextColor: Theme.text
                wrapMode: TextEdit.Wrap
            }
            LineSpacing {
                document: documentBody.textDocument
                factor: 1.45
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: reader.found && reader.attachments.count > 0
                text: qsTr("Tệp đính kèm (%1)").arg(reader.attachments.count)
                Accessible.role: Accessible.Heading
            }
            Repeater {
                id: attachmentRepeater
                model: reader.attachments

                AttachmentRow {
                    id: attachmentRow
                    Layout.fillWidth: true
                    restricted: reader.restricted
                    busy: root.fetchingSha === attachmentRow.sha256
                    onOpenRequested: root.openAttachment(attachmentRow.name, attachmentRow.sha256,
                                                         attachmentRow.source)
                    onFetchRequested: {
                        attachmentError.text = ""
                        root.fetchingSha = attachmentRow.sha256
                        root.fetchingName = attachmentRow.name
                        reader.fetchAttachment(attachmentRow.sha256)
                    }
                }
            }
            MessageBox {
                id: attachmentError
                Layout.fillWidth: true
                visible: text.length > 0
                text: ""
            }

            MessageBox {
                Layout.fillWidth: true
                visible: text.length > 0
                text: reader.errorMessage
            }

            ActionButton {
                objectName: "markReadButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                visible: reader.found && !reader.read
                         && (!reader.restricted || reader.restrictedState === ReaderController.Shown)
                highlighted: true
                text: qsTr("Đánh dấu đã đọc")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                onClicked: reader.markRead()
                // Wraps rather than cut the words short with very large text.
                contentItem: PlainLabel {
                    text: qsTr("Đánh dấu đã đọc")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.textOnAccent
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }

            // A committee user of the publishing organisation may withdraw the document.
            WithdrawController {
                id: withdrawal
                session: VaultSession
                documentId: root.documentId
            }
            MessageBox {
                objectName: "withdrawPending"
                Layout.fillWidth: true
                visible: withdrawal.pending
                kind: MessageBox.Warning
                text: qsTr("Đã yêu cầu thu hồi văn bản này; đang chờ gửi lên máy chủ.")
            }
            WrappingButton {
                objectName: "withdrawButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                visible: reader.found && withdrawal.canWithdraw
                text: qsTr("Thu hồi văn bản")
                onClicked: withdrawDialog.open()
            }
            WithdrawDialog {
                id: withdrawDialog
                controller: withdrawal
            }

            // "Giao học tập": a secretary (for the cell) or a committee user (for its
            // organisation or one below it that can see this document).
            StudyAssignController {
                id: studyAssign
                session: VaultSession
                documentId: root.documentId
            }
            WrappingButton {
                objectName: "assignStudyButton"
                Layout.fillWidth: true
                visible: reader.found && studyAssign.documentAssignable
                text: qsTr("Giao học tập")
                onClicked: root.StackView.view.push(studyAssignPage, { documentId: root.documentId })
            }
        }
    }

    // The title bar and the tools, over the top of the text; they slide up out of the way
    // while the member reads down the text.
    ColumnLayout {
        id: readerHeader
        objectName: "readerHeader"
        width: root.width
        y: root.headerShown ? 0 : -height
        z: 2
        spacing: 0

        Behavior on y {
            NumberAnimation { duration: 150 }
        }

        PageHeader {
            Layout.fillWidth: true
            title: reader.kindLabel.length > 0 ? reader.kindLabel : qsTr("Tài liệu")
            canGoBack: root.StackView.view !== null
            onBack: {
                root.savePosition()
                root.StackView.view.pop()
            }
        }
        ReaderToolbar {
            Layout.fillWidth: true
            visible: reader.found
            canShrink: AppSettings.textScale > 1.0
            canEnlarge: AppSettings.textScale < 2.0
            bookmarked: reader.bookmarked
            noteCount: reader.notes.count
            onShrinkRequested: root.changeTextScale(-0.25)
            onEnlargeRequested: root.changeTextScale(0.25)
            onBookmarkToggled: reader.toggleBookmark()
            onNotesRequested: notesDialog.open()
        }
    }

    // Over the text of a confidential document: who is reading it, and when.
    Watermark {
        objectName: "readerWatermark"
        anchors.fill: scroller
        text: reader.restrictedState === ReaderController.Shown ? reader.watermarkText : ""
    }

    NotesDialog {
        id: notesDialog
        notes: reader.notes
        errorText: reader.errorMessage
        onSaveRequested: (noteId, text) => {
            if (reader.saveNote(noteId, text))
                notesDialog.finishEditing()
        }
        onDeleteRequested: noteId => reader.deleteNote(noteId)
    }

    Component {
        id: studyAssignPage
        StudyAssignPage {}
    }

    Component {
        id: pdfPageComponent

        Page {
            id: pdfPage

            property string fileName
            property string sha256
            property string source
            property int startPage

            objectName: "pdfPage"
            header: PageHeader {
                title: pdfPage.fileName
                canGoBack: true
                onBack: pdfPage.StackView.view.pop()
            }

            PdfViewer {
                anchors.fill: parent
                source: pdfPage.source
                startPage: pdfPage.startPage
                watermark: reader.restrictedState === ReaderController.Shown ? reader.watermarkText : ""
                onCurrentPageChanged: if (pageCount > 0) reader.savePdfPage(pdfPage.sha256, currentPage)
            }
        }
    }
}
