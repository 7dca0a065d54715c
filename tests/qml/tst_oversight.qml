import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The committee's dashboard (OversightPage) over a vault filled as a sync would: at a laptop's
// width the figures and the twelve months' chart beside the units; a tap on a district goes
// down a level, a tap on a cell shows its members with their accounts and devices, the
// breadcrumb goes back up; at a phone's width with 200 % text nothing is cut or wider than
// the page. The month is this month in Vietnam time (the page reads the system clock).
Item {
    id: root

    width: 1400
    height: 900

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000
        readonly property string month: new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 7)

        name: "OversightPage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: pageComponent
            OversightPage {}
        }

        function stats(orgId: string, parent: string, name: string, kind: string, cells: int, met: int, members: int, devices: int, read: real): var {
            return {
                id: orgId + ":" + month, org_id: orgId, org_name: name, org_kind: kind, parent_id: parent,
                month: month, cells: cells, cells_met: met, members: members, accounts: members,
                active_devices: devices, meetings_held: met, attendance_rate: 0.75, documents_published: 2,
                read_rate: read, studies_open: 1, study_completion: 0.5, profile_requests_pending: 0,
                transfers_pending: 0, updated_at: "2026-12-01T01:30:00Z"
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-ov", "committee", "ov-p")
            TestData.put("organization", { id: "ov-p", parent_id: null, name: "Đảng bộ tỉnh Sơn Lâm", kind: "province" })
            TestData.put("organization", { id: "ov-d1", parent_id: "ov-p", name: "Đảng bộ các cơ quan Đảng và khối doanh nghiệp thuộc tỉnh Sơn Lâm", kind: "district" })
            TestData.put("organization", { id: "ov-d2", parent_id: "ov-p", name: "Đảng bộ thành phố Sơn Lâm", kind: "district" })
            TestData.put("organization", { id: "ov-c1", parent_id: "ov-d1", name: "Chi bộ Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Lâm", kind: "cell" })
            TestData.put("org_stats", stats("ov-p", "", "Đảng bộ tỉnh Sơn Lâm", "province", 2, 1, 40, 30, 0.7))
            TestData.put("org_stats", stats("ov-d1", "ov-p", "Đảng bộ các cơ quan Đảng và khối doanh nghiệp thuộc tỉnh Sơn Lâm", "district", 1, 0, 25, 10, 0.3))
            TestData.put("org_stats", stats("ov-d2", "ov-p", "Đảng bộ thành phố Sơn Lâm", "district", 1, 1, 15, 14, 0.9))
            TestData.put("org_stats", stats("ov-c1", "ov-d1", "Chi bộ Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Lâm", "cell", 1, 0, 25, 10, 0.3))
            TestData.put("member", { id: "ov-m1", org_id: "ov-c1", full_name: "Nguyễn Thị Hồng Nhung", position: "Bí thư chi bộ",
                                     account: { user_id: "ov-u1", login: "nhung.nth", disabled: false } })
            TestData.put("member", { id: "ov-m2", org_id: "ov-c1", full_name: "Trần Văn Bình", position: "", account: null })
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function openPage(width: int): var {
            root.width = width
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            const page = stack.push(pageComponent, {}, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            return page
        }

        function items(page, repeaterName: string): var {
            const repeater = findChild(page, repeaterName)
            const list = []
            for (let i = 0; i < repeater.count; ++i)
                list.push(repeater.itemAt(i))
            return list
        }

        function verifyNothingCut(page) {
            for (const name of ["monthsChart", "unitsChart", "figuresCard", "exportPdfButton", "exportCsvButton", "monthPicker", "levelName"]) {
                const item = findChild(page, name)
                verify(item.width <= page.width, name + " " + item.width)
            }
            for (const row of items(page, "unitRepeater")) {
                verify(row.width <= page.width)
                for (const name of ["unitName", "unitFigures", "unitAttention"]) {
                    const label = findChild(row, name)
                    verify(!label.truncated, name)
                    verify(label.implicitWidth <= label.width + 1 || label.lineCount > 1, label.text)
                }
            }
        }

        function test_laptopWidthDrillsDownToACellsMembers() {
            const page = openPage(1400)
            const months = findChild(page, "monthsChart")
            compare(months.series(0).axisX.categories.length, 12)
            compare(months.series(0).at(2).values[11], 70) // reading this month
            const units = findChild(page, "unitsChart")
            // Side by side: the charts' column and the units' column.
            const rows0 = items(page, "unitRepeater")
            compare(rows0.length, 3)
            verify(rows0[1].mapToItem(page, 0, 0).x > units.mapToItem(page, 0, 0).x + units.width - 1)
            compare(findChild(rows0[0], "unitName").text, "Toàn Đảng bộ tỉnh Sơn Lâm")
            compare(findChild(rows0[1], "unitName").text, "1. Đảng bộ các cơ quan Đảng và khối doanh nghiệp thuộc tỉnh Sơn Lâm")
            verify(findChild(rows0[1], "unitAttention").visible)
            verify(!findChild(rows0[2], "unitAttention").visible)
            compare(items(page, "attentionRepeater").length, 1)
            verify(!rows0[0].enabled)
            verify(!rows0[2].enabled) // no rows below it here

            mouseClick(rows0[1])
            tryVerify(() => items(page, "unitRepeater").length === 2)
            compare(findChild(page, "levelName").text, "Đảng bộ các cơ quan Đảng và khối doanh nghiệp thuộc tỉnh Sơn Lâm")
            const cellRow = items(page, "unitRepeater")[1]
            verify(cellRow.enabled)
            cellRow.clicked()
            tryVerify(() => items(page, "memberRepeater").length === 2)
            compare(items(page, "unitRepeater").length, 1)
            verify(!findChild(page, "sortPicker").visible)

            const crumbs = findChild(page, "breadcrumb")
            waitForRendering(page)
            let top = null
            for (let i = 0; i < crumbs.children.length; ++i) {
                if (crumbs.children[i].objectName === "breadcrumbItem" && crumbs.children[i].enabled && top === null)
                    top = crumbs.children[i]
            }
            verify(top)
            compare(top.text, "Đảng bộ tỉnh Sơn Lâm")
            mouseClick(top)
            tryVerify(() => items(page, "unitRepeater").length === 3)
            compare(items(page, "memberRepeater").length, 0)
        }

        function test_phoneWidthAtLargeTextCutsNothing() {
            Theme.textScale = 2.0
            const page = openPage(400)
            waitForRendering(page)
            verifyNothingCut(page)
        }
    }
}
