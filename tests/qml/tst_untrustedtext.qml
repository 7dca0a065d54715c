import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// Text from the server or another member is shown as it is, never as markup:
// a meeting title `<img src="http://…">` must not make the phone fetch that address. Every
// such text here names a path on NetworkTrap (see tst_qml.cpp); after each screen has
// rendered, a control text that *is* markup asks for its own path, and once that request
// has arrived no other path may have been asked for. The labels show the literal characters.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000
        property int controls: 0
        property int seen: 0 // paths asked for before the current test

        name: "UntrustedText"
        when: windowShown

        Component {
            id: meetingRowComponent
            MeetingRow {
                width: root.width
                meetingId: "m1"
                timeText: "19:30, Thứ Năm 24/12/2026"
                status: Wire.MeetingScheduled
                statusLabel: "Sắp họp"
            }
        }
        Component {
            id: documentRowComponent
            DocumentRow {
                width: root.width
                documentId: "d1"
                kindLabel: "Nghị quyết"
                issuedDate: "16/06/2022"
            }
        }
        Component {
            id: pickRowComponent
            DocumentPickRow {
                width: root.width
                documentId: "d1"
                kindLabel: "Kế hoạch"
            }
        }
        Component {
            id: headerComponent
            PageHeader {
                width: root.width
            }
        }
        Component {
            id: dialogComponent
            AppDialog {
                contentItem: Item {}
            }
        }
        Component {
            id: meetingPageComponent
            MeetingPage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: notificationsComponent
            NotificationsPage {
                width: root.width
                height: root.height
            }
        }
        // What a label that renders markup does with the same kind of text: the barrier.
        Component {
            id: controlComponent
            Text {
                textFormat: Text.StyledText
            }
        }
        Component {
            id: metricsComponent
            TextMetrics {}
        }

        function trap(path: string): string {
            return "<img src=\"http://127.0.0.1:" + NetworkTrap.port + path + "\">"
        }

        // Renders a control that fetches, waits for its request, then checks that no
        // other path was asked for.
        function verifyNothingFetched() {
            const path = "/control-" + (++controls) + ".png"
            const control = createTemporaryObject(controlComponent, root, { text: trap(path) })
            verify(control)
            tryVerify(() => NetworkTrap.paths.indexOf(path) >= 0, timeout,
                      "the control's markup was fetched")
            const others = NetworkTrap.paths.slice(seen).filter(p => !p.startsWith("/control-"))
            compare(others, [], "text shown as markup fetched " + others.join(", "))
        }

        // The label shows exactly its text: as wide as the string set in plain text.
        function verifyShownLiterally(label, text: string) {
            verify(label, "label found")
            compare(label.text, text)
            compare(label.textFormat, Text.PlainText)
            const metrics = createTemporaryObject(metricsComponent, root,
                                                  { font: label.font, text: text })
            fuzzyCompare(label.implicitWidth - label.leftPadding - label.rightPadding,
                         metrics.advanceWidth, 2)
        }

        function init() {
            seen = NetworkTrap.paths.length
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-a1", "member", "c1")
            TestData.put("organization", { id: "c1", name: trap("/org.png") + "Chi bộ", kind: "cell" })
            TestData.put("member", { id: "m-a1", org_id: "c1", full_name: trap("/name.png") + "An",
                                     position: "Đảng viên" })
            TestData.put("meeting", {
                id: "m-evil", org_id: "c1", title: trap("/meeting-title.png") + "Họp chi bộ",
                starts_at: new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString(),
                location: trap("/meeting-location.png") + "Nhà văn hóa",
                agenda: trap("/meeting-agenda.png") + "Quán triệt nghị quyết",
                document_ids: [], status: "scheduled", cancel_reason: null
            })
            TestData.put("notification", {
                id: "n-evil", kind: "meeting_created", title: trap("/notification-title.png") + "Họp",
                body: trap("/notification-body.png") + "Nội dung", ref_type: "meeting", ref_id: "m-evil",
                created_at: "2026-11-20T04:00:00.000Z"
            })
        }

        function test_meetingRow() {
            const title = trap("/row-title.png") + "Họp chi bộ"
            const row = createTemporaryObject(meetingRowComponent, root, {
                title: title, location: trap("/row-location.png") + "Nhà văn hóa",
                answerLabel: trap("/row-answer.png")
            })
            verify(row)
            waitForRendering(row)
            verifyNothingFetched()
            verifyShownLiterally(findChild(row, "titleLabel"), title)
            verify(findChild(row, "locationLabel").text.indexOf("<img src=") >= 0)
        }

        function test_documentRows() {
            const title = trap("/doc-title.png") + "Nghị quyết"
            const row = createTemporaryObject(documentRowComponent, root, {
                title: title, number: trap("/doc-number.png")
            })
            verify(row)
            const pick = createTemporaryObject(pickRowComponent, root, {
                title: trap("/pick-title.png"), number: trap("/pick-number.png")
            })
            verify(pick)
            waitForRendering(row)
            waitForRendering(pick)
            verifyNothingFetched()
            verifyShownLiterally(findChild(row, "titleLabel"), title)
            // (a number keeps its parts on one line: word joiners)
            verifyShownLiterally(findChild(row, "kindLabel"),
                                 "Nghị quyết · " + Theme.unbroken(trap("/doc-number.png")))
        }

        function test_headerAndDialogTitles() {
            const header = createTemporaryObject(headerComponent, root,
                                                 { title: trap("/header.png") })
            verify(header)
            const dialog = createTemporaryObject(dialogComponent, root,
                                                 { title: trap("/dialog.png") })
            verify(dialog)
            dialog.open()
            tryVerify(() => dialog.opened)
            waitForRendering(header)
            verifyNothingFetched()
            verifyShownLiterally(dialog.header, trap("/dialog.png"))
        }

        function test_meetingPage() {
            const page = createTemporaryObject(meetingPageComponent, root, { meetingId: "m-evil" })
            verify(page)
            waitForRendering(page)
            tryVerify(() => findChild(page, "meetingTitle").text.length > 0, timeout)
            waitForRendering(page)
            verifyNothingFetched()
            verifyShownLiterally(findChild(page, "meetingTitle"), trap("/meeting-title.png") + "Họp chi bộ")
        }

        function test_notificationsPage() {
            const page = createTemporaryObject(notificationsComponent, root)
            verify(page)
            tryVerify(() => findChild(page, "notification_n-evil") !== null, timeout)
            waitForRendering(page)
            verifyNothingFetched()
        }
    }
}
