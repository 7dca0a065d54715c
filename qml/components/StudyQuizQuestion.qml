pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Handbook

// One quiz question of a study: its text, then each choice as a big button one under the
// other (the chosen one highlighted with a check). Read only once handed in.
ColumnLayout {
    id: root

    required property int number
    required property string questionId
    required property string text
    required property var choices
    property int chosen: -1
    property bool editable: true

    signal choose(string questionId, int index)

    spacing: Theme.spacingSmall

    BodyText {
        Layout.fillWidth: true
        text: qsTr("Câu %1. %2").arg(root.number).arg(root.text)
        font.bold: true
    }
    Repeater {
        model: root.choices
        delegate: WrappingButton {
            required property string modelData
            required property int index
            objectName: "quizChoice_" + root.questionId + "_" + index
            Layout.fillWidth: true
            enabled: root.editable || root.chosen === index
            highlighted: root.chosen === index
            font.bold: root.chosen === index
            text: (root.chosen === index ? "✓ " : "") + String.fromCharCode(65 + index) + ". " + modelData
            Accessible.checked: root.chosen === index
            onClicked: {
                if (root.editable)
                    root.choose(root.questionId, index)
            }
        }
    }
}
