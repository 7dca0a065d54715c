import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The member's bản kiểm điểm of the annual review (issue 22), from draft to decided rating, on
// a phone's width with 200 % text: the home card while the cycle is open ("Chưa viết"), the
// form's five parts typed and the own rating chosen (a draft on the device: "Bản nháp"),
// submitted after the confirmation (pending, then sent: "Đã nộp"), the cell's proposal
// ("Chi bộ đã đề xuất": the form read only) and the committee's decision injected as a pull
// would bring them: the rating decided in large type, the comments, the card says so too.
Item {
    id: root

    width: 360
    height: 740

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000
        property string reviewId: ""

        name: "SelfReview"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: homePageComponent
            HomePage {}
        }

        function selfReview(status: string, proposed: string, decided: string): var {
            return { id: testCase.reviewId, cycle_id: "sr-cycle", member_id: "sr-an", member_name: "Nguyễn Văn An",
                     org_id: "sr-c1", text: "1. Về tư tưởng chính trị\nLuôn kiên định, vững vàng.",
                     sections: ["Luôn kiên định, vững vàng.", "Giản dị, gần dân.", "Hoàn thành tốt công việc ở thôn.",
                                "Chấp hành nghiêm sự phân công của chi bộ.", "Còn chậm đọc tài liệu; sẽ đọc trước mỗi kỳ họp."],
                     self_rating: "good", status: status, late: false,
                     submitted_at: "2026-12-03T02:00:00.000Z", updated_at: "2026-12-03T02:00:00.000Z",
                     proposed_rating: proposed.length > 0 ? proposed : null,
                     proposal_comment: proposed.length > 0 ? "Chi bộ thống nhất đề nghị mức hoàn thành tốt nhiệm vụ." : null,
                     proposed_by_name: proposed.length > 0 ? "Trần Thu Hà" : null,
                     proposed_at: proposed.length > 0 ? "2026-12-10T12:00:00.000Z" : null,
                     decided_rating: decided.length > 0 ? decided : null,
                     decision_comment: decided.length > 0 ? "Gương mẫu, nhiệt tình trong công tác dân vận." : null,
                     decided_by_name: decided.length > 0 ? "Đảng ủy xã Hòa Bình" : null,
                     decided_at: decided.length > 0 ? "2026-12-15T03:00:00.000Z" : null }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.put("organization", { id: "sr-g1", parent_id: null, name: "Đảng ủy xã Hòa Bình", kind: "commune" })
            TestData.put("organization", { id: "sr-c1", parent_id: "sr-g1", name: "Chi bộ thôn Đông", kind: "cell" })
            TestData.put("member", { id: "sr-an", org_id: "sr-c1", full_name: "Nguyễn Văn An", position: "" })
            TestData.put("review_cycle", { id: "sr-cycle", year: 2026, audience_org_id: "sr-g1", audience_name: "Đảng bộ xã Hòa Bình",
                                           opener_org_id: "sr-g1", opener_name: "Đảng ủy xã Hòa Bình",
                                           self_review_due: "2099-12-20", decision_due: "2099-12-31", status: "open",
                                           opened_at: "2026-12-01T01:00:00.000Z", closed_at: null })
            TestData.signIn("sr-an", "member", "sr-c1")
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        // Each named item is inside the page's width; labels wrap rather than being cut.
        function verifyFits(page, names) {
            for (const name of names) {
                const item = findChild(page, name)
                verify(item, name)
                if (!item.visible)
                    continue
                verify(item.width <= page.width, name + " " + item.width)
                if (item.truncated !== undefined) {
                    verify(!item.truncated, name)
                    verify(item.implicitWidth <= item.width + 1 || item.lineCount > 1, name)
                }
            }
        }

        function test_fromDraftToDecidedRating() {
            Theme.textScale = 2.0
            const stack = createTemporaryObject(stackComponent, root)
            const home = stack.push(homePageComponent, {}, StackView.Immediate)
            waitForRendering(home)
            const card = findChild(home, "selfReviewCard")
            tryVerify(() => card.visible)
            compare(findChild(card, "selfReviewCardTitle").text, "Kiểm điểm cuối năm 2026")
            compare(findChild(card, "selfReviewCardDue").text, "Hạn nộp: 20/12/2099")
            compare(findChild(card, "selfReviewCardState").text, "Chưa viết")
            verifyFits(home, ["selfReviewCard", "selfReviewCardTitle", "selfReviewCardState", "openSelfReviewButton"])
            findChild(card, "openSelfReviewButton").clicked()
            tryVerify(() => stack.currentItem.objectName === "selfReviewPage")
            const page = stack.currentItem
            waitForRendering(page)
            compare(findChild(page, "selfReviewTitle").text, "Kiểm điểm cuối năm 2026")
            compare(findChild(page, "selfReviewState").text, "Chưa viết")

            // The five parts and the own rating: a draft on the device as they are typed.
            const texts = selfReview("submitted", "", "").sections
            for (let i = 0; i < 5; ++i) {
                const field = findChild(page, "selfReviewSection" + i)
                verify(field.visible, "part " + i)
                field.field.text = texts[i]
            }
            compare(findChild(page, "selfReviewState").text, "Bản nháp")
            const good = findChild(page, "selfRating_good")
            verify(good.visible)
            compare(good.text, "Hoàn thành tốt nhiệm vụ")
            good.clicked()
            verify(good.highlighted)
            verifyFits(page, ["selfReviewSection0", "selfReviewSection4", "selfRating_excellent", "selfRating_not_fulfilled",
                              "submitSelfReviewButton", "selfReviewDue", "selfReviewState"])

            // Submitted after the confirmation: pending until the sync sends it.
            findChild(page, "submitSelfReviewButton").clicked()
            const dialog = findChild(page, "submitSelfReviewDialog")
            tryVerify(() => dialog.opened)
            verify(dialog.text.indexOf("Hoàn thành tốt nhiệm vụ") >= 0)
            dialog.accept()
            tryCompare(findChild(page, "selfReviewState"), "text", "Đã nộp")
            verify(findChild(page, "selfReviewSubmitted").text.indexOf("khi máy có mạng") >= 0)
            testCase.reviewId = page.selfReviewId
            verify(testCase.reviewId.length > 0)
            compare(findChild(page, "submitSelfReviewButton").text, "Nộp lại bản kiểm điểm") // still editable
            TestData.answerPending({}, "", "")
            tryVerify(() => findChild(page, "selfReviewSubmitted").text.indexOf("Đã nộp lúc") === 0)

            // The cell proposes (as a pull brings it): read only, the proposal shown.
            TestData.put("self_review", selfReview("proposed", "good", ""))
            page.reload()
            compare(findChild(page, "selfReviewState").text, "Chi bộ đã đề xuất")
            verify(!findChild(page, "submitSelfReviewButton").visible)
            verify(!findChild(page, "selfReviewSection0").visible)
            compare(findChild(page, "selfReviewText0").text, "Luôn kiên định, vững vàng.")
            verify(findChild(page, "proposedRating").visible)
            verify(findChild(page, "proposalComment").text.indexOf("Chi bộ thống nhất") >= 0)
            verify(!findChild(page, "decidedRating").visible)

            // The committee decides: the rating in large type, the comments.
            TestData.put("self_review", selfReview("decided", "good", "excellent"))
            page.reload()
            compare(findChild(page, "selfReviewState").text, "Đã xếp loại")
            const decided = findChild(page, "decidedRating")
            verify(decided.visible)
            const name = findChild(decided, "ratingName")
            compare(name.text, "Hoàn thành xuất sắc nhiệm vụ")
            compare(name.font.pixelSize, Theme.fontTitle)
            verify(findChild(page, "decisionComment").text.indexOf("Gương mẫu") >= 0)
            compare(findChild(findChild(page, "proposedRating"), "ratingName").text, "Hoàn thành tốt nhiệm vụ")
            waitForRendering(page)
            verifyFits(page, ["selfReviewState", "decidedRating", "decisionComment", "proposedRating", "proposalComment",
                              "selfReviewText4", "selfReviewTitle"])
            verify(name.lineCount >= 1 && name.width <= page.width)

            // Back home: the card says so, with the rating.
            stack.pop(StackView.Immediate)
            tryCompare(findChild(card, "selfReviewCardState"), "text", "Đã xếp loại")
            compare(findChild(card, "selfReviewCardRating").text, "Hoàn thành xuất sắc nhiệm vụ")
            compare(findChild(card, "openSelfReviewButton").text, "Xem bản kiểm điểm")
            waitForRendering(home)
            verifyFits(home, ["selfReviewCard", "selfReviewCardRating", "openSelfReviewButton"])
        }
    }
}
