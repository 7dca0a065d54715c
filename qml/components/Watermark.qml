pragma ComponentBehavior: Bound

import QtQuick
import Handbook

// A diagonal, repeated watermark over confidential content (the member's name and the
// time): faint enough to read through, on every part of the screen, never catching taps.
Item {
    id: root

    required property string text

    clip: true
    enabled: false
    visible: root.text.length > 0
    Accessible.ignored: true

    // A square larger than the diagonal, turned by 30°, so the tiles cover every corner.
    Item {
        id: tiles

        readonly property real side: Math.sqrt(root.width * root.width + root.height * root.height)
        readonly property real cellWidth: Math.max(200, sample.implicitWidth + 60)
        readonly property real cellHeight: sample.implicitHeight * 3.5

        width: side
        height: side
        anchors.centerIn: parent
        rotation: -30

        PlainLabel {
            id: sample
            visible: false
            text: root.text
            font.pixelSize: 18
            font.bold: true
        }

        Grid {
            id: grid
            objectName: "watermarkGrid"
            anchors.centerIn: parent
            columns: Math.max(1, Math.ceil(tiles.side / tiles.cellWidth))

            Repeater {
                model: grid.columns * Math.max(1, Math.ceil(tiles.side / tiles.cellHeight))

                PlainLabel {
                    width: tiles.cellWidth
                    height: tiles.cellHeight
                    text: root.text
                    font.pixelSize: 18
                    font.bold: true
                    color: "#66808080"
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
