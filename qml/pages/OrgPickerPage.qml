pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Where a committee's document goes: the organization and those below it, indented by
// level, with a search field that finds names with or without diacritics ("dang uy" finds
// "Đảng ủy"). One tap chooses (chosen(orgId)).
Page {
    id: root

    // The draft editor's picker (DraftEditorController.organizations).
    property OrgPickerModel organizations: null

    signal chosen(string orgId)

    objectName: "orgPickerPage"
    header: PageHeader {
        title: qsTr("Chọn nơi nhận")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    Component.onCompleted: if (root.organizations) root.organizations.filterText = ""

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        LabeledField {
            objectName: "orgSearchField"
            Layout.fillWidth: true
            label: qsTr("Tìm tổ chức")
            placeholderText: qsTr("Ví dụ: dang uy xa")
            field.onTextEdited: if (root.organizations) root.organizations.filterText = text
        }
        BodyText {
            Layout.fillWidth: true
            visible: orgList.count === 0
            text: qsTr("Không có tổ chức nào khớp.")
        }
        ListView {
            id: orgList
            objectName: "orgList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.organizations
            spacing: Theme.spacingSmall / 2
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: ItemDelegate {
                id: row

                required property string orgId
                required property string name
                required property string levelLabel
                required property int depth
                required property bool selected

                width: orgList.width
                leftPadding: Theme.spacingSmall + Math.min(row.depth, 4) * Theme.spacing
                highlighted: row.selected
                onClicked: root.chosen(row.orgId)
                Accessible.name: row.name

                contentItem: ColumnLayout {
                    spacing: 0

                    PlainLabel {
                        Layout.fillWidth: true
                        text: row.name
                        font.pixelSize: Theme.fontBody
                        font.bold: row.selected
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    HintText {
                        Layout.fillWidth: true
                        text: row.levelLabel
                    }
                }
            }
        }
    }
}
