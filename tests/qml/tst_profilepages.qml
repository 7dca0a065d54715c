import QtQuick
import QtTest
import Handbook

// The profile pages over an open but empty vault (see tst_qml.cpp; data-driven behaviour is
// in tst_profiles and tst_client_profiles): they load, say plainly what is missing, and the
// request form names what is wrong, in red words, before anything is queued.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "ProfilePages"
        when: windowShown

        Component {
            id: requestComponent
            RequestChangePage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: editComponent
            EditContactPage {
                width: root.width
                height: root.height
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
            id: profileComponent
            MyProfilePage {
                width: root.width
                height: root.height
            }
        }
        Component {
            id: directoryComponent
            DirectoryPage {
                width: root.width
                height: root.height
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
        }

        function createPage(component) {
            const page = createTemporaryObject(component, root)
            verify(page)
            waitForRendering(page)
            return page
        }

        function test_requestNamesWhatIsMissing() {
            const page = createPage(requestComponent)
            const error = findChild(findChild(page, "reasonInput"), "error")
            verify(!error.visible)
            mouseClick(findChild(page, "submitRequestButton"))
            tryVerify(() => error.visible)
            verify(error.text.length > 0)
            // No field chosen: the value box stays hidden; the page says what to do.
            verify(!findChild(page, "newValueInput").visible)
        }

        function test_editWaitsForTheProfile() {
            const page = createPage(editComponent)
            verify(!findChild(page, "saveContactButton").enabled)
        }

        function test_reviewIsForSecretaries() {
            const page = createPage(reviewComponent)
            verify(!findChild(page, "reviewEmpty").visible)
            verify(!findChild(page, "approveButton"))
        }

        function test_profileAndDirectoryLoadEmpty() {
            const profile = createPage(profileComponent)
            verify(!findChild(profile, "profileName").visible)
            verify(!findChild(profile, "editContactButton").visible)
            const directory = createPage(directoryComponent)
            compare(findChild(directory, "memberList").count, 0)
            verify(!findChild(directory, "statisticsButton").visible)
        }
    }
}
