import QtQuick
import QtTest
import Handbook

// The vote card of the meeting page (issue 21): one big button per choice while the vote is
// open; after casting, the member's choice and "Đổi lựa chọn", which brings the buttons back;
// the secretary sees the ballots cast and closes it; once closed, the result as numbers and
// bars. At 200 % text the question wraps and nothing is wider than the card.
Item {
    id: root

    width: 400
    height: 900

    TestCase {
        name: "VoteCard"
        when: windowShown

        Component {
            id: cardComponent
            VoteCard {
                width: root.width
            }
        }

        SignalSpy {
            id: castSpy
            signalName: "castRequested"
        }
        SignalSpy {
            id: closeSpy
            signalName: "closeRequested"
        }

        function openVote(myChoice: string, pending: bool): var {
            return {
                voteId: "v1", question: "Đồng chí có nhất trí thông qua nghị quyết của chi bộ về phát triển kinh tế thôn năm 2027 không?",
                choices: ["Đồng ý", "Không đồng ý", "Ý kiến khác"], secret: false, isOpen: true,
                pending: false, ballots: 4, myChoice: myChoice, myChoicePending: pending,
                canVote: true, tally: [], totalCount: 0, resultKnown: false
            }
        }
        function closedVote(): var {
            return {
                voteId: "v1", question: "Thông qua nghị quyết?", choices: ["Đồng ý", "Không đồng ý"],
                secret: true, isOpen: false, pending: false, ballots: 5, myChoice: "Đồng ý",
                myChoicePending: false, canVote: false,
                tally: [{ choice: "Đồng ý", count: 4, percent: 80 }, { choice: "Không đồng ý", count: 1, percent: 20 }],
                totalCount: 5, resultKnown: true
            }
        }

        function cleanup() {
            Theme.textScale = 1.0
            castSpy.clear()
            closeSpy.clear()
        }

        function test_castThenChange() {
            const card = createTemporaryObject(cardComponent, root, { vote: openVote("", false) })
            verify(card)
            castSpy.target = card
            compare(findChild(card, "voteQuestion").text, openVote("", false).question)
            verify(!findChild(card, "myChoice").visible)
            const second = findChild(card, "voteChoice1")
            verify(second && second.visible)
            verify(second.height >= Theme.touchTarget)
            mouseClick(second)
            compare(castSpy.count, 1)
            compare(castSpy.signalArguments[0][0], "v1")
            compare(castSpy.signalArguments[0][1], "Không đồng ý")

            // The controller shows the cast: the choice, no buttons, "Đổi lựa chọn".
            card.vote = openVote("Không đồng ý", true)
            wait(0) // the buttons' delegates are deleted
            const mine = findChild(card, "myChoice")
            tryVerify(() => mine.visible)
            verify(mine.text.indexOf("Không đồng ý") >= 0)
            verify(findChild(card, "myChoiceNote").text.length > 0)
            verify(!findChild(card, "voteChoice0"))
            const change = findChild(card, "changeChoiceButton")
            verify(change.visible)
            mouseClick(change)
            waitForRendering(card)
            const first = findChild(card, "voteChoice0")
            verify(first && first.visible)
            verify(findChild(card, "voteChoice1").highlighted) // the current choice
            verify(!change.visible)
            mouseClick(first)
            compare(castSpy.count, 2)
            compare(castSpy.signalArguments[1][1], "Đồng ý")
            wait(0)
            verify(!findChild(card, "voteChoice0")) // back to the choice shown
        }

        function test_notPresentCannotVote() {
            const vote = openVote("", false)
            vote.canVote = false
            const card = createTemporaryObject(cardComponent, root, { vote: vote })
            verify(!findChild(card, "voteChoice0"))
            verify(findChild(card, "cannotVoteNote").visible)
        }

        function test_secretaryFollowsAndCloses() {
            const vote = openVote("", false)
            vote.canVote = false
            vote.secret = true
            const card = createTemporaryObject(cardComponent, root, { vote: vote, secretaryView: true })
            closeSpy.target = card
            const ballots = findChild(card, "ballotsCount")
            verify(ballots.visible)
            verify(ballots.text.indexOf("4") >= 0)
            verify(!findChild(card, "cannotVoteNote").visible)
            mouseClick(findChild(card, "closeVoteButton"))
            compare(closeSpy.count, 1)
            compare(closeSpy.signalArguments[0][0], "v1")
        }

        function test_closedShowsTheResult() {
            const card = createTemporaryObject(cardComponent, root, { vote: closedVote(), secretaryView: true })
            verify(!findChild(card, "closeVoteButton").visible)
            verify(!findChild(card, "voteChoice0"))
            verify(!findChild(card, "changeChoiceButton").visible)
            verify(findChild(card, "resultTotal").text.indexOf("5") >= 0)
            const line = findChild(card, "resultLine0")
            verify(line)
            const text = findChild(line, "resultText").text
            verify(text.indexOf("Đồng ý") >= 0 && text.indexOf("4") >= 0 && text.indexOf("80") >= 0, text)
            verify(findChild(card, "resultLine1"))
            verify(!findChild(card, "resultWaiting").visible)
        }

        function test_closedWaitsForTheTally() {
            const vote = closedVote()
            vote.resultKnown = false
            vote.tally = []
            const card = createTemporaryObject(cardComponent, root, { vote: vote })
            verify(findChild(card, "resultWaiting").visible)
            verify(!findChild(card, "resultLine0"))
        }

        function test_largeTextWraps() {
            Theme.textScale = 2.0
            const card = createTemporaryObject(cardComponent, root, { vote: openVote("", false) })
            waitForRendering(card)
            const question = findChild(card, "voteQuestion")
            verify(question.lineCount > 2)
            verify(!question.truncated)
            for (const name of ["voteChoice0", "voteChoice1", "voteChoice2"]) {
                const button = findChild(card, name)
                verify(button.width <= card.width, name)
                const label = button.contentItem
                verify(!label.truncated, name)
                verify(label.paintedWidth <= label.width + 1, name)
                verify(label.paintedHeight <= button.height, name)
            }
        }
    }
}
