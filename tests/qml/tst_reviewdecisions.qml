import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The annual review's secretary and committee pages over a vault filled as a sync would
// (issue 22): the secretary's cell with who has not submitted, a proposal from the list's
// rating buttons shown at once as waiting for the server, a self-review read in full with a
// comment sent with the proposal; the committee's cells below it, another rating chosen for one
// member, the bulk agreement confirmed and every row decided; at a phone's width with 200 %
// text no word is cut and nothing is wider than the page.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "ReviewDecisions"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: cellComponent
            CellReviewsPage {}
        }
        Component {
            id: meetingsComponent
            MeetingsPage {}
        }
        Component {
            id: decisionsComponent
            ReviewDecisionsPage {}
        }
        TextMetrics {
            id: metrics
        }

        function selfReview(id: string, memberId: string, name: string, orgId: string, selfRating: string, proposed: string): var {
            return {
                id: id, cycle_id: "rv-2026", member_id: memberId, member_name: name, org_id: orgId,
                text: "1. Về tư tưởng chính trị\nLuôn giữ vững lập trường, bản lĩnh chính trị.\n\n5. Hạn chế, khuyết điểm\nCòn chậm cập nhật văn bản mới.",
                sections: [], self_rating: selfRating, status: proposed.length > 0 ? "proposed" : "submitted",
                late: false, submitted_at: "2026-11-20T02:00:00Z", updated_at: "2026-11-20T02:00:00Z",
                proposed_rating: proposed.length > 0 ? proposed : null, proposal_comment: null,
                proposed_by_name: null, proposed_at: null, decided_rating: null, decision_comment: null,
                decided_by_name: null, decided_at: null
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.put("organization", { id: "rv-p", parent_id: null, name: "Đảng bộ tỉnh Sơn Lâm", kind: "province" })
            TestData.put("organization", { id: "rv-g", parent_id: "rv-p", name: "Đảng bộ xã Đông Hòa", kind: "commune" })
            TestData.put("organization", { id: "rv-c1", parent_id: "rv-g", name: "Chi bộ thôn Khuôn Lặng, xã Đông Hòa", kind: "cell" })
            TestData.put("organization", { id: "rv-c2", parent_id: "rv-g", name: "Chi bộ trường Trung học cơ sở Đông Hòa", kind: "cell" })
            for (const m of [["rv-sec", "Lê Văn Sơn"], ["rv-an", "Nguyễn Văn An"], ["rv-binh", "Trần Thị Bình"], ["rv-cuong", "Phạm Văn Cường"]])
                TestData.put("member", { id: m[0], org_id: "rv-c1", full_name: m[1], position: "Đảng viên" })
            TestData.put("review_cycle", {
                id: "rv-2026", year: 2026, audience_org_id: "rv-p", audience_name: "Đảng bộ tỉnh Sơn Lâm",
                opener_org_id: "rv-p", opener_name: "Tỉnh ủy Sơn Lâm", self_review_due: "2026-12-15",
                decision_due: "2026-12-25", status: "open", opened_at: "2026-11-15T01:00:00Z", closed_at: null
            })
            TestData.put("self_review", selfReview("rv-sr-an", "rv-an", "Nguyễn Văn An", "rv-c1", "good", ""))
            TestData.put("self_review", selfReview("rv-sr-binh", "rv-binh", "Trần Thị Bình", "rv-c1", "excellent", ""))
            TestData.put("self_review", selfReview("rv-sr-sec", "rv-sec", "Lê Văn Sơn", "rv-c1", "excellent", "excellent"))
            TestData.put("self_review", selfReview("rv-sr-ha", "rv-ha", "Vũ Thị Hà", "rv-c2", "good", "fulfilled"))
            TestData.put("self_review", selfReview("rv-sr-lan", "rv-lan", "Đỗ Thị Lan", "rv-c2", "good", "good"))
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function openPage(component, width: int): var {
            root.width = width
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            const page = stack.push(component, {}, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            return page
        }

        // Every descendant of `item` named `name`.
        function named(item, name: string): var {
            const found = []
            const visit = node => {
                for (let i = 0; i < node.children.length; ++i) {
                    const child = node.children[i]
                    if (child.objectName === name)
                        found.push(child)
                    visit(child)
                }
            }
            visit(item)
            return found
        }
        function rowOf(page, rowName: string, memberName: string): var {
            for (const row of named(page, rowName)) {
                if (row.memberName === memberName)
                    return row
            }
            return null
        }

        // Every visible text under `item` fits: no word wider than its label, no label or
        // button wider than the page.
        function verifyNoWordCut(page) {
            let checked = 0
            const visit = node => {
                for (let i = 0; i < node.children.length; ++i) {
                    const child = node.children[i]
                    if (!child.visible)
                        continue
                    if (child.wrapMode !== undefined && typeof child.text === "string" && child.text.length > 0 && child.width > 0) {
                        const left = child.mapToItem(page, 0, 0).x
                        verify(left >= -1 && left + child.width <= page.width + 1, child.text + " at " + left + " +" + child.width)
                        verify(!child.truncated, child.text)
                        ++checked
                        metrics.font = child.font
                        for (const word of child.text.split(/\s+/)) {
                            metrics.text = word
                            verify(metrics.advanceWidth <= child.width + 1, "'" + word + "' " + metrics.advanceWidth + " > " + child.width)
                        }
                    }
                    visit(child)
                }
            }
            visit(page)
            verify(checked > 10, "texts checked: " + checked)
        }

        // The secretary reaches the page from the cell's meetings, with the other actions.
        function test_0_meetingsPageOpensTheCellReviews() {
            TestData.signIn("rv-sec", "secretary", "rv-c1")
            const meetings = openPage(meetingsComponent, 1280)
            const stack = meetings.StackView.view
            const button = findChild(meetings, "cellReviewsButton")
            tryVerify(() => button.visible)
            button.clicked()
            tryVerify(() => stack.currentItem.objectName === "cellReviewsPage")
            compare(findChild(stack.currentItem, "cycleTitle").text, "Kiểm điểm, đánh giá, xếp loại đảng viên năm 2026")
        }

        function test_1_secretaryProposesFromTheList() {
            TestData.signIn("rv-sec", "secretary", "rv-c1")
            const page = openPage(cellComponent, 1280)
            compare(findChild(page, "submittedText").text, "Đã nộp 3/4 bản kiểm điểm")
            compare(findChild(page, "missingText").text, "Chưa nộp (1): Phạm Văn Cường")
            compare(findChild(page, "proposedText").text, "Chi bộ đã đề xuất 1/3")
            const missing = rowOf(page, "reviewRow", "Phạm Văn Cường")
            verify(missing)
            verify(!findChild(missing, "proposalButtons").visible)
            verify(!findChild(missing, "readButton").visible)

            const an = rowOf(page, "reviewRow", "Nguyễn Văn An")
            compare(findChild(an, "proposalText").text, "Chi bộ chưa đề xuất")
            const buttons = findChild(an, "proposalButtons")
            verify(buttons.visible)
            compare(buttons.currentIndex, -1)
            findChild(buttons, "rating1").clicked()
            tryVerify(() => findChild(rowOf(page, "reviewRow", "Nguyễn Văn An"), "proposalText").text === "Chi bộ đề xuất: Hoàn thành tốt nhiệm vụ")
            const after = rowOf(page, "reviewRow", "Nguyễn Văn An")
            verify(findChild(after, "rowDetail").text.indexOf("đang chờ gửi lên máy chủ") >= 0)
            compare(findChild(after, "proposalButtons").currentIndex, 1)
            compare(findChild(page, "proposedText").text, "Chi bộ đã đề xuất 2/3")

            TestData.answerPending({}, "", "")
            tryVerify(() => findChild(rowOf(page, "reviewRow", "Nguyễn Văn An"), "rowDetail").text.indexOf("đang chờ") < 0)
        }

        function test_2_readerShowsTheTextAndSendsTheComment() {
            TestData.signIn("rv-sec", "secretary", "rv-c1")
            const page = openPage(cellComponent, 1280)
            const stack = page.StackView.view
            findChild(rowOf(page, "reviewRow", "Trần Thị Bình"), "readButton").clicked()
            tryVerify(() => stack.currentItem.objectName === "selfReviewReader")
            const reader = stack.currentItem
            waitForRendering(reader)
            verify(findChild(reader, "reviewText").text.indexOf("Còn chậm cập nhật văn bản mới.") > 0)
            findChild(reader, "proposalComment").text = "Gương mẫu trong công tác"
            findChild(findChild(reader, "readerProposalButtons"), "rating0").clicked()
            stack.pop(StackView.Immediate)
            tryVerify(() => findChild(rowOf(page, "reviewRow", "Trần Thị Bình"), "proposalText").text === "Chi bộ đề xuất: Hoàn thành xuất sắc nhiệm vụ")
            TestData.answerPending({}, "", "")
        }

        function test_3_committeeAgreesWithAnException() {
            TestData.signIn("rv-g-staff", "committee", "rv-g")
            const page = openPage(decisionsComponent, 1280)
            compare(named(page, "cellHeading").filter(h => h.visible).map(h => h.text),
                    ["Chi bộ thôn Khuôn Lặng, xã Đông Hòa", "Chi bộ trường Trung học cơ sở Đông Hòa"])
            // The rows' properties are on the delegate, the Card inside it is named.
            const haRow = named(page, "decisionRow").map(card => card.parent).find(r => r.memberName === "Vũ Thị Hà")
            verify(haRow)
            compare(findChild(haRow, "selfRating").value, "Hoàn thành tốt nhiệm vụ")
            compare(findChild(haRow, "proposedRating").value, "Hoàn thành nhiệm vụ")
            findChild(haRow, "chooseOtherButton").clicked()
            const choices = findChild(haRow, "exceptionButtons")
            tryVerify(() => choices.visible)
            compare(choices.currentIndex, 2)
            findChild(choices, "rating1").clicked()
            tryVerify(() => findChild(named(page, "decisionRow").map(card => card.parent).find(r => r.memberName === "Vũ Thị Hà"), "exceptionText").visible)

            const agreeAll = findChild(page, "agreeAllButton")
            verify(agreeAll.visible)
            verify(agreeAll.text.indexOf("(5 đảng viên)") > 0, agreeAll.text)
            agreeAll.clicked()
            const dialog = findChild(page, "confirmDecideDialog")
            tryVerify(() => dialog.opened)
            verify(dialog.text.indexOf("4 theo đề xuất của chi bộ, 1 theo xếp loại khác") > 0, dialog.text)
            dialog.accept()
            tryVerify(() => !findChild(page, "agreeAllButton").visible)
            const decided = named(page, "decidedText").filter(t => t.visible).map(t => t.text)
            compare(decided.length, 5)
            verify(decided.indexOf("Đã quyết định: Hoàn thành tốt nhiệm vụ (đang chờ gửi lên máy chủ)") >= 0, decided.join(" | "))
            TestData.answerPending({}, "", "")
            tryVerify(() => named(page, "decidedText").filter(t => t.visible && t.text.indexOf("đang chờ") >= 0).length === 0)
            verify(!named(page, "chooseOtherButton").some(b => b.visible))
        }

        function test_4_phoneWidthAtLargeText() {
            TestData.put("self_review", selfReview("rv-sr-cuong", "rv-cuong", "Phạm Văn Cường", "rv-c1", "not_fulfilled", ""))
            Theme.textScale = 2.0
            TestData.signIn("rv-sec", "secretary", "rv-c1")
            const cell = openPage(cellComponent, 360)
            const row = rowOf(cell, "reviewRow", "Phạm Văn Cường")
            verify(row)
            verify(findChild(row, "proposalButtons").visible)
            compare(findChild(row, "proposalButtons").columns, 1)
            verifyNoWordCut(cell)

            TestData.put("self_review", selfReview("rv-sr-cuong", "rv-cuong", "Phạm Văn Cường", "rv-c1", "not_fulfilled", "fulfilled"))
            TestData.signIn("rv-g-staff", "committee", "rv-g")
            const decisions = openPage(decisionsComponent, 360)
            const button = findChild(decisions, "agreeAllButton")
            tryVerify(() => button.visible)
            const cuong = named(decisions, "decisionRow").map(card => card.parent).find(r => r.memberName === "Phạm Văn Cường")
            findChild(cuong, "chooseOtherButton").clicked()
            tryVerify(() => findChild(cuong, "exceptionButtons").visible)
            waitForRendering(decisions)
            verifyNoWordCut(decisions)
        }
    }
}
