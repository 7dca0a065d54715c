import QtQuick
import QtQuick.Controls

// The app's label: shows its text as it is. Text from the server or another member may carry
// markup (a title `<img src="http://…">` would make the phone fetch that address outside the
// TLS pinning), and a Label left at its default (AutoText) renders it. Use it for every label;
// only text the app escaped itself (search highlights) may set StyledText.
Label {
    textFormat: Text.PlainText
}
