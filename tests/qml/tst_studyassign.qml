import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The secretary's study screens over a vault filled as a sync would (TestData), at a phone's
// width (400 px) and 200 % text: "Giao học tập" starts from a document (its title made from
// the document's), refuses a quiz question without its right answer with a message naming
// it, and nothing on it is cut; the cell's submissions grouped with the progress on top, a
// tap opening the reflection; at a laptop's width the list and the reflection side by side.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "StudyAssign"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: assignComponent
            StudyAssignPage {}
        }
        Component {
            id: submissionsComponent
            StudySubmissionsPage {}
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
        }

        function init() {
            TestData.signIn("sa-m1", "secretary", "sa-c1")
            TestData.put("organization", { id: "sa-c1", parent_id: null, name: "Chi bộ thôn Đồng Tâm", kind: "cell" })
            TestData.put("document", {
                id: "sa-doc", org_id: "sa-c1", audience_org_id: "sa-c1", kind: "resolution",
                number: "05-NQ/TU", title: "Nghị quyết về phát triển kinh tế nông nghiệp bền vững",
                issued_date: "2026-11-01", issuer: "Tỉnh ủy", summary: "", body: "Toàn văn",
                classification: "internal", attachments: [], published_at: "2026-11-02T00:00:00.000Z"
            })
            TestData.put("member", { id: "sa-m1", org_id: "sa-c1", full_name: "Nguyễn Văn Bí Thư", position: "Bí thư" })
            TestData.put("member", { id: "sa-m2", org_id: "sa-c1", full_name: "Trần Thị Bình", position: "Đảng viên" })
            TestData.put("member", { id: "sa-m3", org_id: "sa-c1", full_name: "Lê Văn Cường", position: "Đảng viên" })
            TestData.put("study", {
                id: "sa-st", org_id: "sa-c1", org_name: "Chi bộ thôn Đồng Tâm", audience_org_id: "sa-c1",
                audience_name: "Chi bộ thôn Đồng Tâm", title: "Học tập Nghị quyết số 05",
                instructions: "", document_ids: ["sa-doc"], due_date: "2026-11-19",
                reflection_required: true, quiz: [], status: "open", created_by: "u-x",
                created_at: "2026-11-01T00:00:00.000Z", closed_at: null
            })
            TestData.put("study_submission", {
                id: "sa-s2", study_id: "sa-st", member_id: "sa-m2", member_name: "Trần Thị Bình",
                reflection: "Qua học tập, tôi nhận thức rõ hơn trách nhiệm của bản thân.",
                answers: {}, score: null, total: null, late: true, status: "submitted", comment: "",
                submitted_at: "2026-11-20T03:00:00.000Z", reviewed_at: null, reviewed_by_name: ""
            })
        }

        function cleanup() {
            Theme.textScale = 1.0
            root.width = 400
        }

        // Every label under `item` that is shown: whole (not elided) and inside `page`.
        function verifyNothingCut(item, page) {
            if (!item || !item.visible)
                return
            if (item.truncated !== undefined && item.text !== undefined) {
                verify(!item.truncated, "cut: " + item.text)
                const right = item.mapToItem(page, item.width, 0).x
                verify(right <= page.width + 1, "outside the page: " + item.text)
            }
            for (let i = 0; i < item.children.length; ++i)
                verifyNothingCut(item.children[i], page)
        }

        function push(component, properties: var): var {
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            const page = stack.push(component, properties, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            return page
        }

        function test_assignFromADocumentAtLargeText() {
            Theme.textScale = 2.0
            const page = push(assignComponent, { documentId: "sa-doc" })
            const title = findChild(page, "titleField")
            tryCompare(title, "text", "Học tập, quán triệt Nghị quyết về phát triển kinh tế nông nghiệp bền vững")
            compare(findChild(page, "audienceLabel").text, "Chi bộ thôn Đồng Tâm")
            verify(!findChild(page, "audienceButton").visible) // the secretary's is the cell
            findChild(page, "addQuestionButton").clicked()
            waitForRendering(page)
            verify(findChild(page, "questionField"))
            verifyNothingCut(page.contentItem, page)

            // A question without its text and right answer: refused, naming it.
            findChild(page, "assignButton").clicked()
            const error = findChild(page, "assignError")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("Câu hỏi 1") >= 0, error.text)
        }

        function test_submissionsGroupedAndOpened() {
            Theme.textScale = 2.0
            const page = push(submissionsComponent, { studyId: "sa-st" })
            tryVerify(() => findChild(page, "progressText").text.indexOf("3 đảng viên") === 0)
            verifyNothingCut(page.contentItem, page)
            verify(!findChild(page, "submissionPane").visible)
            // The one handed in opens on its own page.
            const stack = page.StackView.view
            page.openSubmission("sa-s2")
            tryCompare(stack, "depth", 2)
            const review = stack.currentItem
            waitForRendering(review)
            tryCompare(findChild(review, "reflectionText"), "text",
                       "Qua học tập, tôi nhận thức rõ hơn trách nhiệm của bản thân.")
            verify(findChild(review, "acceptSubmissionButton").visible)
            verifyNothingCut(review.contentItem, review)
        }

        function test_wideWindowSideBySide() {
            root.width = 1280
            const page = push(submissionsComponent, { studyId: "sa-st" })
            const pane = findChild(page, "submissionPane")
            verify(pane.visible)
            tryCompare(page, "selectedId", "sa-s2")
            tryCompare(findChild(pane, "reflectionText"), "text",
                       "Qua học tập, tôi nhận thức rõ hơn trách nhiệm của bản thân.")
        }
    }
}
