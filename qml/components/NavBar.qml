pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The way around the app, always in reach: Trang chủ, Tài liệu, Sinh hoạt, Thông báo (with
// the unread count) and Tôi. A bar of five labelled buttons at the bottom of a phone; a rail
// down the left side of a wide window (`vertical`). The labels wrap between words, never
// inside one: on a narrow window with large text they get a size that fits (never smaller
// than at 100 %).
Pane {
    id: root

    // The section on screen: "home", "library", "meetings", "notifications" or "me".
    property string current: "home"
    property int unreadCount: 0
    property bool vertical: false

    signal chosen(string section)

    readonly property var sections: [
        { section: "home", name: "navHome", label: qsTr("Trang chủ") },
        { section: "library", name: "navLibrary", label: qsTr("Tài liệu") },
        { section: "meetings", name: "navMeetings", label: qsTr("Sinh hoạt") },
        { section: "notifications", name: "navNotifications", label: qsTr("Thông báo") },
        { section: "me", name: "navMe", label: qsTr("Tôi") }
    ]
    readonly property int padding2: Theme.spacingSmall / 2
    // The widest single word of the labels at the app's small text size (measured at a
    // fixed size, then scaled: text widths grow in proportion to the size).
    readonly property real widestWord: {
        let widest = 0
        for (const entry of sections) {
            for (const word of entry.label.split(" "))
                widest = Math.max(widest, metrics.advanceWidth(word))
        }
        return Math.ceil(widest * Theme.fontSmall / metrics.font.pixelSize) + 1
    }
    readonly property real buttonWidth: vertical ? width - leftPadding - rightPadding
                                                 : (width - leftPadding - rightPadding) / sections.length
    // The labels' size: the app's small text, smaller only if a word would not fit a button.
    readonly property int labelSize: vertical || widestWord <= 0 ? Theme.fontSmall
        : Math.max(Math.round(Theme.fontSmall / Theme.scale),
                   Math.min(Theme.fontSmall,
                            Math.floor(Theme.fontSmall * (buttonWidth - 2 * padding2 - 4) / widestWord)))

    objectName: "navBar"
    padding: 0
    topPadding: vertical ? Theme.spacing : 0
    implicitWidth: vertical ? Math.max(200, Math.ceil(widestWord) * 2) : 0

    FontMetrics {
        id: metrics
        font.pixelSize: 100
        font.bold: true
    }

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            // The line that parts the bar from the page.
            width: root.vertical ? 1 : parent.width
            height: root.vertical ? parent.height : 1
            anchors.right: parent.right
            color: Theme.border
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: root.vertical ? 1 : root.sections.length
        rowSpacing: 0
        columnSpacing: 0

        Repeater {
            model: root.sections
            delegate: AbstractButton {
                id: button

                required property var modelData
                readonly property bool active: root.current === modelData.section
                readonly property int badge: modelData.section === "notifications" ? root.unreadCount : 0

                objectName: modelData.name
                Layout.fillWidth: true
                Layout.preferredWidth: root.buttonWidth
                Layout.alignment: Qt.AlignTop
                Layout.minimumHeight: Math.round(Theme.touchTarget * Theme.scale)
                Layout.fillHeight: !root.vertical
                padding: root.padding2
                text: modelData.label
                Accessible.role: Accessible.PageTab
                Accessible.name: badge > 0 ? qsTr("%1, %2 chưa đọc").arg(modelData.label).arg(badge)
                                           : modelData.label
                Accessible.checked: active
                onClicked: root.chosen(modelData.section)

                contentItem: ColumnLayout {
                    spacing: 2
                    PlainLabel {
                        objectName: button.modelData.name + "Badge"
                        Layout.alignment: root.vertical ? Qt.AlignLeft : Qt.AlignHCenter
                        Layout.leftMargin: root.vertical ? Theme.spacing : 0
                        visible: button.badge > 0
                        text: button.badge > 99 ? "99+" : String(button.badge)
                        color: Theme.textOnAccent
                        font.pixelSize: root.labelSize
                        font.bold: true
                        leftPadding: Theme.spacingSmall
                        rightPadding: Theme.spacingSmall
                        background: Rectangle {
                            color: Theme.accent
                            radius: height / 2
                        }
                    }
                    PlainLabel {
                        objectName: button.modelData.name + "Label"
                        Layout.fillWidth: true
                        Layout.leftMargin: root.vertical ? Theme.spacing : 0
                        text: button.text
                        font.pixelSize: root.labelSize
                        font.bold: true
                        color: button.active ? Theme.accentDark : Theme.text
                        horizontalAlignment: root.vertical ? Text.AlignLeft : Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.WordWrap
                    }
                }

                background: Rectangle {
                    color: button.down ? Theme.keyPressed : button.active ? Theme.keyBackground : "transparent"
                    border.width: button.visualFocus ? 3 : 0
                    border.color: Theme.text
                    Rectangle {
                        // The mark of the section on screen.
                        visible: button.active
                        color: Theme.accent
                        width: root.vertical ? 6 : parent.width
                        height: root.vertical ? parent.height : 5
                    }
                }
            }
        }
    }
}
