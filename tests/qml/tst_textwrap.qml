import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// 200 %: nothing is cut short. Dates and document numbers wrap as one piece
// (Theme.unbroken); button labels, page titles and dialog buttons take more lines or rows
// instead of eliding; the PIN pad gives its word keys a row of their own when they do not fit;
// the reader's tools keep their names and places; a text size button stays under the finger.
Item {
    id: root

    width: 400
    height: 800

    // Lays out lines as Text does (QTextLayout) and tells where a line starts.
    TextEdit {
        id: probe
        width: 100
        readOnly: true
        wrapMode: TextEdit.Wrap
        font.pixelSize: 20
    }
    TextMetrics {
        id: metrics
        font: probe.font
    }

    Component {
        id: buttonComponent
        ActionButton {
            width: 120
            text: "Đăng xuất và xóa dữ liệu trên máy"
        }
    }
    Component {
        id: headerComponent
        PageHeader {
            width: root.width
            title: "Party Member Handbook and a much longer title than fits on two lines of it"
        }
    }
    Component {
        id: dialogComponent
        ConfirmDialog {
            parent: root
            title: "Sign out?"
            text: "Every document on this device will be erased."
            confirmText: "Sign out and erase the data on this device"
        }
    }
    Component {
        id: pinPadComponent
        PinPad {
            width: root.width - 40
            submitText: "Unlock"
        }
    }

    Component {
        id: documentRowComponent
        DocumentRow {
            width: root.width
            documentId: "d1"
            title: "Nghị quyết về công tác xây dựng Đảng"
            kindLabel: "Nghị quyết"
            number: "45-NQ/ĐU"
            issuedDate: "27/10/2025"
        }
    }
    Component {
        id: toolbarComponent
        ReaderToolbar {
            width: root.width
        }
    }
    // A page whose title bar and text grow with the text size, a button half-way down.
    Component {
        id: pageComponent
        Column {
            property alias body: body
            property alias button: button
            width: root.width
            height: root.height
            Rectangle {
                width: parent.width
                height: 60 * Theme.scale
            }
            PageBody {
                id: body
                width: parent.width
                height: parent.height - 60 * Theme.scale
                Repeater {
                    model: 10
                    PlainLabel {
                        text: "Dòng " + index
                        font.pixelSize: Theme.fontBody
                    }
                }
                ActionButton {
                    id: button
                    text: "A+"
                }
                Repeater {
                    model: 30
                    PlainLabel {
                        text: "Dòng sau " + index
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
        }
    }

    TestCase {
        name: "TextWrap"
        when: windowShown

        function cleanup() {
            Theme.textScale = 1.0
        }

        // The position where the second line of `probe` starts.
        function secondLineStart(text, width) {
            probe.text = text
            probe.width = width
            return probe.positionAt(1, probe.font.pixelSize * 1.8)
        }

        function test_datesAndNumbersWrapAsOnePiece() {
            // Room for "Số 45-" but not for the whole number: Qt breaks after the hyphen of
            // a plain number, before the number held together.
            metrics.text = "Số 45-"
            compare(secondLineStart("Số 45-NQ/ĐU", metrics.advanceWidth + 2), 6)
            compare(secondLineStart(Theme.unbroken("Số 45-NQ/ĐU"), metrics.advanceWidth + 2), 3)
            metrics.text = "Ngày 27/10/"
            compare(secondLineStart(Theme.unbroken("Ngày 27/10/2025"), metrics.advanceWidth + 2), 5)
            // Words without a digit are left alone; what is shown reads the same.
            compare(Theme.unbroken("và/hoặc 12-NQ"), "và/hoặc 12\u2060-\u2060NQ")
            compare(Theme.unbroken("19:30 27/10/2025").replace(/\u2060/g, ""), "19:30 27/10/2025")
        }

        // The date keeps one line; the read state goes under it when there is no room.
        function test_documentRowKeepsTheDateWhole() {
            Theme.textScale = 2.0
            const row = createTemporaryObject(documentRowComponent, root)
            waitForRendering(row)
            const date = findChild(row, "issuedDateLabel")
            compare(date.lineCount, 1)
            const marker = findChild(row, "readMarker")
            verify(marker.mapToItem(row, 0, 0).y > date.mapToItem(row, 0, 0).y)
            verify(!marker.truncated)
        }

        function test_buttonLabelWraps() {
            Theme.textScale = 2.0
            const button = createTemporaryObject(buttonComponent, root)
            verify(button)
            verify(!button.contentItem.truncated)
            verify(button.contentItem.lineCount > 1)
            verify(button.height >= button.contentItem.implicitHeight)
        }

        function test_pageTitleIsWhole() {
            Theme.textScale = 2.0
            const header = createTemporaryObject(headerComponent, root)
            verify(header)
            const title = findChild(header, "pageTitle")
            verify(title)
            waitForRendering(header)
            verify(!title.truncated)
            verify(title.lineCount > 2)
        }

        function test_dialogButtonsStackWhenTheyDoNotFit() {
            Theme.textScale = 2.0
            const dialog = createTemporaryObject(dialogComponent, root)
            dialog.open()
            tryCompare(dialog, "opened", true)
            const footer = dialog.footer
            // One column: the buttons one under the other, inside the dialog.
            const grid = footer.children[0]
            compare(grid.columns, 1)
            for (let i = 1; i < grid.children.length; ++i) {
                const button = grid.children[i]
                const left = button.mapToItem(root, 0, 0).x
                verify(left >= 0)
                verify(left + button.width <= root.width)
                verify(!button.contentItem.truncated)
            }
            dialog.close()
        }

        function test_readerToolsKeepTheirNamesAndPlaces() {
            const bar = createTemporaryObject(toolbarComponent, root)
            const notes = findChild(bar, "notesButton")
            const bookmark = findChild(bar, "bookmarkButton")
            waitForRendering(bar)
            // One row at 100 %; the notes button does not move when the bookmark label grows.
            compare(bookmark.y, notes.y)
            const place = notes.mapToItem(root, 0, 0)
            bar.bookmarked = true
            waitForRendering(bar)
            compare(notes.mapToItem(root, 0, 0), place)
            // At 200 %: two rows of two, every label whole.
            Theme.textScale = 2.0
            waitForRendering(bar)
            const shrink = findChild(bar, "shrinkTextButton")
            verify(bookmark.y > shrink.y)
            compare(notes.y, bookmark.y)
            for (const name of ["shrinkTextButton", "enlargeTextButton", "bookmarkButton", "notesButton"]) {
                const button = findChild(bar, name)
                verify(!button.contentItem.truncated, name)
                verify(button.x + button.width <= bar.width, name)
            }
            compare(bookmark.text, "★ Đã lưu")
        }

        function test_textSizeButtonStaysUnderTheFinger() {
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            const before = page.button.mapToItem(null, 0, 0).y
            page.body.keepInPlace(page.button, () => Theme.textScale = 1.5)
            tryVerify(() => Math.abs(page.button.mapToItem(null, 0, 0).y - before) < 1)
            waitForRendering(page)
            verify(Math.abs(page.button.mapToItem(null, 0, 0).y - before) < 1)
            // And back: the page shrinks around it.
            page.body.keepInPlace(page.button, () => Theme.textScale = 1.0)
            waitForRendering(page)
            tryVerify(() => Math.abs(page.button.mapToItem(null, 0, 0).y - before) < 1)
        }

        function test_pinPadWordKeysGetTheirOwnRow() {
            const pad = createTemporaryObject(pinPadComponent, root)
            const submit = findChild(pad, "pinKeySubmit")
            const zero = findChild(pad, "pinKey0")
            waitForRendering(pad)
            compare(submit.mapToItem(pad, 0, 0).y, zero.mapToItem(pad, 0, 0).y)
            Theme.textScale = 2.0
            waitForRendering(pad)
            verify(submit.mapToItem(pad, 0, 0).y > zero.mapToItem(pad, 0, 0).y)
            verify(!submit.contentItem.truncated)
            verify(!findChild(pad, "pinKeyDelete").contentItem.truncated)
            verify(submit.width > zero.width)
        }
    }
}
