import QtQuick
import QtTest
import Handbook

// The cell's list rows and choice buttons: a meeting's state and my answer in words,
// a tap opens it; a document to choose says whether it is chosen; choice buttons highlight
// the chosen one and stack under each other with large text.
Item {
    id: root

    width: 400
    height: 640

    TestCase {
        name: "CellComponents"
        when: windowShown

        Component {
            id: meetingComponent

            MeetingRow {
                width: root.width
                meetingId: "m1"
                title: "Sinh hoạt chi bộ tháng 12"
                timeText: "19:30, Thứ Năm 24/12/2026"
                location: "Nhà văn hóa thôn"
                status: Wire.MeetingScheduled
                statusLabel: "Sắp họp"
                answerLabel: "Đồng chí chưa trả lời"
            }
        }

        Component {
            id: pickComponent

            DocumentPickRow {
                width: root.width
                documentId: "d1"
                title: "Kế hoạch học tập"
                kindLabel: "Kế hoạch"
                number: "12-KH/ĐU"
            }
        }

        Component {
            id: choiceComponent

            ChoiceButtons {
                width: root.width
                labels: ["Sắp tới (2)", "Đã qua (5)"]
            }
        }

        SignalSpy {
            id: spy
        }

        function test_meetingRowSaysItsStateAndOpens() {
            const row = createTemporaryObject(meetingComponent, root)
            verify(row)
            waitForRendering(row)
            compare(findChild(row, "statusLabel").text, "Sắp họp")
            compare(findChild(row, "answerLabel").text, "Đồng chí chưa trả lời")
            row.pending = true
            compare(findChild(row, "statusLabel").text, "Sắp họp · chưa gửi")
            row.answerLabel = ""
            verify(!findChild(row, "answerLabel").visible)
            verify(row.height >= Theme.touchTarget)
            spy.target = null
            spy.signalName = "openRequested"
            spy.target = row
            spy.clear()
            mouseClick(row)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "m1")
        }

        function test_pickRowSaysWhetherChosen() {
            const row = createTemporaryObject(pickComponent, root)
            verify(row)
            waitForRendering(row)
            const hint = findChild(row, "pickHint")
            compare(hint.text, "Chạm để chọn")
            row.selected = true
            compare(hint.text, "✓ Đã chọn · chạm để bỏ")
            spy.target = null
            spy.signalName = "picked"
            spy.target = row
            spy.clear()
            mouseClick(row)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "d1")
        }

        function test_choiceButtons() {
            const choice = createTemporaryObject(choiceComponent, root)
            verify(choice)
            waitForRendering(choice)
            verify(!choice.stacked)
            const second = findChild(choice, "choice1")
            verify(second)
            verify(!second.highlighted)
            verify(second.height >= Theme.touchTarget)
            spy.target = null
            spy.signalName = "chosen"
            spy.target = choice
            spy.clear()
            mouseClick(second)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], 1)
            compare(choice.currentIndex, 1)
            verify(second.highlighted)
            const first = findChild(choice, "choice0")
            compare(first.height, second.height)
            compare(first.width, second.width)
            Theme.textScale = 2.0
            verify(choice.stacked, "one under the other with large text")
            waitForRendering(choice)
            const stackedFirst = findChild(choice, "choice0")
            verify(stackedFirst)
            compare(stackedFirst.width, choice.width)
            Theme.textScale = 1.0
        }
    }
}
