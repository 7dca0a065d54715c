import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// What a secretary sees after acting: scheduling a meeting and sharing a document
// go back to the page they came from, which then says what was done and that it goes to the
// cell at the next sync; the confirmation leaves by itself.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "Confirmations"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: meetingsComponent
            MeetingsPage {}
        }
        Component {
            id: followUpComponent
            FollowUpPage {
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
        Component {
            id: feedbackComponent
            FeedbackPage {
                width: root.width
                height: root.height
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-sec", "secretary", "c1")
            TestData.put("organization", { id: "c1", name: "Chi bộ thôn Đồng Tâm", kind: "cell", parent_id: null })
            TestData.put("member", { id: "m-sec", org_id: "c1", full_name: "Lê Văn Sơn", position: "Bí thư" })
            TestData.put("document", {
                id: "d1", org_id: "p1", audience_org_id: "p1", kind: "resolution", number: "45-NQ/TU",
                title: "Nghị quyết về chuyển đổi số", issued_date: "2026-11-01", issuer: "Tỉnh ủy",
                summary: null, body: "Toàn văn", classification: "public", attachments: [],
                published_at: "2026-11-01T00:00:00.000Z" })
        }

        function meetingsPageInAStack(): var {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.push(meetingsComponent)
            waitForRendering(page)
            return page
        }

        // As typed: insert() emits textEdited, which the pages listen to.
        function type(field: Item, text: string) {
            const input = field.field
            input.clear()
            input.insert(0, text)
        }

        function test_schedulingReturnsWithAConfirmation() {
            const page = meetingsPageInAStack()
            const bar = findChild(page, "confirmationBar")
            verify(!bar.visible)
            page.newMeeting()
            const stack = page.StackView.view
            tryCompare(stack, "busy", false)
            const editor = stack.currentItem
            compare(editor.objectName, "meetingEditorPage")
            const next = new Date(Date.now() + 10 * 24 * 3600 * 1000)
            const date = Qt.formatDate(next, "dd/MM/yyyy")
            type(findChild(editor, "titleField"), "Sinh hoạt chuyên đề")
            type(findChild(editor, "dateField"), date)
            type(findChild(editor, "timeField"), "19:30")
            type(findChild(editor, "locationField"), "Nhà văn hóa")
            findChild(editor, "saveButton").clicked()
            tryCompare(stack, "currentItem", page)
            verify(bar.visible)
            compare(bar.text, "Đã lên lịch buổi sinh hoạt “Sinh hoạt chuyên đề”. Chi bộ sẽ nhận được lịch khi đồng bộ.")
            // It goes by itself (sooner here).
            bar.duration = 10
            bar.show(bar.text)
            tryVerify(() => !bar.visible)
        }

        function test_sharingReturnsWithAConfirmation() {
            const page = meetingsPageInAStack()
            const bar = findChild(page, "confirmationBar")
            page.shareDocument()
            const stack = page.StackView.view
            tryCompare(stack, "busy", false)
            const sharePage = stack.currentItem
            compare(sharePage.objectName, "shareDocumentPage")
            const choice = findChild(sharePage, "sourceChoice")
            choice.chosen(1)
            let row = null
            tryVerify(() => {
                row = findChild(sharePage, "pickHint")
                return row !== null && row.visible
            })
            mouseClick(row.parent)
            tryVerify(() => findChild(sharePage, "shareButton").enabled)
            mouseClick(findChild(sharePage, "shareButton"))
            tryCompare(stack, "currentItem", page)
            verify(bar.visible)
            compare(bar.text, "Đã chia sẻ tài liệu “Nghị quyết về chuyển đổi số”. Chi bộ sẽ nhận được khi đồng bộ.")
        }

        // The follow-up lists names one a row, filtered by chips, not a paragraph.
        function test_followUpListsNamesWithChips() {
            for (const m of [["m-a1", "Nguyễn Văn An"], ["m-a2", "Trần Thị Bình"]])
                TestData.put("member", { id: m[0], org_id: "c1", full_name: m[1], position: "Đảng viên" })
            TestData.put("meeting", {
                id: "mt-f", org_id: "c1", title: "Sinh hoạt chi bộ tháng 12",
                starts_at: new Date(Date.now() + 72 * 3600 * 1000).toISOString(),
                location: "Nhà văn hóa thôn", agenda: "", document_ids: ["d1"],
                status: "scheduled", cancel_reason: null })
            TestData.put("read_receipt", { id: "d1:m-a1", document_id: "d1", member_id: "m-a1",
                                           read_at: "2026-11-20T01:00:00.000Z" })
            TestData.put("attendance", { id: "mt-f:m-a2", meeting_id: "mt-f", member_id: "m-a2",
                                         rsvp: "absent", reason: "Đi công tác", present: null })
            const page = createTemporaryObject(followUpComponent, root, { meetingId: "mt-f" })
            waitForRendering(page)
            const names = () => findAll(page, "readingName").filter(l => l.visible).map(l => l.text).sort()
            const rows = () => findAll(page, "answerRow").filter(r => r.visible).length

            tryCompare(page, "showReading", false)
            tryVerify(() => rows() === 3)
            findChild(page, "answerFilter").chosen(2) // Vắng
            tryVerify(() => rows() === 1)
            findChild(page, "answerFilter").chosen(1) // Sẽ dự: nobody yet
            tryVerify(() => rows() === 0)

            findChild(page, "sectionChoice").chosen(1)
            tryVerify(() => names().length === 2)
            compare(names(), ["Lê Văn Sơn", "Trần Thị Bình"]) // not read, one a row
            findChild(page, "readingFilter").chosen(1)
            tryVerify(() => names().length === 1)
            compare(names(), ["Nguyễn Văn An"])
        }

        // An empty page says what will appear there.
        function test_emptyNotificationsSayWhatWillAppear() {
            const page = createTemporaryObject(notificationsComponent, root)
            waitForRendering(page)
            const empty = findChild(page, "notificationsEmpty")
            verify(empty.visible)
            verify(empty.text.indexOf("sẽ hiện ở đây") > 0, empty.text)
        }

        // "đã gửi" only for what the server has; what waits says "đang chờ gửi".
        function test_feedbackSaysWhetherItIsSent() {
            TestData.put("feedback", { id: "f-sent", org_id: "c1", member_id: "m-sec", text: "Đề nghị họp sớm",
                                       reply_to: null, created_at: "2026-11-20T01:00:00.000Z" })
            const page = createTemporaryObject(feedbackComponent, root)
            waitForRendering(page)
            const sentStatus = findChild(page, "feedbackStatus")
            verify(sentStatus)
            verify(sentStatus.text.endsWith("· đã gửi"), sentStatus.text)
            findChild(page, "newFeedbackField").text = "Xin tài liệu trước"
            findChild(page, "sendButton").clicked()
            // Held a few seconds first ("Đang gửi…", Hoàn tác); its time is ended here.
            verify(findChild(page, "heldFeedback").visible)
            compare(findChild(page, "heldStatus").text, "Đang gửi…")
            verify(findChild(page, "feedbackController").commitHeld())
            verify(!findChild(page, "heldFeedback").visible)
            tryVerify(() => {
                const texts = []
                for (const label of findAll(page, "feedbackStatus"))
                    texts.push(label.text)
                return texts.some(t => t.endsWith("· đang chờ gửi"))
            })
        }

        // "Hoàn tác" while the message is held gives the text back to the editor; nothing waits.
        function test_feedbackSendCanBeUndone() {
            const page = createTemporaryObject(feedbackComponent, root)
            waitForRendering(page)
            const editor = findChild(page, "newFeedbackField")
            const held = findChild(page, "heldFeedback")
            const statuses = () => findAll(page, "feedbackStatus").map(label => label.text)
            const pendingBefore = statuses().filter(t => t.endsWith("· đang chờ gửi")).length
            editor.text = "Đề nghị đổi giờ họp"
            findChild(page, "sendButton").clicked()
            compare(editor.text, "")
            verify(held.visible)
            const undo = findChild(page, "undoSendButton")
            verify(undo.visible)
            compare(undo.text, "Hoàn tác")
            mouseClick(undo)
            compare(editor.text, "Đề nghị đổi giờ họp")
            verify(!held.visible)
            verify(!findChild(page, "feedbackController").commitHeld()) // nothing held
            compare(statuses().filter(t => t.endsWith("· đang chờ gửi")).length, pendingBefore)
        }

        function findAll(item: Item, name: string): var {
            const found = []
            const walk = node => {
                if (!node)
                    return
                if (node.objectName === name)
                    found.push(node)
                const children = node.children
                for (let i = 0; children && i < children.length; ++i)
                    walk(children[i])
            }
            walk(item)
            return found
        }
    }
}
