import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The reader's "Đọc to" bar, at the bottom of the page (within the thumb's reach): "Đọc to"
// while nothing is read; then which sentence is being read and the player: Tạm dừng /
// Tiếp tục, Dừng, Chậm hơn, Nhanh hơn (four in a row, or two rows of two when the names would
// not fit: large text, English). Why nothing can be read (no Vietnamese voice) above it.
ToolBar {
    id: root

    required property ReadAloudController controller
    // Each player button is as wide as the longest name, so none moves when "Tạm dừng"
    // becomes "Tiếp tục".
    readonly property real buttonWidth: Math.max(Theme.touchTarget,
                                                 Math.max(pauseMetrics.advanceWidth,
                                                          resumeMetrics.advanceWidth,
                                                          stopMetrics.advanceWidth,
                                                          slowerMetrics.advanceWidth,
                                                          fasterMetrics.advanceWidth)
                                                 + 2 * Theme.spacingSmall)
    readonly property bool twoRows: 4 * buttonWidth + 3 * Theme.spacingSmall > availableWidth

    signal playRequested()

    leftPadding: Theme.spacingSmall
    rightPadding: Theme.spacingSmall
    topPadding: Theme.spacingSmall / 2
    bottomPadding: Theme.spacingSmall / 2

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    TextMetrics {
        id: pauseMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("Tạm dừng")
    }
    TextMetrics {
        id: resumeMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("Tiếp tục")
    }
    TextMetrics {
        id: stopMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("Dừng")
    }
    TextMetrics {
        id: slowerMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("Chậm hơn")
    }
    TextMetrics {
        id: fasterMetrics
        font.pixelSize: Theme.fontBody
        text: qsTr("Nhanh hơn")
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        MessageBox {
            objectName: "readAloudMessage"
            Layout.fillWidth: true
            visible: root.controller.message.length > 0
            kind: MessageBox.Warning
            text: root.controller.message
        }

        WrappingButton {
            objectName: "readAloudButton"
            Layout.fillWidth: true
            visible: !root.controller.active
            text: qsTr("▶ Đọc to")
            Accessible.name: qsTr("Đọc to tài liệu")
            onClicked: root.playRequested()
        }

        PlainLabel {
            objectName: "readAloudProgress"
            Layout.fillWidth: true
            visible: root.controller.active
            text: root.controller.playState === ReadAloudController.Paused
                  ? qsTr("Đã tạm dừng ở câu %1/%2").arg(root.controller.sentenceIndex + 1)
                                                  .arg(root.controller.sentenceCount)
                  : qsTr("Đang đọc câu %1/%2").arg(root.controller.sentenceIndex + 1)
                                              .arg(root.controller.sentenceCount)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }

        GridLayout {
            Layout.fillWidth: true
            visible: root.controller.active
            columns: root.twoRows ? 2 : 4
            rowSpacing: Theme.spacingSmall / 2
            columnSpacing: Theme.spacingSmall

            component PlayerButton: WrappingButton {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }

            PlayerButton {
                Layout.preferredWidth: root.buttonWidth
                objectName: "readAloudPauseButton"
                highlighted: true
                text: root.controller.playState === ReadAloudController.Paused ? qsTr("Tiếp tục")
                                                                              : qsTr("Tạm dừng")
                onClicked: {
                    if (root.controller.playState === ReadAloudController.Paused)
                        root.controller.resume()
                    else
                        root.controller.pause()
                }
            }
            PlayerButton {
                Layout.preferredWidth: root.buttonWidth
                objectName: "readAloudStopButton"
                text: qsTr("Dừng")
                Accessible.name: qsTr("Dừng đọc")
                onClicked: root.controller.stop()
            }
            PlayerButton {
                Layout.preferredWidth: root.buttonWidth
                objectName: "readAloudSlowerButton"
                enabled: root.controller.canSlowDown
                text: qsTr("Chậm hơn")
                Accessible.name: qsTr("Đọc chậm hơn")
                onClicked: root.controller.slowDown()
            }
            PlayerButton {
                Layout.preferredWidth: root.buttonWidth
                objectName: "readAloudFasterButton"
                enabled: root.controller.canSpeedUp
                text: qsTr("Nhanh hơn")
                Accessible.name: qsTr("Đọc nhanh hơn")
                onClicked: root.controller.speedUp()
            }
        }
    }
}
