pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The members on this device: a member sees the cell's directory (name and position); a
// secretary the cell's profiles, a committee its subtree's, with statistics. The search
// field finds names typed without marks (`nguyen van` finds `Nguyễn Văn`).
Page {
    id: root

    function openMember(memberId: string) {
        root.StackView.view.push(memberDetailPage, { memberId: memberId })
    }
    function openStatistics() {
        root.StackView.view.push(statisticsPage)
    }
    function openReview() {
        root.StackView.view.push(reviewPage)
    }

    objectName: "directoryPage"
    header: PageHeader {
        title: directory.seesProfiles ? qsTr("Hồ sơ đảng viên") : qsTr("Danh sách chi bộ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: directory.reload()

    DirectoryController {
        id: directory
        session: VaultSession
        searchText: searchField.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        HintText {
            objectName: "directoryCount"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.spacing
            // With large text only the counts, so the list keeps its room.
            text: directory.members.count !== directory.members.totalCount
                  ? qsTr("Tìm thấy %1 trong %2 đảng viên").arg(directory.members.count).arg(directory.members.totalCount)
                  : Theme.scale > 1.4
                    ? qsTr("%1 · %2 đảng viên").arg(directory.scopeName).arg(directory.members.totalCount)
                    : qsTr("%1 · %2 đảng viên. Gõ tên vào ô dưới để tìm, không dấu cũng được.")
                      .arg(directory.scopeName).arg(directory.members.totalCount)
        }

        TextField {
            id: searchField
            objectName: "directorySearch"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.minimumHeight: Theme.touchTarget
            placeholderText: qsTr("Tìm theo tên")
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Tìm theo tên")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: directory.seesProfiles
            columns: Theme.scale > 1.4 || directory.reviewCount === 0 ? 1 : 2
            columnSpacing: Theme.spacingSmall
            rowSpacing: Theme.spacingSmall

            WrappingButton {
                objectName: "statisticsButton"
                Layout.fillWidth: true
                text: qsTr("Thống kê")
                onClicked: root.openStatistics()
            }
            WrappingButton {
                objectName: "directoryReviewButton"
                Layout.fillWidth: true
                visible: directory.reviewCount > 0
                highlighted: true
                text: qsTr("Chờ duyệt (%1)").arg(directory.reviewCount)
                onClicked: root.openReview()
            }
        }

        MessageBox {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            visible: text.length > 0
            text: directory.errorMessage
        }

        ListView {
            id: memberList
            objectName: "memberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            topMargin: Theme.spacingSmall
            bottomMargin: Theme.pageMargin
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            model: directory.members
            delegate: ItemDelegate {
                id: member

                required property string memberId
                required property string fullName
                required property string position
                required property string orgName
                required property bool me

                x: Math.max(Theme.pageMargin, (memberList.width - width) / 2)
                width: Math.min(memberList.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
                padding: Theme.spacing
                topInset: 0
                bottomInset: 0
                Accessible.name: member.fullName
                onClicked: root.openMember(member.memberId)

                background: Rectangle {
                    implicitHeight: Theme.touchTarget
                    radius: Theme.cornerRadius
                    color: member.down ? Theme.keyPressed : Theme.surface
                    border.width: 1
                    border.color: Theme.border
                }

                contentItem: ColumnLayout {
                    spacing: 2

                    BodyText {
                        Layout.fillWidth: true
                        text: member.me ? qsTr("%1 (tôi)").arg(member.fullName) : member.fullName
                        font.bold: true
                    }
                    HintText {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        // A committee sees several cells: name the member's.
                        text: directory.seesProfiles && member.orgName !== directory.scopeName && member.orgName.length > 0
                              ? qsTr("%1 · %2").arg(member.position).arg(member.orgName)
                              : member.position
                    }
                }
            }
        }
    }

    Component {
        id: memberDetailPage
        MemberDetailPage {}
    }
    Component {
        id: statisticsPage
        StatisticsPage {}
    }
    Component {
        id: reviewPage
        ReviewPage {}
    }
}
