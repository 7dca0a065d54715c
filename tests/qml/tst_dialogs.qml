import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// Every dialog the app opens loads, offscreen: the share page's file picker (the
// app's own page since Qt 6.4's file dialog, which crashed without Qt.labs.folderlistmodel,
// was replaced; tst_choosefilepage tests it in depth) and the app's own dialogs, on the pages
// that open them.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "Dialogs"
        when: windowShown

        Component {
            id: shareComponent
            ShareDocumentPage {}
        }
        Component {
            id: stackComponent
            StackView {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: settingsComponent
            SettingsPage {
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
        Component {
            id: meetingComponent
            MeetingPage {
                width: root.width
                height: root.height
                meetingId: "m1"
            }
        }
        Component {
            id: reviewComponent
            ReviewPage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: unlockComponent
            UnlockPage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: notesComponent
            NotesDialog {
                notes: ListModel {
                    ListElement { noteId: "n1"; text: "Ghi chú"; updated: "2026-11-20T08:00:00Z" }
                }
            }
        }
        Component {
            id: confirmComponent
            ConfirmDialog {
                title: "Xóa?"
                text: "Không thể hoàn tác."
                confirmText: "Xóa"
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-bt", "secretary", "c1")
            TestData.put("organization", { id: "c1", name: "Chi bộ A", kind: "cell" })
            TestData.put("member", { id: "m-bt", org_id: "c1", full_name: "Bí thư", position: "Bí thư" })
            TestData.put("meeting", {
                id: "m1", org_id: "c1", title: "Họp chi bộ",
                starts_at: new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString(),
                location: "Nhà văn hóa", agenda: "Nghị quyết", document_ids: [],
                status: "scheduled", cancel_reason: null
            })
        }

        function createPage(component) {
            const page = createTemporaryObject(component, root)
            verify(page)
            waitForRendering(page)
            return page
        }

        // Opens `dialog` and checks that it shows, with its content laid out, then closes it.
        function verifyOpens(dialog, name: string) {
            verify(dialog, name + " found")
            dialog.open()
            tryCompare(dialog, "opened", true, timeout, name + " opened")
            verify(dialog.contentItem, name + " has content")
            verify(dialog.width > 0 && dialog.height > 0, name + " has a size")
            dialog.close()
            tryCompare(dialog, "visible", false, timeout, name + " closed")
        }

        function test_filePickerOpens() {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.push(shareComponent, {}, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            mouseClick(findChild(page, "chooseFileButton"))
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === "chooseFilePage",
                      timeout, "the file picker opened")
            tryCompare(stack, "busy", false, timeout)
            const picker = stack.currentItem
            tryCompare(picker, "loaded", true, timeout)
            const list = findChild(picker, "fileList")
            verify(list, "the picker's list is shown")
            verify(list.width > 0 && list.height > 0)
            // Back without a file.
            mouseClick(findChild(picker, "backButton"))
            tryCompare(stack, "currentItem", page, timeout)
            verify(!findChild(page, "fileLabel").font.bold, "no file chosen")
        }

        function test_pageDialogsOpen_data() {
            return [
                { tag: "changePin", component: settingsComponent, dialog: "changePinDialog" },
                { tag: "signOut", component: settingsComponent, dialog: "signOutDialog" },
                { tag: "reply", component: feedbackComponent, dialog: "replyDialog" },
                { tag: "cancelMeeting", component: meetingComponent, dialog: "cancelDialog" },
                { tag: "rejectRequest", component: reviewComponent, dialog: "rejectDialog" },
                { tag: "forgotPin", component: unlockComponent, dialog: "forgotPinDialog" }
            ]
        }

        function test_pageDialogsOpen(data) {
            const page = createPage(data.component)
            verifyOpens(findChild(page, data.dialog), data.tag)
        }

        function test_componentDialogsOpen() {
            verifyOpens(createTemporaryObject(notesComponent, root), "notes")
            verifyOpens(createTemporaryObject(confirmComponent, root), "confirm")
        }
    }
}
