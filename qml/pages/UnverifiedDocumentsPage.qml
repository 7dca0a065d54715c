pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Không xác thực được": the signed documents whose signature or hashes did not verify on this
// device (DESIGN.md 8.1), each with its reason in plain words. They are never opened as
// documents; an earlier copy that did verify is still in the library.
Page {
    id: root

    // A VerificationController (its `unverified` list); the library page passes its own.
    property var controller: null

    objectName: "unverifiedDocumentsPage"
    header: PageHeader {
        title: qsTr("Không xác thực được")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    ListView {
        id: list
        objectName: "unverifiedList"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacingSmall
        topMargin: Theme.spacing
        bottomMargin: Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}
        model: root.controller ? root.controller.unverified : []

        header: BodyText {
            x: Math.max(Theme.pageMargin, (list.width - width) / 2)
            width: Math.min(list.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            bottomPadding: Theme.spacing
            text: list.count > 0
                  ? qsTr("Các văn bản dưới đây có chữ ký nhưng máy không xác thực được, nên không hiển thị. Đồng chí hãy báo cho văn phòng cấp ủy.")
                  : qsTr("Không có văn bản nào bị từ chối.")
        }

        delegate: Rectangle {
            id: row
            required property string title
            required property string reason
            required property string receivedDate
            required property bool keptVerifiedCopy

            x: Math.max(Theme.pageMargin, (list.width - width) / 2)
            width: Math.min(list.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            implicitHeight: column.implicitHeight + 2 * Theme.spacing
            radius: Theme.cornerRadius
            color: Theme.surface
            border.width: 2
            border.color: Theme.error

            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall / 2

                BodyText {
                    objectName: "unverifiedTitle"
                    Layout.fillWidth: true
                    text: row.title.length > 0 ? row.title : qsTr("(Không có tiêu đề)")
                    font.bold: true
                }
                PlainLabel {
                    objectName: "unverifiedReason"
                    Layout.fillWidth: true
                    text: row.reason
                    font.pixelSize: Theme.fontBody
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                HintText {
                    Layout.fillWidth: true
                    visible: row.keptVerifiedCopy
                    text: qsTr("Bản đã xác thực trước đó vẫn được giữ trong thư viện.")
                }
                HintText {
                    Layout.fillWidth: true
                    visible: row.receivedDate.length > 0
                    text: qsTr("Nhận ngày %1").arg(Theme.unbroken(row.receivedDate))
                }
            }
        }
    }
}
