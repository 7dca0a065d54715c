import QtQuick
import QtQuick.Controls
import QtTest
import Handbook

// The committee's annual review (ReviewCyclePage) over a vault filled as a sync would: this
// year's open cycle and last year's closed one, the chart of the ratings per unit (Qt Charts, in
// the test's QApplication) and the units at a laptop's width, a tap on a unit goes down a level
// and the breadcrumb back up; the opening form refuses a bad date with a message before anything
// is queued, then asks to confirm and opens the cycle; at a phone's width with 200 % text the
// long names and figures wrap, nothing is cut or wider than the page.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        id: testCase

        readonly property string pin: "246810"
        readonly property int timeout: 20000

        name: "ReviewCyclePage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
            }
        }
        Component {
            id: pageComponent
            ReviewCyclePage {}
        }

        function counts(excellent: int, good: int, fulfilled: int, notFulfilled: int): var {
            const result = {}
            result[ReviewRating.excellent] = excellent
            result[ReviewRating.good] = good
            result[ReviewRating.fulfilled] = fulfilled
            result[ReviewRating.notFulfilled] = notFulfilled
            return result
        }
        function summaryRow(cycleId: string, orgId: string, members: int, submitted: int, proposed: var, decided: var): var {
            return {
                id: cycleId + ":" + orgId, cycle_id: cycleId, org_id: orgId, members: members,
                submitted: submitted, proposed: proposed, decided: decided,
                updated_at: "2026-11-22T01:30:00Z"
            }
        }
        function cycleRow(id: string, year: int, status: string): var {
            return {
                id: id, year: year, audience_org_id: "p", audience_name: "Đảng bộ tỉnh Sơn Lâm",
                opener_org_id: "p", opener_name: "Tỉnh ủy Sơn Lâm",
                self_review_due: year + "-12-15", decision_due: year + "-12-31", status: status,
                opened_at: year + "-11-01T01:00:00Z", closed_at: null
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
            // The wire's status values, as the controller's cycles name them.
            TestData.put("review_cycle", cycleRow("r1", 2026, "open"))
            TestData.put("review_cycle", cycleRow("r0", 2025, "closed"))
            TestData.put("review_summary", summaryRow("r1", "p", 40, 30, counts(5, 15, 4, 1), counts(4, 12, 3, 1)))
            TestData.put("review_summary", summaryRow("r1", "d1", 25, 20, counts(4, 10, 3, 1), counts(4, 12, 3, 1)))
            TestData.put("review_summary", summaryRow("r1", "d2", 15, 10, counts(1, 5, 1, 0), counts(0, 0, 0, 0)))
            TestData.put("review_summary", summaryRow("r1", "c1", 25, 20, counts(4, 10, 3, 1), counts(4, 12, 3, 1)))
            TestData.put("review_summary", summaryRow("r0", "p", 38, 38, counts(5, 28, 5, 0), counts(5, 28, 5, 0)))
        }

        // Today plus `days` in Vietnam (UTC+7) as dd/MM/yyyy, as the page's clock gives it.
        function vietnamDay(days: int): string {
            const day = new Date(Date.now() + (7 * 3600 + days * 86400) * 1000)
            const two = n => (n < 10 ? "0" : "") + n
            return two(day.getUTCDate()) + "/" + two(day.getUTCMonth() + 1) + "/" + day.getUTCFullYear()
        }
        function vietnamYear(): int {
            return new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear()
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

        function unitRows(page): var {
            const repeater = findChild(page, "unitRepeater")
            const rows = []
            for (let i = 0; i < repeater.count; ++i)
                rows.push(repeater.itemAt(i))
            return rows
        }

        function verifyNothingCut(page) {
            const chart = findChild(page, "ratingsChart")
            verify(chart.width <= page.width, "chart " + chart.width)
            for (const row of unitRows(page)) {
                verify(row.width <= page.width)
                for (const name of ["unitName", "unitFigures", "unitRate", "unitRatings"]) {
                    const label = findChild(row, name)
                    if (!label.visible)
                        continue
                    verify(!label.truncated, name)
                    verify(label.implicitWidth <= label.width + 1 || label.lineCount > 1, label.text)
                }
            }
            for (const name of ["cycleTitle", "cycleDates", "cycleStatus", "decisionsButton", "openCycleButton",
                                "closeCycleButton", "exportPdfButton", "exportCsvButton", "cyclePicker"]) {
                const item = findChild(page, name)
                verify(item, name)
                verify(item.width <= page.width, name + " " + item.width)
                const label = item.contentItem ? item.contentItem : item
                verify(!label.truncated, name)
            }
        }

        function test_laptopWidthShowsTheChartAndDrillsDown() {
            const page = openPage(1280)
            compare(findChild(page, "cycleTitle").text, "Đợt kiểm điểm năm 2026 · Đảng bộ tỉnh Sơn Lâm")
            verify(findChild(page, "closeCycleButton").visible)
            verify(findChild(page, "decisionsButton").visible)
            const chart = findChild(page, "ratingsChart")
            verify(chart.visible)
            compare(chart.count, 1)
            const series = chart.series(0)
            compare(series.axisY.categories, ["2", "1"])
            compare(chart.axisX(series).min, 0)
            compare(chart.axisX(series).max, 100)
            compare(series.count, 4)
            // Shares of the decisions, the last unit first (Sơn Lâm city: none yet).
            compare(series.at(0).values, [0, 20])
            compare(series.at(1).values, [0, 60])
            compare(series.at(2).values, [0, 15])
            compare(series.at(3).values, [0, 5])
            compare(series.at(0).label, "Hoàn thành xuất sắc nhiệm vụ")
            let rows = unitRows(page)
            compare(rows.length, 3)
            compare(findChild(rows[0], "unitName").text, "Toàn Đảng bộ tỉnh Sơn Lâm")
            compare(findChild(rows[0], "unitRate").text, "Hoàn thành tốt nhiệm vụ trở lên: 80,0 %")
            compare(findChild(rows[2], "unitRate").text, "Hoàn thành tốt nhiệm vụ trở lên: —")
            verify(rows[1].enabled)
            verify(!rows[2].enabled) // no rows below it here
            rows[1].clicked()
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
            // Last year's cycle: closed, the province alone.
            findChild(page, "cyclePicker").picked("r0")
            tryCompare(findChild(page, "cycleTitle"), "text", "Đợt kiểm điểm năm 2025 · Đảng bộ tỉnh Sơn Lâm")
            compare(findChild(page, "cycleStatus").text, "Đã kết thúc")
            verify(!findChild(page, "closeCycleButton").visible)
            verify(!chart.visible)
            compare(unitRows(page).length, 1)
        }

        function test_openingRefusesBadDatesThenConfirms() {
            const page = openPage(1280)
            const form = findChild(page, "openCycleForm")
            verify(!form.visible)
            mouseClick(findChild(page, "openCycleButton"))
            verify(form.visible)
            compare(findChild(page, "audienceLabel").text, "Đảng bộ tỉnh Sơn Lâm")
            // The page's clock is the system's: dates from today in Vietnam.
            const selfDue = findChild(page, "selfReviewDueField")
            const decisionDue = findChild(page, "decisionDueField")
            compare(selfDue.text, testCase.vietnamDay(14))
            compare(decisionDue.text, testCase.vietnamDay(28))
            decisionDue.field.text = testCase.vietnamDay(20)
            decisionDue.field.textEdited()
            selfDue.field.text = "31/02/2026"
            selfDue.field.textEdited()
            findChild(page, "confirmOpenButton").clicked()
            const error = findChild(page, "errorMessage")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("Hạn nộp bản kiểm điểm") >= 0, error.text)
            verify(!findChild(page, "openCycleDialog").visible)
            selfDue.field.text = testCase.vietnamDay(21)
            selfDue.field.textEdited()
            findChild(page, "confirmOpenButton").clicked()
            verify(error.text.indexOf("trước hoặc cùng ngày") >= 0, error.text)
            verify(!findChild(page, "openCycleDialog").visible)
            selfDue.field.text = testCase.vietnamDay(10)
            selfDue.field.textEdited()
            // This year's cycle of the province is open: last year's for a unit below.
            const lastYear = testCase.vietnamYear() - 1
            findChild(page, "yearPicker").picked(lastYear)
            findChild(page, "confirmOpenButton").clicked()
            const dialog = findChild(page, "openCycleDialog")
            tryVerify(() => dialog.opened)
            verify(dialog.text.indexOf("Năm " + lastYear) >= 0, dialog.text)
            dialog.accept()
            tryVerify(() => !form.visible)
            compare(error.visible, false)
            tryVerify(() => findChild(page, "cycleTitle").text.indexOf("năm " + lastYear) >= 0)
        }

        function test_phoneWidthAtLargeTextCutsNothing() {
            Theme.textScale = 2.0
            const page = openPage(360)
            findChild(page, "cyclePicker").picked("r1")
            waitForRendering(page)
            verifyNothingCut(page)
            findChild(page, "openCycleButton").clicked() // (below the window at this size)
            waitForRendering(page)
            verify(findChild(page, "openCycleForm").visible)
            for (const name of ["yearPicker", "audienceButton", "selfReviewDueField", "decisionDueField", "confirmOpenButton"]) {
                const item = findChild(page, name)
                verify(item.width <= page.width, name)
            }
            Theme.textScale = 1.0
            root.width = 1280
            waitForRendering(page)
            verifyNothingCut(page)
        }
    }
}
