import QtQuick
import QtTest
import Handbook

// The library page's filters over an open but empty vault (see tst_qml.cpp; the filtering
// itself is in tst_library): the pickers and the "bookmarked" toggle are large enough to
// tap, stack behind a button with 200% text, and a picker always shows the value it is
// bound to, also when its choices change.
Item {
    id: root

    width: 400
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "LibraryPage"
        when: windowShown

        Component {
            id: pageComponent
            LibraryPage {
                width: root.width
                height: root.height
            }
        }

        Component {
            id: pickerComponent
            ChoicePicker {
                width: 300
                valueRole: "year"
                choices: [{ year: 0, label: "Mọi năm" }, { year: 2026, label: "Năm 2026" }]
                value: 0
            }
        }

        SignalSpy {
            id: pickedSpy
            signalName: "picked"
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function createPage() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            waitForRendering(page)
            return page
        }

        function test_pickersShowEveryAndAreLargeEnough() {
            const page = createPage()
            const names = ["kindPicker", "levelPicker", "yearPicker", "bookmarkedButton"]
            for (const name of names) {
                const control = findChild(page, name)
                verify(control, name)
                verify(control.visible, name)
                verify(control.height >= Theme.touchTarget, name)
            }
            compare(findChild(page, "kindPicker").displayText, "Mọi loại tài liệu")
            compare(findChild(page, "levelPicker").displayText, "Mọi cấp ban hành")
            compare(findChild(page, "yearPicker").displayText, "Mọi năm")
            verify(!findChild(page, "filtersButton").visible)
        }

        function test_bookmarkedToggle() {
            const page = createPage()
            const button = findChild(page, "bookmarkedButton")
            const status = findChild(page, "listStatus")
            verify(!button.highlighted)
            mouseClick(button)
            verify(button.highlighted)
            verify(status.text.indexOf("Chưa lưu") >= 0, status.text)
            mouseClick(button)
            verify(!button.highlighted)
        }

        function test_largeTextStacksFiltersBehindAButton() {
            Theme.textScale = 2.0
            const page = createPage()
            const button = findChild(page, "filtersButton")
            const filters = findChild(page, "filters")
            verify(button.visible)
            verify(!filters.visible)
            mouseClick(button)
            verify(filters.visible)
            waitForRendering(page)
            // One under the other, each the full width, none cut short.
            const kind = findChild(page, "kindPicker")
            const year = findChild(page, "yearPicker")
            compare(kind.width, filters.width)
            compare(year.width, filters.width)
            verify(year.y >= kind.y + kind.height)
            verify(kind.height >= Theme.touchTarget)
            verify(kind.contentItem.implicitHeight <= kind.height)
        }

        function test_pickerFollowsItsValueAndChoices() {
            const picker = createTemporaryObject(pickerComponent, root)
            verify(picker)
            compare(picker.currentIndex, 0)
            compare(picker.displayText, "Mọi năm")
            picker.value = 2026
            compare(picker.currentIndex, 1)
            compare(picker.displayText, "Năm 2026")
            // A sync brings another year: the same value, now at another place.
            picker.choices = [{ year: 0, label: "Mọi năm" }, { year: 2027, label: "Năm 2027" },
                              { year: 2026, label: "Năm 2026" }]
            compare(picker.currentIndex, 2)
            compare(picker.displayText, "Năm 2026")
            // The same number of choices, another order.
            picker.choices = [{ year: 2026, label: "Năm 2026" }, { year: 0, label: "Mọi năm" },
                              { year: 2027, label: "Năm 2027" }]
            compare(picker.currentIndex, 0)
            compare(picker.displayText, "Năm 2026")

            // A pick is reported with its value; the owner writes it back to the binding.
            pickedSpy.clear()
            pickedSpy.target = picker
            picker.activated(2)
            compare(pickedSpy.count, 1)
            compare(pickedSpy.signalArguments[0][0], 2027)
            picker.value = 2027
            compare(picker.displayText, "Năm 2027")
        }
    }
}
