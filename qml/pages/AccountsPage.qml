pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Handbook

// "Tài khoản" (DESIGN.md 8.4, issue 20): the committee finds a member of its units by name,
// sees their account and devices, creates an account (the login suggested from the name),
// resets a password, revokes a lost phone; each waits "đang chờ gửi lên máy chủ" until the
// server answers, and a refusal of the server is shown with its reason. A temporary password
// the server sent back takes the whole page, once, large: the login, the password, the QR
// code of the server to scan at sign-in, "In phiếu" (a PDF in the documents folder) and
// "Đã ghi lại". On a laptop's width the list and the member sit side by side; on a phone the
// member's panel replaces the list.
Page {
    id: root

    // The member to open the page on (MemberDetailPage's "Tài khoản").
    property string memberId
    // The selected member and the roles, as plain JavaScript values (a QVariantMap's keys are
    // not known to qmllint).
    readonly property var selected: accounts.selected
    readonly property var roles: accounts.roles
    // Side by side from a laptop's width.
    readonly property bool wide: width >= 900
    readonly property bool showDetail: accounts.selectedMemberId.length > 0 && root.selected.memberId !== undefined
    // The slip shown (the newest first); null when none waits.
    readonly property var slip: slips.slips.length > 0 ? slips.slips[0] : null
    property string printedText
    // The member whose suggested login the field holds.
    property string prefilledFor

    function openMember(id: string) {
        accounts.selectedMemberId = id
        detailPane.contentY = 0
    }
    function printSlip() {
        const path = accounts.slipPath(root.slip.login)
        root.printedText = ""
        if (path.length === 0)
            root.printedText = qsTr("Không tìm thấy thư mục để lưu phiếu.")
        else if (slips.printSlip(root.slip.mutationId, path))
            root.printedText = qsTr("Đã lưu phiếu vào %1").arg(path)
    }
    function dismissSlip() {
        root.printedText = ""
        slips.dismiss(root.slip.mutationId)
    }

    objectName: "accountsPage"
    header: PageHeader {
        title: qsTr("Tài khoản")
        canGoBack: (root.StackView.view !== null && root.StackView.index > 0) || (!root.wide && root.showDetail)
        onBack: {
            if (!root.wide && root.showDetail && root.slip === null)
                accounts.selectedMemberId = ""
            else
                root.StackView.view.pop()
        }
    }

    // A member newly selected: the login field starts with the suggested login.
    onSelectedChanged: {
        if (root.selected.memberId !== undefined && root.prefilledFor !== root.selected.memberId) {
            root.prefilledFor = root.selected.memberId
            loginField.text = root.selected.suggestedLogin
            roleButtons.currentIndex = 0
        }
    }
    StackView.onActivated: {
        accounts.reload()
        slips.reload()
    }
    Component.onCompleted: {
        if (root.memberId.length > 0)
            accounts.selectedMemberId = root.memberId
    }

    AccountsController {
        id: accounts
        objectName: "accountsController"
        session: VaultSession
    }
    AccountSlipController {
        id: slips
        session: VaultSession
    }

    // The refusals and errors, in whichever pane is on screen.
    component Notices: ColumnLayout {
        id: notices

        required property AccountsController controller

        spacing: Theme.spacingSmall

        MessageBox {
            objectName: "accountsError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: notices.controller.errorMessage
        }
        Repeater {
            objectName: "rejectionRepeater"
            model: notices.controller.rejections

            ColumnLayout {
                id: rejection

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                MessageBox {
                    objectName: "rejectionText"
                    Layout.fillWidth: true
                    text: rejection.modelData.text
                }
                WrappingButton {
                    Layout.fillWidth: true
                    text: qsTr("Đã xem")
                    onClicked: notices.controller.dismissRejection(rejection.modelData.mutationId)
                }
            }
        }
    }

    // The temporary password, once, large.
    PageBody {
        id: slipView
        objectName: "slipView"
        anchors.fill: parent
        visible: root.slip !== null

        SectionHeading {
            Layout.fillWidth: true
            text: qsTr("Mật khẩu tạm thời")
            Accessible.role: Accessible.Heading
        }
        BodyText {
            objectName: "slipMember"
            Layout.fillWidth: true
            text: root.slip ? qsTr("Đồng chí %1").arg(root.slip.memberName) : ""
            font.bold: true
        }
        MessageBox {
            objectName: "slipLost"
            Layout.fillWidth: true
            visible: root.slip !== null && root.slip.lost
            kind: MessageBox.Warning
            text: root.slip ? root.slip.message : ""
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.slip !== null && !root.slip.lost
            spacing: Theme.spacingSmall

            HintText {
                Layout.fillWidth: true
                text: qsTr("Tên đăng nhập")
            }
            PlainLabel {
                objectName: "slipLogin"
                Layout.fillWidth: true
                text: root.slip ? root.slip.login : ""
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WrapAnywhere
            }
            HintText {
                Layout.fillWidth: true
                text: qsTr("Mật khẩu tạm thời (đổi ngay ở lần đăng nhập đầu)")
            }
            PlainLabel {
                objectName: "slipPassword"
                Layout.fillWidth: true
                text: root.slip ? root.slip.password : ""
                font.family: "monospace"
                font.pixelSize: Math.round(Theme.fontTitle * 1.4)
                font.bold: true
                font.letterSpacing: 2
                color: Theme.text
                wrapMode: Text.WrapAnywhere
            }
            QrCodeImage {
                id: qrItem
                objectName: "slipQr"
                Layout.preferredWidth: Math.min(parent.width, 320)
                Layout.preferredHeight: Layout.preferredWidth
                Layout.alignment: Qt.AlignHCenter
                visible: qrItem.valid
                text: slips.serverProfile
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Mã QR của máy chủ")
            }
            HintText {
                Layout.fillWidth: true
                text: qsTr("Ở trang đăng nhập, điện thoại của đồng chí quét mã này để điền địa chỉ máy chủ (%1).").arg(slips.serverAddress)
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Mật khẩu chỉ hiện một lần. Hãy ghi lại hoặc in phiếu để trao tận tay đồng chí.")
            }
        }
        MessageBox {
            Layout.fillWidth: true
            visible: text.length > 0
            text: slips.errorMessage
        }
        MessageBox {
            objectName: "printedMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            kind: MessageBox.Success
            text: root.printedText
        }
        WrappingButton {
            objectName: "printSlipButton"
            Layout.fillWidth: true
            visible: root.slip !== null && !root.slip.lost
            text: qsTr("In phiếu")
            onClicked: root.printSlip()
        }
        WrappingButton {
            objectName: "resetAgainButton"
            Layout.fillWidth: true
            visible: root.slip !== null && root.slip.lost
            highlighted: true
            text: qsTr("Đặt lại mật khẩu")
            onClicked: slips.resetAgain(root.slip.mutationId)
        }
        WrappingButton {
            objectName: "dismissSlipButton"
            Layout.fillWidth: true
            highlighted: root.slip !== null && !root.slip.lost
            font.bold: true
            text: root.slip !== null && root.slip.lost ? qsTr("Đã xem") : qsTr("Đã ghi lại")
            onClicked: root.dismissSlip()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: root.slip === null

        PageBody {
            id: listPane
            objectName: "listPane"
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.max(380, root.width * 0.45) : root.width
            visible: root.wide || !root.showDetail

            HintText {
                Layout.fillWidth: true
                visible: accounts.canManage
                text: qsTr("Tìm đảng viên trong đơn vị để tạo tài khoản, đặt lại mật khẩu hoặc thu hồi thiết bị bị mất. Gõ tên, không dấu cũng được.")
            }
            BodyText {
                Layout.fillWidth: true
                visible: !accounts.canManage
                text: qsTr("Chỉ cán bộ cấp ủy mới quản lý được tài khoản.")
            }
            TextField {
                id: searchField
                objectName: "accountsSearch"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                visible: accounts.canManage
                placeholderText: qsTr("Tìm theo tên")
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Tìm theo tên")
                onTextChanged: accounts.filterText = text
            }
            Notices {
                Layout.fillWidth: true
                controller: accounts
                visible: root.wide || !root.showDetail
            }
            HintText {
                objectName: "moreLabel"
                Layout.fillWidth: true
                visible: accounts.matchCount > accounts.members.length
                text: qsTr("Có %1 người; đây là %2 người đầu. Hãy gõ thêm tên để tìm.").arg(accounts.matchCount).arg(accounts.members.length)
            }
            BodyText {
                objectName: "noMembersLabel"
                Layout.fillWidth: true
                visible: accounts.canManage && accounts.matchCount === 0
                text: searchField.text.length > 0 ? qsTr("Không tìm thấy đảng viên nào có tên này trong đơn vị.")
                                                  : qsTr("Chưa có danh sách đảng viên trên máy. Hãy đồng bộ rồi xem lại.")
            }

            Repeater {
                id: memberRepeater
                objectName: "memberRepeater"
                model: accounts.members

                ItemDelegate {
                    id: row

                    required property var modelData

                    objectName: "memberRow"
                    Layout.fillWidth: true
                    padding: Theme.spacing
                    highlighted: root.wide && row.modelData.selected
                    Accessible.name: row.modelData.name
                    onClicked: root.openMember(row.modelData.memberId)

                    background: Rectangle {
                        implicitHeight: Theme.touchTarget
                        radius: Theme.cornerRadius
                        color: row.down || row.highlighted ? Theme.keyPressed : Theme.surface
                        border.width: row.highlighted ? 2 : 1
                        border.color: row.highlighted ? Theme.accent : Theme.border
                    }
                    contentItem: ColumnLayout {
                        spacing: 2

                        BodyText {
                            objectName: "memberName"
                            Layout.fillWidth: true
                            text: row.modelData.name
                            font.bold: true
                        }
                        HintText {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: row.modelData.details
                        }
                        BodyText {
                            objectName: "memberAccount"
                            Layout.fillWidth: true
                            text: row.modelData.accountText
                            color: row.modelData.hasAccount ? Theme.text : Theme.warningText
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: root.wide
            color: Theme.border
        }

        PageBody {
            id: detailPane
            objectName: "detailPane"
            Layout.fillHeight: true
            Layout.fillWidth: true
            visible: root.wide || root.showDetail

            BodyText {
                Layout.fillWidth: true
                visible: !root.showDetail
                text: qsTr("Chọn một đảng viên trong danh sách.")
            }
            SectionHeading {
                objectName: "selectedName"
                Layout.fillWidth: true
                visible: root.showDetail
                text: root.selected.name ?? ""
            }
            HintText {
                Layout.fillWidth: true
                visible: root.showDetail && text.length > 0
                text: root.selected.details ?? ""
            }
            BodyText {
                objectName: "selectedAccount"
                Layout.fillWidth: true
                visible: root.showDetail
                text: root.selected.accountText ?? ""
                font.bold: true
            }
            Notices {
                Layout.fillWidth: true
                controller: accounts
                visible: !root.wide && root.showDetail
            }
            MessageBox {
                objectName: "noticeMessage"
                Layout.fillWidth: true
                visible: root.showDetail && text.length > 0
                kind: MessageBox.Success
                text: accounts.noticeText
            }

            // A new account: the login (suggested from the name) and the role.
            ColumnLayout {
                objectName: "createSection"
                Layout.fillWidth: true
                visible: root.showDetail && root.selected.canCreate === true
                spacing: Theme.spacingSmall

                LabeledField {
                    id: loginField
                    objectName: "loginField"
                    Layout.fillWidth: true
                    label: qsTr("Tên đăng nhập (chữ không dấu, số, dấu chấm)")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhPreferLowercase
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Vai trò")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                ChoiceButtons {
                    id: roleButtons
                    objectName: "roleButtons"
                    Layout.fillWidth: true
                    labels: root.roles.map(r => r.label)
                }
                WrappingButton {
                    objectName: "createAccountButton"
                    Layout.fillWidth: true
                    highlighted: true
                    font.bold: true
                    enabled: loginField.text.trim().length > 0
                    text: qsTr("Tạo tài khoản")
                    onClicked: accounts.createAccount(root.selected.memberId, loginField.text,
                                                      accounts.roles[roleButtons.currentIndex].role)
                }
            }

            WrappingButton {
                objectName: "resetPasswordButton"
                Layout.fillWidth: true
                visible: root.showDetail && root.selected.hasAccount === true
                enabled: root.selected.canReset === true
                text: qsTr("Đặt lại mật khẩu")
                onClicked: resetDialog.open()
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: root.showDetail
                text: qsTr("Thiết bị")
            }
            BodyText {
                objectName: "noDevicesLabel"
                Layout.fillWidth: true
                visible: root.showDetail && accounts.devices.length === 0
                text: qsTr("Chưa dùng Sổ tay trên thiết bị nào.")
            }
            Repeater {
                objectName: "deviceRepeater"
                model: root.showDetail ? accounts.devices : []

                Card {
                    id: deviceCard

                    required property var modelData

                    objectName: "deviceCard"
                    Layout.fillWidth: true

                    contentItem: ColumnLayout {
                        spacing: Theme.spacingSmall

                        BodyText {
                            objectName: "deviceTitle"
                            Layout.fillWidth: true
                            text: deviceCard.modelData.title
                            font.bold: true
                        }
                        HintText {
                            Layout.fillWidth: true
                            text: deviceCard.modelData.lastSeenText
                        }
                        BodyText {
                            objectName: "deviceStatus"
                            Layout.fillWidth: true
                            text: deviceCard.modelData.statusText
                            color: deviceCard.modelData.isRevoked ? Theme.warningText : Theme.success
                        }
                        WrappingButton {
                            objectName: "revokeButton"
                            Layout.fillWidth: true
                            visible: !deviceCard.modelData.isRevoked
                            text: qsTr("Thu hồi (mất điện thoại)")
                            onClicked: {
                                revokeDialog.deviceId = deviceCard.modelData.deviceId
                                revokeDialog.deviceTitle = deviceCard.modelData.title
                                revokeDialog.open()
                            }
                        }
                    }
                }
            }
        }
    }

    ConfirmDialog {
        id: resetDialog
        objectName: "resetDialog"
        title: qsTr("Đặt lại mật khẩu?")
        text: qsTr("Đồng chí %1 sẽ bị đăng xuất trên mọi thiết bị và đăng nhập lại bằng mật khẩu tạm thời mới. Mật khẩu mới hiện ra ở trang này khi máy chủ nhận.").arg(root.selected.name ?? "")
        confirmText: qsTr("Đặt lại")
        onConfirmed: accounts.resetPassword(root.selected.memberId)
    }
    ConfirmDialog {
        id: revokeDialog

        property string deviceId
        property string deviceTitle

        objectName: "revokeDialog"
        title: qsTr("Thu hồi thiết bị?")
        text: qsTr("%1 sẽ bị xóa dữ liệu Sổ tay ở lần kết nối tới và không dùng được tài khoản này nữa. Làm khi điện thoại bị mất hoặc không còn dùng.").arg(revokeDialog.deviceTitle)
        confirmText: qsTr("Thu hồi")
        onConfirmed: accounts.revokeDevice(revokeDialog.deviceId)
    }
}
