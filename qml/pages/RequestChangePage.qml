pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// Asking the cell to change a field I cannot edit myself: which field, its value now, the
// new value and the reason. Checked on the device; sent at the next sync; the secretary
// approves or rejects it.
Page {
    id: root

    // A field to start with (wire name), e.g. "education".
    property string initialField

    objectName: "requestChangePage"
    header: PageHeader {
        title: qsTr("Đề nghị sửa hồ sơ")
        canGoBack: root.StackView.view !== null
        onBack: root.StackView.view.pop()
    }

    ProfileRequestController {
        id: request
        session: VaultSession
        Component.onCompleted: {
            if (root.initialField.length > 0)
                request.field = root.initialField
        }
        onSubmitted: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    PageBody {
        anchors.fill: parent

        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Các thông tin khác trong hồ sơ do chi bộ quản lý. Đồng chí chọn thông tin cần sửa, ghi thông tin đúng vào ô “Sửa thành” và lý do; bí thư chi bộ sẽ xem và duyệt.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        BodyText {
            Layout.fillWidth: true
            text: qsTr("Thông tin cần sửa")
            font.bold: true
        }
        ComboBox {
            id: fieldPicker
            objectName: "fieldPicker"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            model: request.fieldChoices
            textRole: "label"
            valueRole: "field"
            currentIndex: root.initialField.length > 0 ? fieldPicker.indexOfValue(root.initialField) : -1
            displayText: currentIndex < 0 ? qsTr("Chọn thông tin…") : currentText
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Thông tin cần sửa")
            onActivated: request.field = fieldPicker.currentValue
            // Long names wrap instead of being cut short with large text.
            contentItem: PlainLabel {
                leftPadding: Theme.spacingSmall
                rightPadding: fieldPicker.indicator.width + Theme.spacingSmall
                topPadding: Theme.spacingSmall
                bottomPadding: Theme.spacingSmall
                text: fieldPicker.displayText
                font: fieldPicker.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
            }
            delegate: ItemDelegate {
                id: choice
                required property var modelData
                required property int index
                width: fieldPicker.width
                text: modelData.label
                font.pixelSize: Theme.fontBody
                font.bold: fieldPicker.currentIndex === index
                highlighted: fieldPicker.highlightedIndex === index
                contentItem: PlainLabel {
                    text: choice.text
                    font: choice.font
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: request.field.length > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingSmall / 2

                HintText {
                    Layout.fillWidth: true
                    text: qsTr("Hiện nay")
                    font.bold: true
                }
                BodyText {
                    objectName: "currentValue"
                    Layout.fillWidth: true
                    text: request.currentValue.length > 0 ? request.currentValue : qsTr("Chưa có thông tin")
                    textFormat: Text.PlainText
                }
            }
        }

        ProfileInput {
            objectName: "newValueInput"
            Layout.fillWidth: true
            visible: request.field.length > 0
            label: qsTr("Sửa thành")
            text: request.newValue
            hint: request.inputHint
            error: request.valueError
            multiLine: request.multiLine
            onEdited: text => request.newValue = text
        }
        ProfileInput {
            objectName: "reasonInput"
            Layout.fillWidth: true
            label: qsTr("Lý do")
            text: request.reason
            hint: qsTr("Ví dụ: đã tốt nghiệp lớp Trung cấp lý luận chính trị năm 2025.")
            error: request.reasonError
            multiLine: true
            onEdited: text => request.reason = text
        }

        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: request.errorMessage
        }

        WrappingButton {
            objectName: "submitRequestButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            highlighted: true
            text: qsTr("Gửi đề nghị")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            onClicked: request.submit()
        }
    }
}
