#include "demo/demomeetings.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demoprovince.h"
#include "demo/demorandom.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Vietnam's time: the demo's meetings are set in local hours.
const QTimeZone vietnam(7 * 3600);

// Cells that also hold a thematic meeting this month.
constexpr QStringView thematicCells[] = { u"qt-5", u"ls-dong-tien", u"syt-vp" };

QString localTopic(DemoSetting setting)
{
    switch (setting) {
    case DemoSetting::Urban:
        return u"Bàn biện pháp giữ gìn vệ sinh môi trường, trật tự đô thị và an ninh trên địa "
               "bàn; vận động các hộ gia đình xây dựng tuyến phố văn minh."_s;
    case DemoSetting::Rural:
        return u"Bàn biện pháp chăm sóc chè, phát triển sản xuất theo mùa vụ; vận động Nhân "
               "dân đóng góp làm đường bê tông nội xóm."_s;
    case DemoSetting::Highland:
        return u"Bàn kế hoạch trồng và bảo vệ rừng, phòng chống cháy rừng; giúp đỡ hộ nghèo "
               "vay vốn phát triển chăn nuôi."_s;
    case DemoSetting::Health:
        return u"Bàn giải pháp nâng cao chất lượng khám, chữa bệnh và tinh thần, thái độ phục "
               "vụ người bệnh của các cơ sở y tế."_s;
    case DemoSetting::Education:
        return u"Bàn giải pháp nâng cao chất lượng dạy và học; chuẩn bị kiểm tra, đánh giá "
               "giữa năm học."_s;
    default:
        return u"Bàn giải pháp bảo đảm tiến độ sản xuất, chất lượng sản phẩm, an toàn lao động "
               "và đời sống người lao động."_s;
    }
}

// Documents the cell can see (audience is the cell or an ancestor), newest first.
QList<const DemoDocument *> visibleTo(const DemoOrg &cell, const QList<DemoDocument> &documents)
{
    QStringList ancestry;
    for (const DemoOrg *org : DemoProvince::ancestry(cell.key))
        ancestry << org->key.toString();
    QList<const DemoDocument *> visible;
    for (const DemoDocument &document : documents) {
        if (ancestry.contains(document.audience))
            visible << &document;
    }
    std::stable_sort(visible.begin(), visible.end(),
        [](const DemoDocument *a, const DemoDocument *b) { return a->issued > b->issued; });
    return visible;
}

// The documents to read before a meeting: those linked to it, then the newest of the
// grassroots, district and province levels.
QStringList readBefore(
    const DemoOrg &cell, const QString &meetingRef, const QList<const DemoDocument *> &visible)
{
    QStringList keys;
    for (const DemoDocument *document : visible) {
        if (document->meeting == meetingRef)
            keys << document->key;
    }
    if (meetingRef.endsWith(u"/theme"_s)) {
        for (const DemoDocument *document : visible) {
            if (document->number.contains(u"-CT/"_s) && document->title.contains(u"Hồ Chí Minh"_s))
                return keys << document->key;
        }
        return keys;
    }
    for (const DemoOrg *level : DemoProvince::ancestry(cell.key).mid(1, 3)) {
        for (const DemoDocument *document : visible) {
            // Restricted documents are read on demand at the meeting, not beforehand.
            if (document->audience == level->key && document->kind != Protocol::DocumentKind::Notice
                && document->classification != Protocol::Classification::Restricted
                && !keys.contains(document->key)) {
                keys << document->key;
                break;
            }
        }
    }
    return keys.mid(0, 4);
}

QString agenda(const DemoOrg &cell, const QDate &day, const QStringList &keys,
    const QList<DemoDocument> &documents)
{
    // "Title (number)", without the number when the title already says it.
    const auto cite = [](const DemoDocument &document) {
        return document.title.contains(document.number)
            ? document.title
            : u"%1 (%2)"_s.arg(document.title, document.number);
    };
    QStringList higher;
    QStringList own;
    for (const QString &key : keys) {
        for (const DemoDocument &document : documents) {
            if (document.key == key)
                (document.audience == cell.key ? own : higher) << cite(document);
        }
    }
    const QDate previous = day.addMonths(-1);
    QStringList lines;
    lines << u"1. Chi ủy báo cáo kết quả lãnh đạo thực hiện nhiệm vụ tháng %1/%2; đề ra "
             "phương hướng, nhiệm vụ tháng %3/%4."_s.arg(previous.month())
                 .arg(previous.year())
                 .arg(day.month())
                 .arg(day.year());
    lines << u"2. Thông tin thời sự; phổ biến văn bản của cấp trên:"_s;
    for (const QString &line : std::as_const(higher))
        lines << u"   - "_s + line;
    lines << u"3. "_s + localTopic(cell.setting);
    for (const QString &line : std::as_const(own))
        lines << u"   Tài liệu của chi ủy: "_s + line;
    lines << u"4. Đảng viên thảo luận, đóng góp ý kiến; chi bộ biểu quyết thông qua "
             "nghị quyết tháng."_s;
    lines << u"5. Thu đảng phí tháng %1/%2."_s.arg(day.month()).arg(day.year());
    return lines.join(u'\n');
}

} // namespace

