pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Thu hồi văn bản": asks in plain words, with the reason required (members read it when
// the document leaves their phones), then queues document.withdraw.
AppDialog {
    id: root

    required property WithdrawController controller

    objectName: "withdrawDialog"
    title: qsTr("Thu hồi văn bản")
    closePolicy: Popup.CloseOnEscape
    onAboutToShow: reasonField.text = ""

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        BodyText {
            Layout.fillWidth: true
            text: qsTr("Văn bản “%1” sẽ bị gỡ khỏi máy của mọi đảng viên đã nhận. Đảng viên sẽ thấy lý do dưới đây. Việc này không hoàn tác được.")
                  .arg(root.controller.title)
        }
        TextAreaField {
            id: reasonField
            objectName: "withdrawReasonField"
            Layout.fillWidth: true
            label: qsTr("Lý do thu hồi")
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.controller.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    footer: DialogFooter {
        DialogButton {
            text: qsTr("Hủy")
            onClicked: root.close()
        }
        DialogButton {
            objectName: "confirmWithdrawButton"
            text: qsTr("Thu hồi")
            enabled: reasonField.text.trim().length > 0
            font.bold: true
            onClicked: {
                if (root.controller.withdraw(reasonField.text))
                    root.close()
            }
        }
    }
}
