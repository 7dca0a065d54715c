import QtQuick
import QtTest
import Handbook

// A document row in a list: the read state in words, a tap opens the document; search
// results show the highlighted words; the header's back button.
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
