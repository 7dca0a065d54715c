#include "demo/demoreading.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demobulk.h"
#include "demo/demoprovince.h"
#include "demo/demorandom.h"
#include "mutationnames.h"
#include "records/documentpublisher.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

constexpr int kMonthsBack = 12;
constexpr int kVietnamOffsetSeconds = 7 * 3600;
// Percent of cells that read little.
constexpr int kSlowCells = 12;
// A member who installed more than kCatchUpDays after a document was published reads it with
// this chance (percent).
constexpr int kCatchUpDays = 30;
constexpr int kCatchUp = 20;

QDate thisMonth(const QDateTime &now)
{
    const QDate today = now.toUTC().addSecs(kVietnamOffsetSeconds).date();
    return QDate(today.year(), today.month(), 1);
}

QString monthName(const QDate &month)
{
    return u"%1/%2"_s.arg(month.month()).arg(month.year());
}

// The province's guidance for the month's cell meetings (định hướng sinh hoạt chi bộ).
DocumentDraft guidance(const QDate &month, int number)
{
    DocumentDraft d;
    d.kind = QString(Protocol::DocumentKind::Guidance);
    d.number = u"%1-HD/BTGTU"_s.arg(number);
    d.issuer = u"Ban Tuyên giáo Tỉnh ủy Sơn Lâm"_s;
    d.title = u"Hướng dẫn nội dung sinh hoạt chi bộ định kỳ tháng %1"_s.arg(monthName(month));
    d.summary = u"Chi bộ sinh hoạt định kỳ tháng %1: thông tin thời sự trong tháng, việc thực "
                "hiện nghị quyết của chi bộ, chuyên đề học tập và làm theo tư tưởng, đạo đức, "
                "phong cách Hồ Chí Minh."_s.arg(monthName(month));
    d.body = u"I. THÔNG TIN THỜI SỰ\n\nChi ủy chọn ba đến năm tin nổi bật trong nước, của tỉnh "
             "và của địa phương trong tháng để thông tin đầu buổi sinh hoạt, không quá 15 "
             "phút.\n\nII. NỘI DUNG CHÍNH\n\n1. Đánh giá việc thực hiện nghị quyết tháng trước "
             "của chi bộ; những việc đã làm, chưa làm được và nguyên nhân.\n\n2. Bàn và quyết "
             "định nhiệm vụ tháng %1, phân công đảng viên phụ trách từng việc.\n\n3. Sinh hoạt "
             "chuyên đề: mỗi đảng viên nêu một việc làm cụ thể theo tấm gương của Bác trong "
             "tháng.\n\nIII. TỔ CHỨC\n\nChi bộ ghi biên bản, báo cáo đảng ủy cấp trên kết quả "
             "sinh hoạt trước ngày 25 hằng tháng. Tài liệu đọc trước trên Sổ tay đảng viên."_s.arg(
                 monthName(month));
    d.classification = QString(Protocol::Classification::Internal);
    return d;
}

// A district-level committee's monthly notice to its own subtree.
DocumentDraft notice(const DemoOrg &org, const QDate &month, int number)
{
    DocumentDraft d;
    d.kind = QString(Protocol::DocumentKind::Notice);
    d.number = u"%1-TB/%2"_s.arg(number).arg(org.key == u"tp" ? u"ThU"_s : u"HU"_s);
    d.issuer = u"Văn phòng "_s + org.committee.toString();
    d.title = u"Thông báo kết luận hội nghị Ban Thường vụ %1 tháng %2"_s.arg(
        org.committee.toString(), monthName(month));
    d.summary = u"Ban Thường vụ kết luận về kết quả thực hiện nhiệm vụ tháng %1 và giao nhiệm "
                "vụ trọng tâm tháng sau cho các tổ chức đảng trực thuộc."_s.arg(monthName(month));
    d.body = u"Ban Thường vụ %1 họp thường kỳ tháng %2 và kết luận:\n\n1. Các tổ chức đảng trực "
             "thuộc duy trì nền nếp sinh hoạt chi bộ định kỳ; chi bộ chưa sinh hoạt trong tháng "
             "báo cáo rõ lý do.\n\n2. Đảng ủy cơ sở đôn đốc đảng viên cài đặt và sử dụng Sổ tay "
             "đảng viên, đọc văn bản mới trong tuần được ban hành.\n\n3. Văn phòng theo dõi, "
             "tổng hợp kết quả, báo cáo Ban Thường vụ tại phiên họp tháng sau."_s.arg(
                 org.committee.toString(), monthName(month));
    d.classification = QString(Protocol::Classification::Public);
    return d;
}

} // namespace

