import QtQuick
import QtTest
import Handbook

// TestCase itself is invisible: what is tested lives in this visible root.
Item {
    id: root

    width: 400
    height: 640

    TestCase {
        id: testCase

        name: "PinPad"
        when: windowShown

        Component {
            id: padComponent

            PinPad {
                width: root.width
                height: root.height
            }
        }

        SignalSpy {
            id: enteredSpy
            signalName: "entered"
        }

        function createPad() {
            const pad = createTemporaryObject(padComponent, root)
            verify(pad)
            waitForRendering(pad) // the keys have their place only once the layout ran
            enteredSpy.clear()
            enteredSpy.target = pad
            return pad
        }

        function key(pad, name) {
            const item = findChild(pad, "pinKey" + name)
            verify(item, "key " + name)
            return item
        }

        function type(pad, digits) {
            for (const digit of digits)
                mouseClick(key(pad, digit))
        }

        // Dots that are filled in, as the user sees them.
        function filledDots(pad) {
            const dots = findChild(pad, "pinDots")
            let filled = 0
            for (let i = 0; i < dots.children.length; ++i) {
                const dot = dots.children[i]
                if (dot.visible && dot.width > 0 && Qt.colorEqual(dot.color, Theme.text))
                    ++filled
            }
            return filled
        }

        function test_typingShowsDots() {
            const pad = createPad()
            compare(filledDots(pad), 0)
            type(pad, "123")
            compare(pad.enteredCount, 3)
            compare(filledDots(pad), 3)
        }

        function test_deleteRemovesLastDigit() {
            const pad = createPad()
            verify(!key(pad, "Delete").enabled)
            type(pad, "1234567")
            mouseClick(key(pad, "Delete"))
            compare(filledDots(pad), 6)
            mouseClick(key(pad, "Submit"))
            compare(enteredSpy.count, 1)
            compare(enteredSpy.signalArguments[0][0], "123456")
        }

        function test_submitEmitsThePinAndClears() {
            const pad = createPad()
            type(pad, "2468100")
            mouseClick(key(pad, "Submit"))
            compare(enteredSpy.count, 1)
            compare(enteredSpy.signalArguments[0][0], "2468100")
            compare(filledDots(pad), 0)
        }

        function test_submitNeedsMinimumLength() {
            const pad = createPad()
            type(pad, "12345")
            verify(!key(pad, "Submit").enabled)
            mouseClick(key(pad, "Submit"))
            compare(enteredSpy.count, 0)
            type(pad, "6")
            verify(key(pad, "Submit").enabled)
        }

        function test_stopsAtMaximumLength() {
            const pad = createPad()
            type(pad, "1234567890123")
            compare(pad.enteredCount, 12)
            compare(filledDots(pad), 12)
            mouseClick(key(pad, "Submit"))
            compare(enteredSpy.signalArguments[0][0], "123456789012")
        }

        function test_hardwareKeyboard() {
            const pad = createPad()
            pad.forceActiveFocus()
            for (const digit of "9081726")
                keyClick(Qt.Key_0 + Number(digit))
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Return)
            compare(enteredSpy.count, 1)
            compare(enteredSpy.signalArguments[0][0], "908172")
        }

        function test_disabledPadIgnoresInput() {
            const pad = createPad()
            type(pad, "12")
            pad.enabled = false
            compare(pad.enteredCount, 0)
            type(pad, "345678")
            compare(pad.enteredCount, 0)
            compare(enteredSpy.count, 0)
        }
    }
}
