import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The committee's progress of a study (StudyProgressPage) over a vault filled as a sync would:
// the chart (Qt Charts, in the test's QApplication) and the table of units at a laptop's width,
// a tap on a unit goes down a level and the breadcrumb back up; at a phone's width with 200 %
// text the long unit names and the figures wrap, nothing is cut or wider than the page.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "StudyProgressPage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: pageComponent
            StudyProgressPage {}
        }

        function progressRow(orgId: string, name: string, kind: string, members: int, submitted: int, accepted: int): var {
            return {
                id: "s1:" + orgId, study_id: "s1", org_id: orgId, org_name: name, org_kind: kind,
                members: members, submitted: submitted, accepted: accepted, returned: 0, late: 1,
                not_started: members - submitted, average_score: 7.5, updated_at: "2026-11-20T00:00:00Z"
            }
        }

        function initTestCase() {
            if (VaultSession.state === VaultSession.NoVault)
                verify(VaultSession.createPin(pin, pin))
            tryCompare(VaultSession, "state", VaultSession.Unlocked, timeout)
            TestData.signIn("m-staff", "committee", "p")
            TestData.put("organization", { id: "p", parent_id: null, name: "Đảng bộ tỉnh Sơn Lâm", kind: "province" })
            TestData.put("organization", { id: "d1", parent_id: "p", name: "Đảng bộ các cơ quan Đảng và khối doanh nghiệp thuộc tỉnh Sơn Lâm", kind: "district" })
            TestData.put("organization", { id: "d2", parent_id: "p", name: "Đảng bộ thành phố Sơn Lâm", kind: "district" })
            TestData.put("organization", { id: "c1", parent_id: "d1", name: "Chi bộ Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Lâm", kind: "cell" })
            const studyRow = {
                id: "s1", org_id: "p", org_name: "Tỉnh ủy Sơn Lâm", audience_org_id: "p",
                audience_name: "Đảng bộ tỉnh Sơn Lâm",
                title: "Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Sơn Lâm lần thứ XX, nhiệm kỳ 2025–2030",
                instructions: "", document_ids: [], due_date: "2026-12-05", reflection_required: true,
                quiz: [], status: "open", created_by: "u-staff", created_at: "2026-11-01T01:00:00Z"
            }
            TestData.put("study", studyRow)
            TestData.put("study_progress", progressRow("p", "Đảng bộ tỉnh Sơn Lâm", "province", 40, 20, 10))
            TestData.put("study_progress", progressRow("d1", "Đảng bộ các cơ quan Đảng và khối doanh nghiệp thuộc tỉnh Sơn Lâm", "district", 25, 15, 8))
            TestData.put("study_progress", progressRow("d2", "Đảng bộ thành phố Sơn Lâm", "district", 15, 5, 2))
            TestData.put("study_progress", progressRow("c1", "Chi bộ Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Lâm", "cell", 25, 15, 8))
        }

        function cleanup() {
            Theme.textScale = 1.0
        }

        function openPage(width: int): var {
            root.width = width
            const stack = createTemporaryObject(stackComponent, root)
            verify(stack)
            const page = stack.push(pageComponent, { studyId: "s1" }, StackView.Immediate)
            verify(page)
            waitForRendering(page)
            return page
        }

        function unitRows(page): var {
            const repeater = findChild(page, "unitRepeater")
            const rows = []
            for (let i = 0; i < repeater.count; ++i)
                rows.push(repeater.itemAt(i))
            return rows
        }

        // Every unit's texts and the chart fit the page; no text is cut.
        function verifyNothingCut(page) {
            const chart = findChild(page, "progressChart")
            verify(chart.width <= page.width, "chart " + chart.width)
            for (const row of unitRows(page)) {
                verify(row.width <= page.width)
                for (const name of ["unitName", "unitFigures"]) {
                    const label = findChild(row, name)
                    verify(!label.truncated, name)
                    verify(label.implicitWidth <= label.width + 1 || label.lineCount > 1, label.text)
                }
            }
            for (const name of ["studyTitle", "studyDue", "exportPdfButton", "exportCsvButton", "closeStudyButton", "reverseSortButton"]) {
                const item = findChild(page, name)
                verify(item.width <= page.width, name)
                const label = item.contentItem ? item.contentItem : item
                verify(!label.truncated, name)
            }
        }

        function test_laptopWidthShowsTheChartAndDrillsDown() {
            const page = openPage(1280)
            const chart = findChild(page, "progressChart")
            verify(chart.visible)
            compare(chart.count, 1)
            const series = chart.series(0)
            compare(series.axisY.categories, ["2", "1"])
            // Percent from 0 to 100 whatever the figures, also after sorting.
            compare(chart.axisX(series).min, 0)
            compare(chart.axisX(series).max, 100)
            compare(series.count, 2)
            compare(series.at(0).values, [33.3, 60])
            compare(series.at(1).values, [13.3, 32])
            let rows = unitRows(page)
            compare(rows.length, 3)
            compare(findChild(rows[0], "unitName").text, "Toàn Đảng bộ tỉnh Sơn Lâm")
            compare(findChild(rows[1], "unitName").text, "1. Đảng bộ các cơ quan Đảng và khối doanh nghiệp thuộc tỉnh Sơn Lâm")
            verify(rows[1].enabled)
            verify(!rows[2].enabled)
            verify(findChild(page, "closeStudyButton").visible)
            rows[1].clicked() // (below the chart: off the window's 800 px)
            tryVerify(() => unitRows(page).length === 2)
            rows = unitRows(page)
            compare(findChild(rows[1], "unitName").text, "1. Chi bộ Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Lâm")
            const crumbs = findChild(page, "breadcrumb")
            waitForRendering(page)
            let top = null
            for (let i = 0; i < crumbs.children.length; ++i) {
                if (crumbs.children[i].objectName === "breadcrumbItem" && crumbs.children[i].enabled)
                    top = crumbs.children[i]
            }
            verify(top)
            mouseClick(top)
            tryVerify(() => unitRows(page).length === 3)
        }

        function test_phoneWidthAtLargeTextCutsNothing() {
            Theme.textScale = 2.0
            const page = openPage(400)
            waitForRendering(page)
            verifyNothingCut(page)
            Theme.textScale = 1.0
            root.width = 1280
            waitForRendering(page)
            verifyNothingCut(page)
        }
    }
}