QString DemoMeetings::idFor(const QString &meetingRef)
{
    return DemoProvince::id(Protocol::RowType::Meeting, meetingRef);
}

QList<DemoMeeting> DemoMeetings::plan(
    const QList<DemoDocument> &documents, const QDateTime &now, quint64 seed)
{
    DemoRandom random(seed);
    const QDate today = now.toTimeZone(vietnam).date();
    QList<DemoMeeting> meetings;
    for (const DemoOrg &cell : DemoProvince::organizations()) {
        if (cell.kind != u"cell")
            continue;
        const bool office = cell.setting == DemoSetting::Health
            || cell.setting == DemoSetting::Education || cell.setting == DemoSetting::Enterprise;
        const QList<const DemoDocument *> visible = visibleTo(cell, documents);

        const int offset = random.between(2, 24);
        const QDate day = today.addDays(offset);
        const QTime time = office           ? QTime(14, 0)
            : day.dayOfWeek() == Qt::Sunday ? QTime(8, 0)
                                            : QTime(19, 30);
        DemoMeeting regular;
        regular.cellKey = cell.key.toString();
        regular.id = idFor(regular.cellKey);
        regular.title
            = u"Sinh hoạt chi bộ thường kỳ tháng %1/%2"_s.arg(day.month()).arg(day.year());
        regular.startsAt = QDateTime(day, time, vietnam).toUTC();
        regular.location = cell.meetingPlace.toString();
        regular.documentKeys = readBefore(cell, regular.cellKey, visible);
        regular.agenda = agenda(cell, day, regular.documentKeys, documents);
        meetings << regular;

        if (std::find(std::begin(thematicCells), std::end(thematicCells), cell.key)
            == std::end(thematicCells))
            continue;
        const QDate themeDay = today.addDays(random.between(offset + 2, 28));
        DemoMeeting theme;
        theme.cellKey = regular.cellKey;
        theme.id = idFor(regular.cellKey + u"/theme"_s);
        theme.title = u"Sinh hoạt chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách "
                      "Hồ Chí Minh về tinh thần đoàn kết, gắn bó mật thiết với Nhân dân"_s;
        theme.startsAt
            = QDateTime(themeDay, office ? QTime(15, 30) : QTime(19, 30), vietnam).toUTC();
        theme.location = regular.location;
        theme.documentKeys = readBefore(cell, regular.cellKey + u"/theme"_s, visible);
        QStringList lines { u"1. Đồng chí Bí thư chi bộ giới thiệu chuyên đề và những nội dung "
                            "trọng tâm cần học tập, liên hệ."_s,
            u"2. Đảng viên liên hệ bản thân: việc giữ mối liên hệ với chi ủy và Nhân dân nơi "
            "cư trú, lắng nghe ý kiến của quần chúng."_s,
            u"3. Thảo luận, đăng ký việc làm cụ thể để làm theo trong quý."_s,
            u"4. Chi bộ kết luận, giao nhiệm vụ theo dõi, đôn đốc thực hiện."_s };
        theme.agenda = lines.join(u'\n');
        meetings << theme;
    }
    return meetings;
}

void DemoMeetings::store(WriteTransaction &transaction, const DemoMeeting &meeting,
    const QString &cellId, const QStringList &documentIds, const QString &createdBy)
{
    execSql(transaction.db(),
        u"INSERT INTO meetings (id, org_id, title, starts_at, location, agenda, document_ids, "
        "status, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', ?)"_s,
        { meeting.id, cellId, meeting.title, Timestamps::toIso(meeting.startsAt), meeting.location,
            meeting.agenda,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(documentIds))
                                  .toJson(QJsonDocument::Compact)),
            textOrNull(createdBy) });
    transaction.recordChange(
        Protocol::RowType::Meeting, meeting.id, Protocol::ChangeOp::Put, cellId);
}
