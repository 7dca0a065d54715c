import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The cell's pages over a vault the set-up fills as a sync would (TestData, see
// tst_qml.cpp): the meetings page lists the cell's meetings; a meeting offers the answer
// buttons only until it starts; a notification card opens its meeting or the feedback
// threads. Meeting times are relative to the system clock the controllers read, days away
// from any edge, so the outcome does not depend on when the test runs.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "CellPages"
        when: windowShown

        Component {
            id: meetingsComponent
            MeetingsPage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: meetingComponent
            MeetingPage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: notificationsComponent
            NotificationsPage {}
        }
        Component {
            id: stackComponent
            StackView {
                width: root.width
                height: root.height
            }
        }

        function inHours(hours: real): string {
            return new Date(Date.now() + hours * 3600 * 1000).toISOString()
        }

        function meeting(id: string, title: string, startsAt: string, status: string): var {
            return {
                id: id, org_id: "c1", title: title, starts_at: startsAt,
                location: "Nhà văn hóa thôn", agenda: "Quán triệt nghị quyết",
                document_ids: [], status: status, cancel_reason: null
            }
        }

        // Listed newest first: `hour` orders them.
        function notification(id: string, kind: string, title: string, refType: string,
                              refId: string, hour: int): var {
            return {
                id: id, kind: kind, title: title, body: null, ref_type: refType, ref_id: refId,
                created_at: "2026-11-20T0" + hour + ":00:00.000Z"
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-a1", "member", "c1")
            TestData.put("organization", { id: "c1", name: "Chi bộ thôn Đồng Tâm", kind: "cell" })
            for (const [id, name] of [["m-sec", "Lê Văn Sơn"], ["m-a1", "Nguyễn Văn An"]])
                TestData.put("member", { id: id, org_id: "c1", full_name: name, position: "Đảng viên" })
            TestData.put("meeting", meeting("m-next", "Sinh hoạt chi bộ tháng 12", inHours(5 * 24), "scheduled"))
            TestData.put("meeting", meeting("m-answer", "Sinh hoạt chuyên đề", inHours(10 * 24), "scheduled"))
            TestData.put("meeting", meeting("m-now", "Họp đang diễn ra", inHours(-0.5), "scheduled"))
            TestData.put("meeting", meeting("m-cancel", "Họp bị hủy", inHours(2 * 24), "cancelled"))
            TestData.put("meeting", meeting("m-past", "Sinh hoạt tháng 10", inHours(-30 * 24), "done"))
            TestData.put("notification", notification("n-meeting", "meeting_created",
                                                      "Cuộc họp mới: Sinh hoạt chi bộ tháng 12", "meeting", "m-next", 4))
            TestData.put("notification", notification("n-reply", "feedback_reply",
                                                      "Bí thư chi bộ đã trả lời góp ý của đồng chí", "feedback", "f-2", 3))
            TestData.put("notification", notification("n-gone", "meeting_changed",
                                                      "Cuộc họp thay đổi: Họp cũ", "meeting", "m-gone", 2))
            TestData.put("notification", notification("n-profile", "profile_conflict",
                                                      "Thông tin liên lạc được sửa trên hai thiết bị", "member", "m-a1", 1))
        }

        function createPage(component, properties) {
            const page = createTemporaryObject(component, root, properties || {})
            verify(page)
            waitForRendering(page)
            return page
        }

        function titles(list): var {
            const shown = []
            for (let i = 0; i < list.count; ++i)
                shown.push(list.itemAtIndex(i).title)
            return shown
        }

        function test_meetingsPageListsTheCellsMeetings() {
            const page = createPage(meetingsComponent)
            const list = findChild(page, "meetingList")
            // Soonest first: the one under way, the cancelled one, then the scheduled ones.
            tryCompare(list, "count", 4)
            compare(titles(list), ["Họp đang diễn ra", "Họp bị hủy", "Sinh hoạt chi bộ tháng 12",
                                   "Sinh hoạt chuyên đề"])
            verify(!findChild(page, "emptyLabel").visible)
            // A plain member schedules nothing.
            verify(!findChild(page, "secretaryActions").visible)
            page.showPast = true
            tryCompare(list, "count", 1)
            compare(titles(list), ["Sinh hoạt tháng 10"])
        }

        function test_secretarySeesTheActions() {
            TestData.signIn("m-sec", "secretary", "c1")
            const page = createPage(meetingsComponent)
            tryVerify(() => findChild(page, "secretaryActions").visible)
            // Drawn as actions (filled buttons, as on home), not as a second row of tabs.
            for (const name of ["scheduleMeetingButton", "shareDocumentButton"]) {
                const button = findChild(page, name)
                verify(button, name)
                verify(button.highlighted, name)
                verify(button.text.startsWith("+ "), name)
            }
            TestData.signIn("m-a1", "member", "c1")
        }

        function test_answerButtonsUntilTheStart() {
            const page = createPage(meetingComponent, { meetingId: "m-answer" })
            compare(findChild(page, "meetingTitle").text, "Sinh hoạt chuyên đề")
            const attend = findChild(page, "attendButton")
            const absent = findChild(page, "absentButton")
            const send = findChild(page, "sendAbsentButton")
            verify(attend.visible && attend.enabled)
            verify(absent.visible && absent.enabled)
            verify(!send.visible)

            // Absent needs a reason: the send button waits for one.
            mouseClick(absent)
            tryVerify(() => send.visible)
            verify(!send.enabled)
            findChild(page, "reasonField").text = "Đi công tác"
            verify(send.enabled)
            mouseClick(send)
            tryVerify(() => !send.visible)
            verify(attend.visible)
            // Changed to attending: that button goes, the other stays to change again.
            mouseClick(attend)
            tryVerify(() => !attend.visible)
            verify(absent.visible)
        }

        // An answer reads "Đã gửi tới bí thư" only once the server has it; before, the pending
        // note says why it is not sent yet.
        function test_answerSaysWhenItIsSent() {
            TestData.put("attendance", { id: "m-next:m-a1", meeting_id: "m-next", member_id: "m-a1",
                                         rsvp: "attending", reason: null, present: null })
            const sent = createPage(meetingComponent, { meetingId: "m-next" })
            tryVerify(() => findChild(sent, "answerSentNote").visible)
            compare(findChild(sent, "answerSentNote").text, "✓ Đã gửi tới bí thư.")
            verify(!findChild(sent, "answerPendingNote").visible)

            const page = createPage(meetingComponent, { meetingId: "m-answer" })
            mouseClick(findChild(page, "absentButton"))
            findChild(page, "reasonField").text = "Đi công tác"
            mouseClick(findChild(page, "sendAbsentButton"))
            tryVerify(() => findChild(page, "answerPendingNote").visible)
            verify(findChild(page, "answerPendingNote").text.length > 0)
            verify(!findChild(page, "answerSentNote").visible)
        }

        function test_noAnswerOnceStartedOrCancelled() {
            for (const id of ["m-now", "m-cancel", "m-past"]) {
                const page = createPage(meetingComponent, { meetingId: id })
                verify(findChild(page, "meetingTitle").visible, id)
                verify(!findChild(page, "attendButton").visible, id)
                verify(!findChild(page, "absentButton").visible, id)
                verify(!findChild(page, "sendAbsentButton").visible, id)
            }
            const cancelled = createPage(meetingComponent, { meetingId: "m-cancel" })
            verify(findChild(cancelled, "cancelNotice").visible)
        }

        function test_notificationOpensItsMeeting() {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.push(notificationsComponent)
            waitForRendering(page)
            const card = findChild(page, "notification_n-meeting")
            verify(card)
            tryVerify(() => card.visible && card.height >= Theme.touchTarget)
            verify(card.enabled)
            compare(card.Accessible.role, Accessible.Button)
            mouseClick(card)
            tryCompare(stack, "depth", 2)
            compare(stack.currentItem.objectName, "meetingPage")
            compare(stack.currentItem.meetingId, "m-next")
            tryCompare(findChild(stack.currentItem, "meetingTitle"), "text", "Sinh hoạt chi bộ tháng 12")
        }

        function test_notificationOpensTheFeedback() {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.push(notificationsComponent)
            waitForRendering(page)
            const card = findChild(page, "notification_n-reply")
            verify(card && card.enabled)
            mouseClick(card)
            tryCompare(stack, "depth", 2)
            compare(stack.currentItem.objectName, "feedbackPage")
        }

        function test_notificationWithoutTarget() {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.push(notificationsComponent)
            waitForRendering(page)
            // About the member's own record: read in place, not a button.
            const profile = findChild(page, "notification_n-profile")
            verify(profile && profile.visible)
            verify(!profile.enabled)
            compare(profile.Accessible.role, Accessible.StaticText)
            // About a meeting no longer on the device: the page stays and says so.
            const gone = findChild(page, "notification_n-gone")
            verify(gone.enabled)
            mouseClick(gone)
            compare(stack.depth, 1)
            verify(findChild(page, "notificationsError").visible)
        }
    }
}
