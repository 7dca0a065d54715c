pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Handbook

// A drop-down over a controller's choice list ([{<valueRole>: value, label}]) that always
// shows the controller's value: its index is looked up from `value` and `choices` whenever
// either changes, so after a sync brings new choices it never shows "every …" over a
// narrowed list. A pick is only reported (picked); the owner writes it to the controller,
// which the binding then reflects. Labels wrap rather than being cut at large text sizes.
ComboBox {
    id: root

    // The choices, e.g. [{year: 0, label: "Mọi năm"}, {year: 2026, label: "2026"}].
    property var choices: []
    // The controller's current value (a `valueRole` value of one of the choices).
    property var value

    signal picked(var value)

    implicitHeight: Math.max(Theme.touchTarget,
                             implicitContentHeight + topPadding + bottomPadding + topInset + bottomInset)
    model: choices
    textRole: "label"
    font.pixelSize: Theme.fontBody
    // A plain search over `choices` (rather than indexOfValue(), which reads the model in C++
    // and so would not be re-run when only the choices change).
    currentIndex: {
        const list = root.choices
        if (!list)
            return -1
        for (let i = 0; i < list.length; ++i) {
            if (list[i][root.valueRole] === root.value)
                return i
        }
        return -1
    }
    onActivated: index => {
        const list = root.choices
        if (list && index >= 0 && index < list.length)
            root.picked(list[index][root.valueRole])
    }

    // (The control's own padding already leaves room for the indicator.)
    contentItem: PlainLabel {
        text: root.displayText
        font: root.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }

    // A plain opaque sheet: Material's shadowed one draws nothing on the software renderer
    // (offscreen screenshots), which left the list over the page's text.
    popup.background: Rectangle {
        color: Theme.background
        border.color: Theme.border
        radius: Theme.cornerRadius / 2
    }

    delegate: ItemDelegate {
        id: choice

        required property var modelData
        required property int index

        width: ListView.view ? ListView.view.width : root.width
        height: Math.max(Theme.touchTarget, implicitHeight)
        highlighted: root.highlightedIndex === choice.index
        Accessible.name: choice.modelData.label
        contentItem: PlainLabel {
            text: choice.modelData.label
            font.pixelSize: Theme.fontBody
            font.bold: root.currentIndex === choice.index
            color: Theme.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
