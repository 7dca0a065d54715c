import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The committee's publishing workspace over a vault filled as a sync would (TestData): at a
// laptop's width (1280x800) the drafts list and the selected draft's detail and preview are
// side by side and a tap changes the detail in place; at a phone's width (400x800) the list
// is alone and a tap opens the draft on its own page, a returned draft with its reason.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "PublishingPage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: pageComponent
            PublishingPage {}
        }

        function draft(id: string, status: string, title: string, updatedAt: string, reason: string): var {
            return {
                id: id, org_id: "p1", status: status, kind: "resolution", number: "01-NQ/TU",
                title: title, issued_date: "2026-11-20", issuer: "Tỉnh ủy Hòa Bình", summary: "",
                body: "Toàn văn của " + title, classification: "internal", audience_org_id: "p1",
                attachments: [], author_id: "m-staff", author_name: "Trần Văn Soạn",
                return_reason: reason.length > 0 ? reason : null, updated_at: updatedAt
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-staff", "committee", "p1")
            TestData.put("organization", { id: "p1", parent_id: null, name: "Ban Thường vụ Tỉnh ủy Hòa Bình", kind: "province" })
            TestData.put("organization", { id: "d1", parent_id: "p1", name: "Đảng ủy xã Đồng Tâm", kind: "grassroots" })
            TestData.put("document_draft", draft("dr-new", "draft", "Dự thảo nghị quyết mới", "2026-11-21T00:00:00.000Z", ""))
            TestData.put("document_draft", draft("dr-ret", "returned", "Kế hoạch bị trả lại", "2026-11-16T00:00:00.000Z", "Sai số hiệu văn bản"))
            TestData.put("document_draft", draft("dr-pub", "published", "Chỉ thị đã ban hành", "2026-11-10T00:00:00.000Z", ""))
            TestData.put("document_draft", draft("dr-x", "draft", "Của tỉnh khác", "2026-11-22T00:00:00.000Z", ""))
            TestData.put("document_draft", Object.assign(draft("dr-x", "draft", "Của tỉnh khác", "2026-11-22T00:00:00.000Z", ""), { org_id: "p2" }))
        }

        function makeWorkspace(width: int): var {
            root.width = width
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            const page = stack.push(pageComponent, {}, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            return { stack: stack, page: page }
        }

        // The row button of the draft titled `title`.
        function rowTitled(repeater, title: string): var {
            for (let i = 0; i < repeater.count; ++i) {
                const item = repeater.itemAt(i)
                if (item && item.title === title)
                    return findChild(item, "draftRow")
            }
            return null
        }

        function test_wideWindowShowsListAndDetailSideBySide() {
            const w = makeWorkspace(1280)
            const list = findChild(w.page, "draftRepeater")
            tryCompare(list, "count", 3) // another organization's draft is not listed
            const detail = findChild(w.page, "detailPane")
            verify(detail.visible)
            // Side by side: the detail starts right of the list.
            verify(detail.mapToItem(w.page, 0, 0).x >= findChild(w.page, "listPane").width)
            // The newest draft is shown first, in the preview members will see.
            tryCompare(findChild(detail, "previewTitle"), "text", "Dự thảo nghị quyết mới")
            compare(findChild(w.page, "countsLabel").text,
                    "Đang soạn 1 · Chờ duyệt 0 · Bị trả lại 1 · Đã ban hành 1")
            const returned = rowTitled(list, "Kế hoạch bị trả lại")
            verify(returned)
            verify(findChild(returned, "draftReturnReason").visible)
            mouseClick(returned)
            // Shown in place: no page pushed.
            tryCompare(findChild(detail, "previewTitle"), "text", "Kế hoạch bị trả lại")
            compare(w.stack.depth, 1)
            const reason = findChild(detail, "returnReason")
            verify(reason.visible)
            verify(reason.text.indexOf("Sai số hiệu văn bản") >= 0)
            verify(findChild(detail, "editDraftButton").visible)
        }

        function test_phoneWidthOpensTheDetailOnItsOwnPage() {
            const w = makeWorkspace(400)
            const list = findChild(w.page, "draftRepeater")
            tryCompare(list, "count", 3)
            verify(!findChild(w.page, "detailPane").visible)
            const published = rowTitled(list, "Chỉ thị đã ban hành")
            verify(published)
            mouseClick(published)
            tryCompare(w.stack, "depth", 2)
            tryCompare(w.stack, "busy", false)
            const detailPage = w.stack.currentItem
            compare(detailPage.objectName, "draftDetailPage")
            tryCompare(findChild(detailPage, "previewTitle"), "text", "Chỉ thị đã ban hành")
            // Published: nothing to edit or submit.
            verify(!findChild(detailPage, "editDraftButton").visible)
            verify(!findChild(detailPage, "submitDraftButton").visible)
        }

        function test_newDraftOpensTheEditorWithTheOrganizationsDefaults() {
            const w = makeWorkspace(400)
            mouseClick(findChild(w.page, "newDraftButton"))
            tryCompare(w.stack, "depth", 2)
            tryCompare(w.stack, "busy", false)
            const editor = w.stack.currentItem
            compare(editor.objectName, "draftEditorPage")
            tryCompare(findChild(editor, "issuerField"), "text", "Ban Thường vụ Tỉnh ủy Hòa Bình")
            compare(findChild(editor, "audienceLabel").text, "Ban Thường vụ Tỉnh ủy Hòa Bình")
        }
    }
}
