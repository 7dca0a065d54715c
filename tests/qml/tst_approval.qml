import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The committee's approval at 200 % text over a real vault (see tst_qml.cpp): "Khóa ký của
// tôi" makes the key and shows its fingerprint in large groups; the approval panel explains
// why it cannot sign without a certified key, asks for the PIN again (a wrong one signs
// nothing and says so), returns a draft only with a reason, and shows the change as waiting;
// the author is told another committee member approves; withdrawing asks for a reason and
// then waits for the server. Nothing is cut at 200 %.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "Approval"
        when: windowShown

        Component {
            id: keyPageComponent
            SignerKeyPage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: panelComponent
            ApprovalPanel {
                width: root.width
            }
        }
        Component {
            id: stackComponent
            StackView {
                width: root.width
                height: root.height
                initialItem: Item {
                    ApprovalPanel {
                        objectName: "stackedPanel"
                        width: root.width
                        draftId: "dr0"
                    }
                }
            }
        }
        Component {
            id: withdrawComponent
            Item {
                property alias controller: withdrawal
                property alias dialog: withdrawDialog
                WithdrawController {
                    id: withdrawal
                    session: VaultSession
                    documentId: "d1"
                }
                WithdrawDialog {
                    id: withdrawDialog
                    controller: withdrawal
                }
            }
        }
        Component {
            id: keysComponent
            SignerKeyController {
                session: VaultSession
            }
        }

        function draft(id, author) {
            return { id: id, org_id: "p1", audience_org_id: "p1", kind: "resolution",
                     number: "12-NQ/TU", title: "Nghị quyết về chuyển đổi số trong công tác đảng viên",
                     issued_date: "2026-11-20", issuer: "Tỉnh ủy", summary: "", body: "Toàn văn.",
                     classification: "internal", attachments: [], status: "submitted",
                     author_id: author, author_name: "Trần Thị Soạn", updated_at: "2026-11-21T08:00:00Z" }
        }

        // No visible label inside `container` is cut or reaches past its right edge.
        function checkTextFits(container, name) {
            checkItemFits(container, container, name)
        }
        function checkItemFits(item, container, name) {
            if (!item.visible)
                return
            if (item.truncated !== undefined)
                verify(!item.truncated, name + ": " + item.text)
            if (item.text !== undefined && item.width > 0) {
                const x = item.mapToItem(container, 0, 0).x
                verify(x >= -1 && x + item.width <= container.width + 1,
                       name + " fits: " + item.text)
            }
            for (let i = 0; i < item.children.length; ++i)
                checkItemFits(item.children[i], container, name)
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("approver", "committee", "p1")
        }
        function cleanup() {
            Theme.textScale = 1.0
        }

        function test_1_withoutAKeyThePanelSaysWhy() {
            Theme.textScale = 2.0
            TestData.put("document_draft", draft("dr0", "u-author"))
            const panel = createTemporaryObject(panelComponent, root, { draftId: "dr0" })
            verify(panel)
            waitForRendering(panel)
            verify(findChild(panel, "signBlocked").visible)
            verify(findChild(panel, "signBlocked").text.indexOf("chưa có khóa ký") >= 0)
            verify(findChild(panel, "openSignerKeyButton").visible)
            verify(!findChild(panel, "signButton").enabled)
            verify(findChild(panel, "returnButton").visible)
            checkTextFits(panel, "panel without key")

            // The way to the key page, from the workspace's stack.
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            waitForRendering(stack)
            mouseClick(findChild(stack, "openSignerKeyButton"))
            tryCompare(stack, "depth", 2)
            tryCompare(stack, "busy", false)
            compare(stack.currentItem.objectName, "signerKeyPage")
        }

        function test_2_theKeyPageMakesTheKeyAndShowsItsFingerprint() {
            Theme.textScale = 2.0
            const page = createTemporaryObject(keyPageComponent, root)
            verify(page)
            waitForRendering(page)
            const create = findChild(page, "createKeyButton")
            verify(create.visible)
            findChild(page, "signerNameField").text = "Lê Văn Duyệt, Phó Bí thư Tỉnh ủy"
            create.clicked() // may lie below the fold at 200 %
            tryVerify(() => findChild(page, "signerStatus").text === "Trạng thái: Chưa gửi")
            verify(!create.visible)
            const groups = findChild(page, "fingerprintGroups")
            verify(groups.visible)
            compare(groups.children.length, 9) // 8 groups and the repeater
            waitForRendering(page)
            checkTextFits(page, "key page")
        }

        function test_3_signAsksForThePinAgain() {
            Theme.textScale = 2.0
            const keys = createTemporaryObject(keysComponent, root)
            verify(keys.hasKey)
            TestData.put("signer", { id: keys.keyId, org_id: "p1", user_id: "u-approver",
                                     name: "Lê Văn Duyệt", public_key: keys.publicKey,
                                     valid_from: "2026-01-01", valid_until: "2027-12-31",
                                     certificate: "QUJD", revoked_at: null })
            TestData.put("document_draft", draft("dr1", "u-author"))
            const panel = createTemporaryObject(panelComponent, root, { draftId: "dr1" })
            waitForRendering(panel)
            verify(!findChild(panel, "signBlocked").visible)
            verify(!findChild(panel, "ownDraftNotice").visible)
            const sign = findChild(panel, "signButton")
            verify(sign.enabled)
            mouseClick(sign)
            const dialog = findChild(panel, "signDialog")
            tryCompare(dialog, "opened", true)
            const confirm = findChild(dialog.footer, "confirmSignButton")
            verify(!confirm.enabled)
            findChild(dialog.contentItem, "signPinField").text = "135790"
            mouseClick(confirm)
            const error = findChild(dialog.contentItem, "signError")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("không đúng") >= 0)
            verify(dialog.opened)
            verify(!findChild(panel, "approvalPending").visible)
            waitForRendering(dialog.contentItem)
            checkTextFits(dialog.contentItem, "sign dialog")

            findChild(dialog.contentItem, "signPinField").text = pin
            mouseClick(confirm)
            tryCompare(dialog, "opened", false)
            verify(findChild(panel, "approvalPending").visible)
            verify(!sign.visible)
            waitForRendering(panel)
            checkTextFits(panel, "pending panel")
        }

        function test_4_returnNeedsAReason() {
            Theme.textScale = 2.0
            TestData.put("document_draft", draft("dr2", "u-author"))
            const panel = createTemporaryObject(panelComponent, root, { draftId: "dr2" })
            waitForRendering(panel)
            mouseClick(findChild(panel, "returnButton"))
            const dialog = findChild(panel, "returnDialog")
            tryCompare(dialog, "opened", true)
            const confirm = findChild(dialog.footer, "confirmReturnButton")
            verify(!confirm.enabled, "no reason yet")
            findChild(dialog.contentItem, "returnReasonField").text = "   "
            verify(!confirm.enabled, "blanks are no reason")
            findChild(dialog.contentItem, "returnReasonField").text = "Sửa lại số hiệu văn bản."
            verify(confirm.enabled)
            mouseClick(confirm)
            tryCompare(dialog, "opened", false)
            verify(findChild(panel, "approvalPending").visible)
        }

        function test_6_withdrawAsksForAReason() {
            Theme.textScale = 2.0
            TestData.put("document", { id: "d1", org_id: "p1", title: "Nghị quyết đã ban hành" })
            const holder = createTemporaryObject(withdrawComponent, root)
            verify(holder.controller.canWithdraw)
            holder.dialog.open()
            tryCompare(holder.dialog, "opened", true)
            const confirm = findChild(holder.dialog.footer, "confirmWithdrawButton")
            verify(!confirm.enabled, "no reason yet")
            findChild(holder.dialog.contentItem, "withdrawReasonField").text = "Ban hành nhầm phiên bản."
            verify(confirm.enabled)
            waitForRendering(holder.dialog.contentItem)
            checkTextFits(holder.dialog.contentItem, "withdraw dialog")
            mouseClick(confirm)
            tryCompare(holder.dialog, "opened", false)
            verify(holder.controller.pending)
            verify(!holder.controller.canWithdraw)
        }

        function test_5_theAuthorIsTold() {
            Theme.textScale = 2.0
            TestData.put("document_draft", draft("dr3", "u-approver"))
            const panel = createTemporaryObject(panelComponent, root, { draftId: "dr3" })
            waitForRendering(panel)
            verify(findChild(panel, "ownDraftNotice").visible)
            verify(findChild(panel, "signButton").visible)
            checkTextFits(panel, "author's panel")
        }
    }
}
