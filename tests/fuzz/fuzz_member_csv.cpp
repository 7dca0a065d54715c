// libFuzzer target: `handbook-server import-members` (docs/import-members.md) on the bytes of
// a CSV file — UTF-8 decoding as the command does it, CsvReader::parse, MemberCsvImport::read
// against a database with a small organisation tree and one member, then every accepted
// member inserted through MemberStore in a write transaction that is rolled back (all rows or
// none). Properties: nothing crashes or throws; a refused file has line-numbered errors; an
// accepted file has a valid cell, gender and birth date on every member and inserts.
#include "db/databasespec.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "fuzzsupport.h"
#include "records/csvreader.h"
#include "records/membercsvimport.h"
#include "records/memberstore.h"
#include "records/orgtree.h"

#include <QDir>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTemporaryDir *directory = nullptr;
ServerDatabase *database = nullptr;

[[noreturn]] void die(const QByteArray &what)
{
    std::fprintf(stderr, "fuzz_member_csv: %s\n", what.constData());
    std::abort();
}

void setUp()
{
    directory = new QTemporaryDir(FuzzSupport::scratchTemplate());
    std::atexit([] { QDir(directory->path()).removeRecursively(); });
    QString error;
    const auto spec
        = DatabaseSpec::parse(u"sqlite:"_s + directory->filePath(u"server.db"_s), &error);
    if (!spec)
        die(error.toUtf8());
    database = new ServerDatabase(*spec);
    if (!database->open(&error) || !SchemaMigrator(*database).migrate(&error))
        die(error.toUtf8());
    try {
        WriteTransaction tx(*database);
        OrgTree::add(tx, { u"tinh"_s, {}, u"Tỉnh ủy"_s, u"province"_s });
        OrgTree::add(tx, { u"huyen"_s, u"tinh"_s, u"Huyện ủy"_s, u"district"_s });
        OrgTree::add(tx, { u"xa"_s, u"huyen"_s, u"Đảng ủy xã"_s, u"grassroots"_s });
        OrgTree::add(tx, { u"cell-a"_s, u"xa"_s, u"Chi bộ A"_s, u"cell"_s });
        OrgTree::add(tx, { u"cell-b"_s, u"xa"_s, u"Chi bộ B"_s, u"cell"_s });
        MemberProfile existing;
        existing.id = u"m-1"_s;
        existing.orgId = u"cell-a"_s;
        existing.fullName = u"Nguyễn Văn Một"_s;
        existing.birthDate = u"1970-01-01"_s;
        existing.gender = u"Nam"_s;
        existing.citizenId = u"001070000001"_s;
        MemberStore(tx).insert(existing);
        tx.commit();
    } catch (const DbError &dbError) {
        die(dbError.what());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As ImportMembersCommand reads the file.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(FuzzSupport::bytes(data, size));
    if (decoder.hasError())
        return 0;
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QString csvError;
    const auto records = CsvReader::parse(text, &csvError);
    if (!records)
        FuzzSupport::require(csvError.startsWith(u"line "_s), "a CSV error names its line");
    int previousLine = 0;
    for (const CsvRecord &record : records.value_or(QList<CsvRecord>())) {
        FuzzSupport::require(record.line > previousLine, "records start on increasing lines");
        FuzzSupport::require(!record.fields.isEmpty(), "a record has at least one field");
        previousLine = record.line;
    }

    try {
        WriteTransaction tx(*database);
        MemberCsvImport import;
        const bool ok = import.read(text, tx.db());
        if (!ok) {
            FuzzSupport::require(!import.errors().isEmpty(), "a refused import says why");
            for (const QString &error : import.errors())
                FuzzSupport::require(error.startsWith(u"line "_s), "import errors name a line");
            FuzzSupport::require(!import.errorLine().isEmpty(), "a refused import has a line");
            return 0; // the transaction rolls back
        }
        FuzzSupport::require(records.has_value(), "an import accepts only parsable CSV");
        MemberStore store(tx);
        for (const MemberProfile &member : import.members()) {
            FuzzSupport::require(member.orgId == u"cell-a"_s || member.orgId == u"cell-b"_s,
                "an imported member is in a cell");
            FuzzSupport::require(member.gender == u"Nam"_s || member.gender == u"Nữ"_s,
                "an imported gender is normalised");
            FuzzSupport::require(!member.fullName.isEmpty() && !member.birthDate.isEmpty(),
                "an imported member has a name and a birth date");
            (void)store.insert(member);
        }
        // Not committed: the next input sees the same database.
    } catch (const DbError &dbError) {
        die(QByteArray("a valid import failed in the database: ") + dbError.what());
    }
    return 0;
}
