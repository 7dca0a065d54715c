pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// The secretary reviews the cell's profile change requests (a committee those of the
// secretaries of the cells directly below): each member's request with the value now and the
// value asked for side by side (one above the other with large text), the reason; "Duyệt"
// approves, "Không duyệt" asks for the reason the member will read.
Page {
    id: root

    objectName: "reviewPage"
    header: PageHeader {
        title: qsTr("Duyệt đề nghị sửa hồ sơ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    StackView.onActivated: review.reload()

    ReviewController {
        id: review
        session: VaultSession
    }

    PageBody {
        anchors.fill: parent

        BodyText {
            Layout.fillWidth: true
            visible: !review.canReview
            text: qsTr("Bí thư chi bộ duyệt đề nghị sửa hồ sơ của đảng viên trong chi bộ; đề nghị của bí thư do cấp ủy cấp trên trực tiếp duyệt.")
        }
        PlainLabel {
            objectName: "reviewEmpty"
            Layout.fillWidth: true
            visible: review.canReview && review.requests.count === 0
            text: qsTr("Không có đề nghị nào đang chờ duyệt. Khi đảng viên gửi đề nghị sửa hồ sơ, đề nghị sẽ hiện ở đây.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        MessageBox {
            objectName: "lastDecision"
            Layout.fillWidth: true
            visible: text.length > 0
            kind: MessageBox.Success
            text: review.lastDecision
        }
        // The decision is held a few seconds before it is queued (ReviewController).
        WrappingButton {
            objectName: "undoDecisionButton"
            Layout.fillWidth: true
            visible: review.canUndo
            text: qsTr("Hoàn tác")
            onClicked: review.undo()
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: review.errorMessage
        }

        Repeater {
            model: review.requests
            delegate: Card {
                id: card

                required property string requestId
                required property string memberName
                required property string createdAt
                required property string reason
                required property var changes

                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall

                    SectionHeading {
                        Layout.fillWidth: true
                        text: card.memberName
                        Accessible.role: Accessible.Heading
                    }
                    HintText {
                        Layout.fillWidth: true
                        text: qsTr("Gửi ngày %1").arg(Theme.unbroken(card.createdAt))
                    }

                    Repeater {
                        model: card.changes
                        delegate: ColumnLayout {
                            id: change
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall / 2

                            PlainLabel {
                                Layout.fillWidth: true
                                text: change.modelData.label
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.accentDark
                                wrapMode: Text.Wrap
                            }
                            // Side by side at normal size; one above the other with large text.
                            GridLayout {
                                id: values
                                readonly property real cellWidth: columns === 1
                                    ? card.availableWidth : (card.availableWidth - columnSpacing) / 2
                                Layout.fillWidth: true
                                columns: Theme.scale > 1.4 ? 1 : 2
                                columnSpacing: Theme.spacing
                                rowSpacing: Theme.spacingSmall

                                ColumnLayout {
                                    Layout.preferredWidth: values.cellWidth
                                    Layout.alignment: Qt.AlignTop
                                    spacing: 2

                                    HintText {
                                        Layout.fillWidth: true
                                        text: qsTr("Hiện nay")
                                    }
                                    BodyText {
                                        objectName: "oldValue"
                                        Layout.fillWidth: true
                                        text: change.modelData.oldValue.length > 0 ? change.modelData.oldValue
                                                                                   : qsTr("(chưa có)")
                                        textFormat: Text.PlainText
                                    }
                                }
                                ColumnLayout {
                                    Layout.preferredWidth: values.cellWidth
                                    Layout.alignment: Qt.AlignTop
                                    spacing: 2

                                    HintText {
                                        Layout.fillWidth: true
                                        text: qsTr("Đề nghị")
                                    }
                                    BodyText {
                                        objectName: "newValue"
                                        Layout.fillWidth: true
                                        text: change.modelData.newValue.length > 0 ? change.modelData.newValue
                                                                                   : qsTr("(để trống)")
                                        textFormat: Text.PlainText
                                        font.bold: true
                                    }
                                }
                            }
                        }
                    }

                    BodyText {
                        Layout.fillWidth: true
                        text: qsTr("Lý do: %1").arg(card.reason)
                        textFormat: Text.PlainText
                    }

                    WrappingButton {
                        objectName: "approveButton"
                        Layout.fillWidth: true
                        highlighted: true
                        text: qsTr("Duyệt")
                        font.bold: true
                        onClicked: review.approve(card.requestId)
                    }
                    WrappingButton {
                        objectName: "rejectButton"
                        Layout.fillWidth: true
                        text: qsTr("Không duyệt")
                        onClicked: {
                            rejectDialog.requestId = card.requestId
                            rejectDialog.memberName = card.memberName
                            reasonField.text = ""
                            rejectDialog.open()
                        }
                    }
                }
            }
        }
    }

    AppDialog {
        id: rejectDialog
        objectName: "rejectDialog"

        property string requestId
        property string memberName

        title: qsTr("Không duyệt đề nghị")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall

            BodyText {
                Layout.fillWidth: true
                text: qsTr("Lý do không duyệt đề nghị của đồng chí %1 (đồng chí ấy sẽ đọc được):")
                      .arg(rejectDialog.memberName)
            }
            TextArea {
                id: reasonField
                objectName: "rejectReason"
                textFormat: TextEdit.PlainText // as typed or stored, never markup
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                font.pixelSize: Theme.fontBody
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Lý do không duyệt")
            }
        }

        footer: DialogFooter {
            DialogButton {
                text: qsTr("Hủy")
                onClicked: rejectDialog.reject()
            }
            DialogButton {
                objectName: "confirmRejectButton"
                text: qsTr("Không duyệt")
                enabled: reasonField.text.trim().length > 0
                font.bold: true
                onClicked: {
                    if (review.reject(rejectDialog.requestId, reasonField.text))
                        rejectDialog.accept()
                    else
                        rejectDialog.reject()
                }
            }
        }
    }
}
