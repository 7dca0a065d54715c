import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The committee's transfers page (TransfersPage) over a vault filled as a sync would: at a
// laptop's width a request (a member found by name without marks, the receiving cell of another
// branch found in the province's organisation picker, a reason, confirmed) is listed pending and then as the server answered;
// at a phone's width with 200 % text a transfer to decide opens in place of the list, is
// accepted after the confirmation, shows "đang chờ gửi", and the server's refusal comes back
// with its reason; nothing is cut or wider than the page.
Item {
    id: root

    width: 1400
    height: 900

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "TransfersPage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: pageComponent
            TransfersPage {}
        }
        Component {
            id: memberComponent
            MemberDetailPage {}
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
        }

        function init() {
            TestData.signIn("tr-me", "committee", "tr-w")
            TestData.put("organization", { id: "tr-p", parent_id: null, name: "Đảng bộ tỉnh Sơn Lâm", kind: "province" })
            TestData.put("organization", { id: "tr-w", parent_id: "tr-p", name: "Đảng bộ phường Quang Trung", kind: "grassroots" })
            TestData.put("organization", { id: "tr-c1", parent_id: "tr-w", name: "Chi bộ tổ dân phố số 1", kind: "cell" })
            TestData.put("organization", { id: "tr-c2", parent_id: "tr-w", name: "Chi bộ tổ dân phố số 2", kind: "cell" })
            // Another branch of the province: a committee pulls every organisation of it.
            TestData.put("organization", { id: "tr-d", parent_id: "tr-p", name: "Đảng bộ huyện Đại Phú", kind: "district" })
            TestData.put("organization", { id: "tr-d1", parent_id: "tr-d", name: "Chi bộ thôn Đông", kind: "cell" })
            TestData.put("member", { id: "tr-m1", org_id: "tr-c1", full_name: "Nguyễn Văn Hải", position: "" })
            TestData.put("member", { id: "tr-m2", org_id: "tr-c2", full_name: "Trần Thị Hà", position: "" })
            TestData.put("member", { id: "tr-mx", org_id: "tr-p", full_name: "Phạm Văn Tỉnh", position: "" })
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function openPage(width: int): var {
            root.width = width
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            const page = stack.push(pageComponent, {}, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            return page
        }

        function rows(page): var {
            const repeater = findChild(page, "transferRepeater")
            const list = []
            for (let i = 0; i < repeater.count; ++i)
                list.push(repeater.itemAt(i))
            return list
        }

        function rowOf(page, name: string): var {
            for (const row of rows(page)) {
                if (row.memberName === name)
                    return row
            }
            return null
        }

        function test_requestIsListedPendingThenAnswered() {
            const page = openPage(1400)
            mouseClick(findChild(page, "newTransferButton"))
            const form = findChild(page, "requestForm")
            tryVerify(() => form.visible)
            // Side by side: the list stays.
            verify(findChild(page, "listPane").visible)

            const search = findChild(page, "memberSearchField")
            search.field.forceActiveFocus()
            keyClick("h")
            keyClick("a")
            keyClick("i")
            const results = findChild(page, "memberResults")
            tryCompare(results, "count", 1)
            mouseClick(results.itemAt(0))
            const chosen = findChild(page, "chosenMember")
            tryVerify(() => chosen.visible)
            compare(chosen.text, "Nguyễn Văn Hải · Chi bộ tổ dân phố số 1")

            findChild(page, "pickDestinationButton").clicked()
            const stack = page.StackView.view
            tryVerify(() => stack.currentItem.objectName === "orgPickerPage", 5000, stack.currentItem.objectName + " " + stack.depth)
            // The whole province, less the member's own cell, searchable without marks.
            const picker = stack.currentItem
            const orgList = findChild(picker, "orgList")
            tryVerify(() => orgList.count === 5, 5000, "count " + orgList.count) // 6 less tr-c1
            const orgSearch = findChild(picker, "orgSearchField")
            orgSearch.field.forceActiveFocus()
            for (const key of "thon dong")
                keyClick(key)
            tryCompare(orgList, "count", 1)
            orgList.forceLayout()
            const cellRow = orgList.itemAtIndex(0)
            compare(cellRow.orgId, "tr-d1")
            cellRow.clicked()
            tryVerify(() => stack.currentItem === page)
            compare(findChild(page, "chosenDestination").text, "Chi bộ thôn Đông")

            findChild(page, "reasonField").text = "Chuyển về ở cùng gia đình con trai"
            findChild(page, "sendRequestButton").clicked() // may be below the window's edge
            const dialog = findChild(page, "requestDialog")
            tryVerify(() => dialog.opened, 5000, findChild(page, "detailError").text)
            verify(dialog.text.indexOf("Nguyễn Văn Hải") >= 0)
            dialog.accept()
            tryVerify(() => !form.visible)

            tryVerify(() => rowOf(page, "Nguyễn Văn Hải") !== null)
            const asked = rowOf(page, "Nguyễn Văn Hải")
            compare(asked.sectionLabel, "Đã đề nghị") // the receiving cell's committee decides
            verify(asked.statusLabel.indexOf("đang chờ gửi lên máy chủ") > 0)
            compare(findChild(asked, "transferRoute").text, "Từ Chi bộ tổ dân phố số 1 đến Chi bộ thôn Đông")

            TestData.answerPending({}, "", "")
            tryCompare(rowOf(page, "Nguyễn Văn Hải"), "statusLabel", "Chờ quyết định")
        }

        // A member's profile offers the request, prefilled, for a member of the committee's cells.
        function test_memberProfileOpensARequestForThatMember() {
            root.width = 1400
            const stack = createTemporaryObject(stackComponent, root)
            const outside = stack.push(memberComponent, { memberId: "tr-mx" }, StackView.Immediate)
            waitForRendering(outside)
            verify(!findChild(outside, "openTransfers").visible)
            const profile = stack.push(memberComponent, { memberId: "tr-m2" }, StackView.Immediate)
            const button = findChild(profile, "openTransfers")
            tryVerify(() => button.visible)
            button.clicked()
            tryVerify(() => stack.currentItem.objectName === "transfersPage")
            const page = stack.currentItem
            tryVerify(() => findChild(page, "requestForm").visible)
            compare(findChild(page, "chosenMember").text, "Trần Thị Hà · Chi bộ tổ dân phố số 2")
        }

        function test_phoneAcceptsAtLargeTextThenShowsTheRefusal() {
            TestData.put("member_transfer", {
                id: "tr-t1", member_id: "tr-x1", member_name: "Đinh Thị Lan", from_org_id: "tr-cx",
                from_org_name: "Chi bộ xóm Khuôn Lặng, xã La Sơn, huyện Đại Phú", to_org_id: "tr-c1",
                to_org_name: "Chi bộ tổ dân phố số 1", reason: "Chuyển nơi cư trú về phường Quang Trung theo gia đình",
                status: "pending", requested_by_name: "huyenuy.daiphu", requested_at: "2026-12-04T02:30:00Z",
                decided_by_name: null, decided_at: null, decision_reason: null
            })
            Theme.textScale = 2.0
            const page = openPage(400)
            tryVerify(() => rowOf(page, "Đinh Thị Lan") !== null)
            for (const row of rows(page)) {
                verify(row.width <= page.width)
                for (const name of ["transferName", "transferRoute", "transferStatus"]) {
                    const label = findChild(row, name)
                    verify(!label.truncated, name)
                    verify(label.implicitWidth <= label.width + 1 || label.lineCount > 1, label.text)
                }
            }
            const row = rowOf(page, "Đinh Thị Lan")
            verify(row.canDecide)
            mouseClick(findChild(row, "transferRow"))
            // One column: the transfer replaces the list.
            tryVerify(() => !findChild(page, "listPane").visible)
            const detail = findChild(page, "transferDetail")
            tryVerify(() => detail.visible)
            waitForRendering(page)
            compare(findChild(page, "detailName").text, "Đinh Thị Lan")
            for (const name of ["acceptButton", "rejectButton", "decisionField", "detailName"]) {
                const item = findChild(page, name)
                verify(item.width > 0 && item.width <= page.width, name + " " + item.width)
            }

            // A rejection without a reason is refused on the device.
            const reject = findChild(page, "rejectButton")
            reject.clicked()
            verify(!findChild(page, "rejectDialog").opened)
            verify(findChild(page, "detailError").visible)

            findChild(page, "acceptButton").clicked()
            const dialog = findChild(page, "acceptDialog")
            tryVerify(() => dialog.opened)
            dialog.accept()
            tryCompare(findChild(page, "detailStatus"), "text", "Đã nhận · đang chờ gửi lên máy chủ")
            verify(!findChild(page, "decisionPanel").visible)

            TestData.answerPending({}, "conflict", "Đề nghị này đã được cấp ủy khác quyết định.")
            tryCompare(findChild(page, "detailStatus"), "text", "Chờ quyết định")
            page.closeDetail()
            tryVerify(() => findChild(page, "listPane").visible)
            const refusals = findChild(page, "refusalRepeater")
            tryCompare(refusals, "count", 1)
            const card = refusals.itemAt(0)
            waitForRendering(page)
            verify(card.modelData.reason.indexOf("cấp ủy khác") >= 0)
            verify(card.width > 0 && card.width <= page.width, card.width)
            findChild(card, "dismissRefusalButton").clicked()
            tryCompare(refusals, "count", 0)
        }
    }
}
