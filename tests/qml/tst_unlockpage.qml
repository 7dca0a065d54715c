import QtQuick
import QtTest
import Handbook

// UnlockPage against a real VaultSession over a temporary vault (see tst_qml.cpp).
// TestCase itself is invisible: what is tested lives in this visible root.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "UnlockPage"
        when: windowShown

        Component {
            id: pageComponent

            UnlockPage {
                width: root.width
                height: root.height
            }
        }

        // A fresh, locked vault for every test.
        function init() {
            TestClock.advance(24 * 3600) // past any wait left by the previous test
            tryCompare(VaultSession, "retryAfterSeconds", 0, timeout)
            if (VaultSession.state !== VaultSession.NoVault)
                verify(VaultSession.wipe())
            verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            VaultSession.lock()
            compare(VaultSession.state, VaultSession.Locked)
        }

        function createPage() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            waitForRendering(page) // the keys have their place only once the layout ran
            return page
        }

        function enterPin(page, digits) {
            for (const digit of digits)
                mouseClick(findChild(page, "pinKey" + digit))
            mouseClick(findChild(page, "pinKeySubmit"))
            tryVerify(() => VaultSession.state !== VaultSession.Busy, timeout)
        }

        function test_rightPinUnlocks() {
            const page = createPage()
            enterPin(page, pin)
            compare(VaultSession.state, VaultSession.Unlocked)
        }

        function test_wrongPinShowsAttemptsLeft() {
            const page = createPage()
            const error = findChild(page, "unlockError")
            verify(!error.visible)
            enterPin(page, "000000")
            compare(VaultSession.state, VaultSession.Locked)
            compare(VaultSession.errorCode, "wrong_pin")
            compare(VaultSession.attemptsLeft, 9)
            tryVerify(() => error.visible)
            verify(error.text.indexOf("9") >= 0, error.text)
            verify(!findChild(page, "wipeWarning").visible)
            verify(findChild(page, "pinPad").enabled)
        }

        function test_waitDisablesThePadWithCountdown() {
            const page = createPage()
            const pad = findChild(page, "pinPad")
            const countdown = findChild(page, "retryCountdown")
            for (let i = 0; i < 8 && VaultSession.retryAfterSeconds === 0; ++i)
                enterPin(page, "000000")
            verify(VaultSession.retryAfterSeconds > 0)
            verify(!pad.enabled)
            verify(countdown.visible)
            const shown = countdown.text
            verify(shown.indexOf(String(VaultSession.retryAfterSeconds)) >= 0, shown)

            TestClock.advance(10)
            tryVerify(() => countdown.text !== shown, timeout)
            TestClock.advance(24 * 3600)
            tryCompare(pad, "enabled", true, timeout)
            verify(!countdown.visible)
        }

        function test_warnsBeforeErasing() {
            const page = createPage()
            const warning = findChild(page, "wipeWarning")
            for (let i = 0; i < 8 && VaultSession.attemptsLeft > 3; ++i) {
                verify(!warning.visible)
                TestClock.advance(24 * 3600)
                tryCompare(VaultSession, "retryAfterSeconds", 0, timeout)
                enterPin(page, "000000")
            }
            compare(VaultSession.attemptsLeft, 3)
            verify(warning.visible)
            verify(warning.text.indexOf("10") >= 0, warning.text)
        }
    }
}
