import QtQuick
import QtTest
import Handbook

// Signed documents (DESIGN.md 8.1): a verified document's row shows the mark in words, an
// unsigned one none; tapping the mark asks for the signer; the details dialog shows the
// signer's name, organisation, validity and fingerprint, and all of it fits at 200 % text in
// a 400 px window.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        name: "VerifiedMark"
        when: windowShown

        Component {
            id: rowComponent

            DocumentRow {
                width: root.width
                documentId: "d1"
                title: "Nghị quyết về công tác xây dựng Đảng"
                kindLabel: "Nghị quyết"
                number: "12-NQ/TU"
                issuedDate: "01/12/2026"
            }
        }

        Component {
            id: dialogComponent

            SignerDetailsDialog {
                parent: root
            }
        }

        SignalSpy {
            id: detailsSpy
            signalName: "signerDetailsRequested"
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function test_markOnlyOnVerifiedDocuments() {
            const row = createTemporaryObject(rowComponent, root)
            verify(row)
            const mark = findChild(row, "verifiedMark")
            verify(mark)
            verify(!mark.visible)
            row.signerName = "Nguyễn Văn Ký"
            verify(mark.visible)
            compare(findChild(mark, "verifiedText").text, "Đã xác thực")
            verify(mark.height >= Theme.touchTarget)
            detailsSpy.target = row
            detailsSpy.clear()
            mouseClick(mark)
            compare(detailsSpy.count, 1)
            compare(detailsSpy.signalArguments[0][0], "d1")
        }

        function test_detailsShowWhoSigned() {
            const dialog = createTemporaryObject(dialogComponent, root, {
                details: { found: true, name: "Nguyễn Văn Ký", organisation: "Tỉnh ủy Sơn Lâm",
                           validFrom: "01/01/2026", validUntil: "31/12/2027",
                           fingerprint: "3F2A 91C0 0A1B 2C3D 4E5F 6071 8293 A4B5" } })
            verify(dialog)
            dialog.open()
            tryCompare(dialog, "opened", true)
            compare(findChild(dialog, "signerName").text, "Nguyễn Văn Ký")
            compare(findChild(dialog, "signerOrganisation").text, "Tỉnh ủy Sơn Lâm")
            verify(findChild(dialog, "signerValidity").text.indexOf(Theme.unbroken("31/12/2027")) >= 0)
            compare(findChild(dialog, "signerFingerprint").text, "3F2A 91C0 0A1B 2C3D 4E5F 6071 8293 A4B5")
            dialog.close()
        }

        // At 200 % in 400 px nothing of the mark or the details is cut.
        function test_fitsAtLargeText() {
            Theme.textScale = 2.0
            const row = createTemporaryObject(rowComponent, root, { signerName: "Nguyễn Văn Ký" })
            const mark = findChild(row, "verifiedMark")
            verify(mark.width <= row.width)
            const text = findChild(mark, "verifiedText")
            verify(!text.truncated)
            verify(text.implicitWidth <= text.width + 1 || text.lineCount > 1)
            const dialog = createTemporaryObject(dialogComponent, root, {
                details: { found: true, name: "Nguyễn Văn Ký", organisation: "Ban Tuyên giáo Tỉnh ủy Sơn Lâm",
                           validFrom: "01/01/2026", validUntil: "31/12/2027",
                           fingerprint: "3F2A 91C0 0A1B 2C3D 4E5F 6071 8293 A4B5" } })
            dialog.open()
            tryCompare(dialog, "opened", true)
            for (const name of ["signerName", "signerOrganisation", "signerValidity", "signerFingerprint"]) {
                const label = findChild(dialog, name)
                verify(label.width <= dialog.availableWidth + 1, name)
                verify(!label.truncated, name)
            }
            dialog.close()
        }
    }
}
