import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The committee's Accounts page (AccountsPage) over a vault filled as a sync would: the search
// folds marks; creating an account shows the member pending, the server's answer brings the
// temporary password slip once, large, with its QR code; "In phiếu" writes the PDF, "Đã ghi
// lại" hides it for good; a refusal of the server is shown with its reason; a device is revoked
// after a confirmation; the dashboard's toolbar opens the page; at a phone's width with 200 %
// text nothing is cut.
Item {
    id: root

    width: 1400
    height: 900

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "AccountsPage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: pageComponent
            AccountsPage {}
        }
        Component {
            id: oversightComponent
            OversightPage {}
        }
        Component {
            id: memberComponent
            MemberDetailPage {}
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("ac-me", "committee", "ac-d")
            TestData.setServer("https://sotay.sonlam.example.vn")
            TestData.put("organization", { id: "ac-p", parent_id: null, name: "Đảng bộ tỉnh Sơn Lâm", kind: "province" })
            TestData.put("organization", { id: "ac-d", parent_id: "ac-p", name: "Đảng bộ huyện Mường La", kind: "district" })
            TestData.put("organization", { id: "ac-c", parent_id: "ac-d", name: "Chi bộ Văn phòng Huyện ủy Mường La", kind: "cell" })
            TestData.put("organization", { id: "ac-x", parent_id: "ac-p", name: "Đảng bộ thành phố", kind: "district" })
            TestData.put("organization", { id: "ac-xc", parent_id: "ac-x", name: "Chi bộ phường", kind: "cell" })
            TestData.put("member", { id: "ac-m1", org_id: "ac-c", full_name: "Nguyễn Văn Hải", position: "Đảng viên", account: null })
            TestData.put("member", { id: "ac-m2", org_id: "ac-c", full_name: "Lê Thị Ba", position: "Phó Bí thư chi bộ",
                                     account: { user_id: "ac-u2", login: "ba.lt", role: "member", must_change_password: false, disabled: false } })
            TestData.put("member", { id: "ac-m3", org_id: "ac-c", full_name: "Hoàng Thị Thu Trang", position: "Đảng viên", account: null })
            TestData.put("member", { id: "ac-m9", org_id: "ac-xc", full_name: "Nguyễn Văn An", position: "Đảng viên", account: null })
            TestData.put("device", { id: "ac-dv", user_id: "ac-u2", member_id: "ac-m2", name: "Điện thoại Samsung Galaxy A15 của đồng chí Ba",
                                     platform: "Android", last_seen_at: "2026-12-05T03:30:00Z", status: "active" })
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function openPage(width: int, properties): var {
            root.width = width
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            const page = stack.push(pageComponent, properties || {}, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            return page
        }

        function items(page, repeaterName: string): var {
            const repeater = findChild(page, repeaterName)
            const list = []
            for (let i = 0; i < repeater.count; ++i)
                list.push(repeater.itemAt(i))
            return list
        }

        function rowNamed(page, name: string): var {
            for (const row of items(page, "memberRepeater")) {
                if (findChild(row, "memberName").text === name)
                    return row
            }
            return null
        }

        function verifyNothingCut(item, page) {
            if (!item || !item.visible)
                return
            if (item.truncated !== undefined && item.text !== undefined) {
                verify(!item.truncated, item.text)
                verify(item.width <= page.width + 1, item.text + " " + item.width)
            }
            for (let i = 0; i < item.children.length; ++i)
                verifyNothingCut(item.children[i], page)
        }

        function test_1_searchCreateSlipPrintDismiss() {
            const page = openPage(1400)
            compare(items(page, "memberRepeater").length, 3) // not the other district's member
            const search = findChild(page, "accountsSearch")
            search.text = "nguyen van"
            tryVerify(() => items(page, "memberRepeater").length === 1)
            const row = rowNamed(page, "Nguyễn Văn Hải")
            verify(row)
            compare(findChild(row, "memberAccount").text, "Chưa có tài khoản")
            mouseClick(row)
            tryCompare(findChild(page, "selectedName"), "text", "Nguyễn Văn Hải")
            // Side by side: the list and the member.
            verify(findChild(page, "listPane").visible)
            verify(findChild(page, "detailPane").visible)
            const login = findChild(page, "loginField")
            compare(login.text, "nguyenvanhai")
            login.text = "hai.nv"
            mouseClick(findChild(page, "createAccountButton"))
            tryVerify(() => findChild(page, "selectedAccount").text.indexOf("đang chờ gửi lên máy chủ") >= 0)
            verify(findChild(page, "noticeMessage").visible)
            verify(!findChild(page, "createSection").visible)

            // The server answers with the temporary password: the slip takes the page.
            TestData.answerPending({ user_id: "ac-u1", login: "hai.nv", temporary_password: "Tam-4821-xk" }, "", "")
            const slipView = findChild(page, "slipView")
            tryVerify(() => slipView.visible)
            verify(!findChild(page, "listPane").visible)
            compare(findChild(page, "slipMember").text, "Đồng chí Nguyễn Văn Hải")
            compare(findChild(page, "slipLogin").text, "hai.nv")
            compare(findChild(page, "slipPassword").text, "Tam-4821-xk")
            const qr = findChild(page, "slipQr")
            verify(qr.valid)
            verify(qr.visible)
            verify(qr.modules >= 21 + 8)
            verify(qr.width >= 200)
            compare(qr.width, qr.height)

            const folder = TestData.makeFolder({})
            findChild(page, "accountsController").exportFolder = folder
            mouseClick(findChild(page, "printSlipButton"))
            const printed = findChild(page, "printedMessage")
            tryVerify(() => printed.visible)
            verify(printed.text.indexOf("phieu-mat-khau-hai-nv.pdf") >= 0, printed.text)

            mouseClick(findChild(page, "dismissSlipButton"))
            tryVerify(() => !slipView.visible)
            verify(findChild(page, "listPane").visible)
            // Shown once: reopening the page shows no slip.
            const again = openPage(1400)
            verify(!findChild(again, "slipView").visible)
        }

        function test_2_rejectionIsShownWithItsReason() {
            const page = openPage(1400, { memberId: "ac-m3" })
            tryCompare(findChild(page, "selectedName"), "text", "Hoàng Thị Thu Trang")
            mouseClick(findChild(page, "createAccountButton"))
            tryVerify(() => findChild(page, "selectedAccount").text.indexOf("đang chờ") >= 0)
            TestData.answerPending({}, "conflict", "Tên đăng nhập hoangthithutrang đã có người dùng.")
            tryVerify(() => items(page, "rejectionRepeater").length === 1)
            const text = findChild(items(page, "rejectionRepeater")[0], "rejectionText").text
            verify(text.indexOf("Hoàng Thị Thu Trang") >= 0, text)
            verify(text.indexOf("Tên đăng nhập hoangthithutrang đã có người dùng.") >= 0, text)
            compare(findChild(page, "selectedAccount").text, "Chưa có tài khoản")
            verify(findChild(page, "createSection").visible)
        }

        function test_3_deviceRevokedAfterConfirming() {
            const page = openPage(1400, { memberId: "ac-m2" })
            tryCompare(findChild(page, "selectedName"), "text", "Lê Thị Ba")
            const cards = items(page, "deviceRepeater")
            compare(cards.length, 1)
            compare(findChild(cards[0], "deviceStatus").text, "Đang dùng")
            mouseClick(findChild(cards[0], "revokeButton"))
            const dialog = findChild(page, "revokeDialog")
            tryVerify(() => dialog.opened)
            dialog.accept()
            tryVerify(() => findChild(items(page, "deviceRepeater")[0], "deviceStatus").text.indexOf("đang chờ gửi lên máy chủ") >= 0)
            verify(!findChild(items(page, "deviceRepeater")[0], "revokeButton").visible)
        }

        function test_4_dashboardToolbarOpensThePage() {
            root.width = 1400
            const stack = createTemporaryObject(stackComponent, root)
            const dashboard = stack.push(oversightComponent, {}, StackView.Immediate)
            waitForRendering(dashboard)
            const button = findChild(dashboard, "openAccounts")
            verify(button)
            mouseClick(button)
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === "accountsPage")
        }

        function test_4b_memberPageOpensTheMembersAccount() {
            root.width = 1400
            const stack = createTemporaryObject(stackComponent, root)
            const outside = stack.push(memberComponent, { memberId: "ac-m9" }, StackView.Immediate)
            waitForRendering(outside)
            verify(!findChild(outside, "openAccounts").visible) // another district's member
            const member = stack.push(memberComponent, { memberId: "ac-m2" }, StackView.Immediate)
            waitForRendering(member)
            const button = findChild(member, "openAccounts")
            tryVerify(() => button.visible)
            mouseClick(button)
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === "accountsPage")
            tryCompare(findChild(stack.currentItem, "selectedName"), "text", "Lê Thị Ba")
        }

        function test_5_phoneWidthAtLargeTextCutsNothing() {
            Theme.textScale = 2.0
            const page = openPage(400)
            verify(!findChild(page, "detailPane").visible)
            verifyNothingCut(page, page)
            page.openMember("ac-m2")
            tryVerify(() => findChild(page, "detailPane").visible)
            verify(!findChild(page, "listPane").visible)
            waitForRendering(page)
            verifyNothingCut(page, page)
            for (const card of items(page, "deviceRepeater"))
                verify(card.width <= page.width)
        }
    }
}
