import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The minutes (biên bản) in the app (issue 21) over a vault filled as a sync would: the
// secretary opens the editor from the meeting page, finds the template filled in (place,
// absent members with their reasons), publishes it (queued, the page shows the minutes); a
// member who was absent sees the home card, opens the minutes on the meeting page in large
// text and the card goes; at a phone's width with 200 % text nothing is cut.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "Minutes"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: meetingPageComponent
            MeetingPage {}
        }
        Component {
            id: homePageComponent
            HomePage {}
        }

        function meeting(id: string, minutes): var {
            return { id: id, org_id: "mn-c1", title: "Sinh hoạt chi bộ tháng 11", starts_at: "2026-11-20T12:30:00.000Z",
                     location: "Nhà văn hóa khu phố 3, phường Quang Trung", agenda: "Kiểm điểm công tác tháng 11.",
                     document_ids: [], status: minutes ? "done" : "in_progress", cancel_reason: null,
                     minutes: minutes, minutes_attachments: [], minutes_by_name: minutes ? "Trần Thu Hà" : null,
                     minutes_at: minutes ? "2026-11-20T15:00:00.000Z" : null, ended_at: null }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.put("organization", { id: "mn-c1", parent_id: null, name: "Chi bộ Khu phố 3", kind: "cell" })
            TestData.put("member", { id: "mn-sec", org_id: "mn-c1", full_name: "Trần Thu Hà", position: "Bí thư chi bộ" })
            TestData.put("member", { id: "mn-an", org_id: "mn-c1", full_name: "Nguyễn Văn An", position: "" })
            TestData.put("member", { id: "mn-binh", org_id: "mn-c1", full_name: "Lê Thị Bình", position: "" })
            TestData.put("attendance", { id: "mn-1:mn-an", meeting_id: "mn-1", member_id: "mn-an", rsvp: "attending", reason: "", present: true })
            TestData.put("attendance", { id: "mn-1:mn-binh", meeting_id: "mn-1", member_id: "mn-binh", rsvp: "absent",
                                         reason: "Đi khám bệnh ở bệnh viện tỉnh", present: false })
            TestData.put("meeting", meeting("mn-1", null))
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function verifyFits(page, names) {
            for (const name of names) {
                const item = findChild(page, name)
                verify(item, name)
                verify(item.width <= page.width, name + " " + item.width)
                if (item.truncated !== undefined) {
                    verify(!item.truncated, name)
                    verify(item.implicitWidth <= item.width + 1 || item.lineCount > 1, name)
                }
            }
        }

        function test_1_secretaryWritesAndPublishes() {
            TestData.signIn("mn-sec", "secretary", "mn-c1")
            Theme.textScale = 2.0
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.push(meetingPageComponent, { meetingId: "mn-1" }, StackView.Immediate)
            waitForRendering(page)
            const section = findChild(page, "minutesSection")
            verify(section.visible)
            const write = findChild(section, "writeMinutesButton")
            verify(write.visible)
            write.clicked()
            tryVerify(() => stack.currentItem.objectName === "minutesEditorPage")
            const editor = stack.currentItem
            waitForRendering(editor)
            const area = findChild(editor, "minutesEditor")
            verify(area.text.indexOf("2. Địa điểm: Nhà văn hóa khu phố 3, phường Quang Trung") >= 0)
            verify(area.text.indexOf("- đồng chí Lê Thị Bình (lý do: Đi khám bệnh ở bệnh viện tỉnh)") >= 0)
            verify(area.text.indexOf("3. Chủ trì: đồng chí Trần Thu Hà") >= 0)
            verifyFits(editor, ["minutesEditor", "publishMinutesButton", "exportMinutesButton", "endMeetingButton",
                                "minutesSavedLabel", "minutesMeetingTitle"])
            area.text = area.text.replace("Kết luận:\n", "Kết luận:\nChi bộ thống nhất phương hướng tháng 12.\n")
            findChild(editor, "publishMinutesButton").clicked()
            tryVerify(() => stack.currentItem === page)
            const text = findChild(page, "minutesText")
            tryVerify(() => text.visible)
            verify(text.text.indexOf("Chi bộ thống nhất phương hướng tháng 12.") >= 0)
            compare(text.font.pixelSize, Theme.fontLarge)
            verify(findChild(page, "minutesPublished").text.indexOf("chưa gửi lên máy chủ") >= 0)
            TestData.answerPending({}, "", "")
        }

        function test_2_absentMemberSeesTheCardUntilSheOpensThem() {
            // Another meeting, its minutes as a sync brings them to the member's device.
            TestData.put("attendance", { id: "mn-2:mn-binh", meeting_id: "mn-2", member_id: "mn-binh", rsvp: "absent",
                                         reason: "Đi khám bệnh", present: false })
            TestData.put("meeting", meeting("mn-2", "BIÊN BẢN SINH HOẠT CHI BỘ\nKết luận:\nChi bộ thống nhất phương hướng tháng 1."))
            TestData.signIn("mn-binh", "member", "mn-c1")
            Theme.textScale = 2.0
            const stack = createTemporaryObject(stackComponent, root)
            const home = stack.push(homePageComponent, {}, StackView.Immediate)
            waitForRendering(home)
            const card = findChild(home, "unseenMinutesCard")
            tryVerify(() => card.visible)
            verifyFits(home, ["unseenMinutesCard", "openMinutesButton"])
            findChild(card, "openMinutesButton").clicked()
            tryVerify(() => stack.currentItem.objectName === "meetingPage")
            const page = stack.currentItem
            waitForRendering(page)
            const text = findChild(page, "minutesText")
            verify(text.visible)
            verify(text.text.indexOf("Chi bộ thống nhất phương hướng tháng 1.") >= 0)
            verify(!findChild(page, "writeMinutesButton").visible)
            verifyFits(page, ["minutesSection", "minutesText", "minutesPublished"])
            stack.pop(StackView.Immediate)
            tryVerify(() => !card.visible)
        }
    }
}
