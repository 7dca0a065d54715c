pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary opens a vote (biểu quyết): the question, the choices (prefilled Đồng ý,
// Không đồng ý, Ý kiến khác; each editable, 2 to 10, added or removed) and whether the ballot
// is secret ("Bỏ phiếu kín"). The dialog scrolls when the text is large.
AppDialog {
    id: root

    // The choices a new vote starts with (MeetingOutcomesController.defaultChoices).
    property var defaultChoices: []
    // What went wrong the last time (the controller's errorMessage), shown in the dialog.
    property string errorText: ""
    readonly property int maxChoices: 10
    // Grows with every edit of the choices (their texts live in a ListModel).
    property int revision: 0

    // The secretary confirmed; the page queues vote.open and closes the dialog when it worked.
    signal openRequested(string question, var choices, bool secret)

    function currentChoices() {
        const list = []
        for (let i = 0; i < choiceModel.count; ++i)
            list.push(choiceModel.get(i).text)
        return list
    }
    function validChoices() {
        const seen = {}
        let count = 0
        for (let i = 0; i < choiceModel.count; ++i) {
            const text = choiceModel.get(i).text.trim()
            if (text.length === 0 || text.length > 200 || seen[text])
                return false
            seen[text] = true
            ++count
        }
        return count >= 2 && count <= root.maxChoices
    }

    objectName: "voteOpenDialog"
    title: qsTr("Mở biểu quyết")
    closePolicy: Popup.CloseOnEscape
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 2 * Theme.pageMargin : implicitHeight)
    onAboutToShow: {
        question.text = ""
        secretSwitch.checked = false
        choiceModel.clear()
        for (const choice of root.defaultChoices)
            choiceModel.append({ text: choice })
    }

    ListModel {
        id: choiceModel
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacingSmall

            TextAreaField {
                id: question
                objectName: "voteQuestionField"
                Layout.fillWidth: true
                label: qsTr("Nội dung biểu quyết")
            }
            PlainLabel {
                Layout.fillWidth: true
                text: qsTr("Các phương án (từ 2 đến %1)").arg(root.maxChoices)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: choiceModel
                delegate: ColumnLayout {
                    id: choiceRow
                    required property int index
                    required property string text
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall / 2

                    TextField {
                        objectName: "choiceField" + choiceRow.index
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: choiceRow.text
                        selectByMouse: true
                        Accessible.name: qsTr("Phương án %1").arg(choiceRow.index + 1)
                        onTextEdited: {
                            choiceModel.setProperty(choiceRow.index, "text", text)
                            ++root.revision
                        }
                    }
                    WrappingButton {
                        objectName: "removeChoiceButton" + choiceRow.index
                        Layout.fillWidth: true
                        visible: choiceModel.count > 2
                        text: qsTr("Bỏ phương án %1").arg(choiceRow.index + 1)
                        onClicked: choiceModel.remove(choiceRow.index)
                    }
                }
            }
            WrappingButton {
                objectName: "addChoiceButton"
                Layout.fillWidth: true
                visible: choiceModel.count < root.maxChoices
                text: qsTr("Thêm phương án")
                onClicked: choiceModel.append({ text: "" })
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Bỏ phiếu kín")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Switch {
                    id: secretSwitch
                    objectName: "secretSwitch"
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Bỏ phiếu kín")
                }
            }
            HintText {
                Layout.fillWidth: true
                text: secretSwitch.checked
                      ? qsTr("Không ai biết đồng chí nào chọn gì, kể cả bí thư; chỉ thấy số phiếu và kết quả.")
                      : qsTr("Biểu quyết công khai.")
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.errorText
                color: Theme.error
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
    }

    footer: DialogFooter {
        DialogButton {
            text: qsTr("Hủy")
            onClicked: root.close()
        }
        DialogButton {
            objectName: "confirmOpenVoteButton"
            text: qsTr("Mở biểu quyết")
            enabled: root.revision >= 0 && choiceModel.count > 0 && question.text.trim().length > 0
                     && root.validChoices()
            font.bold: true
            onClicked: root.openRequested(question.text, root.currentChoices(), secretSwitch.checked)
        }
    }
}
