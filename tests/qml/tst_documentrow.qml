import QtQuick
import QtTest
import Handbook

// A document row in a list: the read state in words, a tap opens the document; search
// results show the highlighted words and keep room for a snippet still on its way; the
// header's back button.
Item {
    id: root

    width: 400
    height: 640

    TestCase {
        name: "DocumentRow"
        when: windowShown

        Component {
            id: rowComponent

            DocumentRow {
                width: root.width
                documentId: "d1"
                title: "Nghị quyết về xây dựng Đảng"
                kindLabel: "Nghị quyết"
                number: "21-NQ/TW"
                issuedDate: "16/06/2022"
            }
        }

        Component {
            id: headerComponent

            PageHeader {
                width: root.width
                title: "Thư viện tài liệu"
                canGoBack: true
            }
        }

        SignalSpy {
            id: openSpy
            signalName: "openRequested"
        }

        SignalSpy {
            id: backSpy
            signalName: "back"
        }

        function test_readMarkerInWords() {
            const row = createTemporaryObject(rowComponent, root)
            verify(row)
            const marker = findChild(row, "readMarker")
            verify(marker)
            verify(marker.visible)
            compare(marker.text, "Chưa đọc")
            row.read = true
            compare(marker.text, "Đã đọc")
            row.styled = true
            verify(!marker.visible, "search results leave the marker out")
        }

        function test_tapOpensTheDocument() {
            const row = createTemporaryObject(rowComponent, root)
            verify(row)
            waitForRendering(row)
            openSpy.clear()
            openSpy.target = row
            verify(row.height >= Theme.touchTarget)
            mouseClick(row)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "d1")
        }

        function test_pendingSnippetKeepsItsRoom() {
            const row = createTemporaryObject(rowComponent, root, { styled: true })
            verify(row)
            waitForRendering(row)
            const snippet = findChild(row, "snippetLabel")
            verify(snippet)
            verify(!snippet.visible, "no snippet, none on its way: no room")
            const bare = row.implicitHeight
            row.snippetPending = true
            verify(snippet.visible)
            tryVerify(() => row.implicitHeight > bare, 1000, "room kept for the snippet")
            const reserved = row.implicitHeight
            row.snippet = "Mỗi <b>Đảng</b> <b>viên</b> phải gương mẫu."
            row.snippetPending = false
            verify(snippet.visible)
            waitForRendering(row)
            // A one-line snippet fits in the room kept: the row does not grow.
            compare(snippet.lineCount, 1)
            verify(row.implicitHeight <= reserved)
            verify(row.implicitHeight > bare)
        }

        function test_backButton() {
            const header = createTemporaryObject(headerComponent, root)
            verify(header)
            waitForRendering(header)
            backSpy.clear()
            backSpy.target = header
            const button = findChild(header, "backButton")
            verify(button)
            verify(button.visible)
            verify(button.height >= Theme.touchTarget)
            mouseClick(button)
            compare(backSpy.count, 1)
            header.canGoBack = false
            verify(!button.visible)
        }
    }
}
