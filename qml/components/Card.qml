import QtQuick
import QtQuick.Controls
import Handbook

// A block of related content on a warm background with a thin outline.
Pane {
    padding: Theme.spacingLarge

    background: Rectangle {
        color: Theme.surface
        radius: Theme.cornerRadius
        border.width: 1
        border.color: Theme.border
    }
}
