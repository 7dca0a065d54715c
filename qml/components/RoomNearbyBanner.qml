import QtQuick
import QtQuick.Layouts
import Handbook

// The home screen's banner while the secretary's device announces the cell's meeting room on
// this network (issue 23): "Buổi sinh hoạt đang diễn ra gần bạn", the meeting's title and one
// button, "Vào phòng họp", which joins and opens the room's page. Hidden otherwise.
Card {
    id: root

    // The account's meeting room (Account.room); null while there is none.
    property RoomController room: null
    // The member tapped "Vào phòng họp": the room is being joined, the page opens the room.
    signal joinRequested()

    objectName: "roomNearbyBanner"
    visible: root.room !== null && root.room.nearby && !root.room.hosting
             && root.room.state !== RoomController.Joined && root.room.state !== RoomController.Joining

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        PlainLabel {
            objectName: "roomNearbyHeading"
            Layout.fillWidth: true
            text: qsTr("Buổi sinh hoạt đang diễn ra gần bạn")
            font.pixelSize: Theme.scale > 1.4 ? Theme.fontSmall : Theme.fontBody
            font.bold: true
            color: Theme.accentDark
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        PlainLabel {
            objectName: "roomNearbyTitle"
            Layout.fillWidth: true
            text: root.room ? root.room.nearbyMeetingTitle : ""
            font.pixelSize: Theme.scale > 1.4 ? Theme.fontBody : Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        WrappingButton {
            objectName: "joinRoomButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Vào phòng họp")
            font.pixelSize: Theme.scale > 1.4 ? Theme.fontBody : Theme.fontLarge
            font.bold: true
            onClicked: {
                if (!root.room)
                    return
                root.room.join()
                root.joinRequested()
            }
        }
    }
}