int DemoReading::publish(
    WriteTransaction &transaction, const QList<DemoSigner> &signers, const QDateTime &now)
{
    const QDate first = thisMonth(now);
    int published = 0;
    for (int back = kMonthsBack; back >= 0; --back) {
        const QDate month = first.addMonths(-back);
        const int index = kMonthsBack - back;
        const DemoOrg *district = DemoProvince::find(index % 2 == 0 ? u"tp" : u"dp");
        struct Item
        {
            QStringView publisher;
            DocumentDraft draft;
            int day;
        };
        const Item items[] = {
            { u"tinh", guidance(month, 140 + index), 1 + index % 3 },
            { district->key, notice(*district, month, 60 + index), 3 + index % 4 },
        };
        for (Item item : items) {
            // On the morning of the day it was issued, Vietnam time.
            item.draft.publishedAt
                = QDateTime(month.addDays(item.day - 1), QTime(8, 30), QTimeZone(7 * 3600)).toUTC();
            if (item.draft.publishedAt > now)
                continue;
            const QString key
                = u"history:%1:%2"_s.arg(item.publisher.toString(), month.toString(u"yyyy-MM"_s));
            item.draft.id = DemoProvince::id(RowType::Document, key);
            item.draft.orgId = DemoProvince::id(RowType::Organization, item.publisher);
            item.draft.audienceOrgId = item.draft.orgId;
            item.draft.issuedDate = item.draft.publishedAt.addSecs(kVietnamOffsetSeconds)
                                        .date()
                                        .toString(Qt::ISODate);
            if (!signers.isEmpty())
                DemoSigners::sign(signers, item.publisher.toString(), item.draft);
            DocumentPublisher::publish(transaction, item.draft);
            ++published;
        }
    }
    return published;
}

int DemoReading::read(WriteTransaction &transaction, const QDateTime &now, quint64 seed,
    const QSet<QString> &skipMembers)
{
    DemoRandom random(seed);
    const QSqlDatabase db = transaction.db();
    const QDateTime from = QDateTime(thisMonth(now).addMonths(-kMonthsBack), QTime(0, 0), Qt::UTC)
                               .addSecs(-kVietnamOffsetSeconds);

    // Readers: members with an account, by cell, with the account's creation.
    struct Reader
    {
        QString member;
        QString cell;
        QDateTime since;
    };
    QList<Reader> readers;
    forEachRow(db,
        u"SELECT u.member_id, m.org_id, u.created_at FROM users u JOIN members m ON m.id = "
        "u.member_id WHERE u.disabled = 0 ORDER BY m.org_id, u.member_id"_s,
        {}, [&](const QSqlQuery &query) {
            if (!skipMembers.contains(query.value(0).toString()))
                readers.append(Reader { query.value(0).toString(), query.value(1).toString(),
                    Timestamps::fromIso(query.value(2).toString()) });
        });
    // Each cell's habit: the share of its readers who open a new document.
    QHash<QString, int> habit;
    for (const Reader &reader : std::as_const(readers)) {
        if (!habit.contains(reader.cell))
            habit.insert(reader.cell,
                random.chance(kSlowCells) ? random.between(25, 50) : random.between(70, 97));
    }
    QHash<QString, QSet<QString>> ancestors; // cell -> itself and every organisation above
    forEachRow(db, u"SELECT descendant_id, ancestor_id FROM org_closure"_s, {},
        [&](const QSqlQuery &query) {
            ancestors[query.value(0).toString()].insert(query.value(1).toString());
        });

    DemoBulk receipts(transaction, u"read_receipts"_s,
        { u"id"_s, u"document_id"_s, u"member_id"_s, u"read_at"_s });
    DemoChangeLog changes(transaction);
    struct Document
    {
        QString id;
        QString audience;
        QDateTime published;
    };
    QList<Document> documents; // read first: no statement runs while a query is open
    forEachRow(db,
        u"SELECT id, audience_org_id, published_at FROM documents WHERE published_at >= ? AND "
        "withdrawn_at IS NULL ORDER BY published_at, id"_s,
        { Timestamps::toIso(from) }, [&](const QSqlQuery &query) {
            documents.append(Document { query.value(0).toString(), query.value(1).toString(),
                Timestamps::fromIso(query.value(2).toString()) });
        });
    for (const Document &document : std::as_const(documents)) {
        for (const Reader &reader : std::as_const(readers)) {
            if (!ancestors.value(reader.cell).contains(document.audience)
                || !random.chance(habit.value(reader.cell)))
                continue;
            // Who installed the handbook long after a document came out seldom goes back to it.
            if (reader.since > document.published.addDays(kCatchUpDays) && !random.chance(kCatchUp))
                continue;
            // Most read within a week or so of the later of publishing and installing.
            const QDateTime readAt
                = std::max(document.published, reader.since)
                      .addSecs(qint64(random.between(0, 9 * 24)) * 3600 + random.between(0, 3599));
            if (readAt > now)
                continue;
            const QString id = document.id + u':' + reader.member;
            receipts.add({ id, document.id, reader.member, Timestamps::toIso(readAt) });
            changes.put(RowType::ReadReceipt, id, reader.cell, reader.member);
        }
    }
    receipts.flush();
    changes.flush();
    return int(receipts.added());
}
