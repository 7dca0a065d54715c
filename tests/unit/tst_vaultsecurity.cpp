// Nothing readable on disk without the PIN; tampering and truncation are detected.
#include "blobstore.h"
#include "outbox.h"
#include "replicastore.h"
#include "vaultfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Unique strings that must never appear in clear on disk.
const QStringList kMarkers = {
    u"Nghị quyết bí mật Đảng bộ tỉnh XKZQ-7781"_s,
    u"Ghi chú riêng của đồng chí Nguyễn Thị Hằng QWPV-2290"_s,
    u"Đinh Văn Trường sinh năm 1958 tại Thái Nguyên ZRTM-5523"_s,
    u"079058001234"_s, // a citizen id
    u"Tài liệu đính kèm mật PDFMARK-4410"_s,
};

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Returns "<file>: <marker>" for every marker found in clear in any file under root.
QStringList plaintextFound(const QString &root)
{
    QStringList found;
    for (const QString &path : filesUnder(root)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &marker : kMarkers) {
            if (bytes.contains(marker.toUtf8()))
                found << path + u": "_s + marker.left(12);
        }
    }
    return found;
}

void storeMarkers(Vault &vault)
{
    ReplicaStore replica(vault.database());
    Transaction transaction(vault.database());
    replica.put(u"document"_s, u"doc-secret"_s, 3,
        QJsonObject { { u"id"_s, u"doc-secret"_s }, { u"title"_s, kMarkers[0] },
            { u"number"_s, u"99-NQ/TU"_s }, { u"summary"_s, kMarkers[0] },
            { u"body"_s, kMarkers[0] + u" "_s + kMarkers[0] } });
    replica.put(u"note"_s, u"note-1"_s, 1,
        QJsonObject { { u"id"_s, u"note-1"_s }, { u"document_id"_s, u"doc-secret"_s },
            { u"text"_s, kMarkers[1] } });
    replica.put(u"member"_s, u"m-1"_s, 2,
        QJsonObject { { u"id"_s, u"m-1"_s }, { u"full_name"_s, kMarkers[2] },
            { u"citizen_id"_s, kMarkers[3] } });
    Outbox(vault.database())
        .enqueue(
            u"note.put"_s, QJsonObject { { u"id"_s, u"note-1"_s }, { u"text"_s, kMarkers[1] } });
    transaction.commit();

    BlobStore blobs(vault.database());
    QByteArray pdf = "%PDF-1.4\n" + kMarkers[4].toUtf8();
    pdf.append(QByteArray(300 * 1024, 'x'));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    blobs.begin(sha, pdf.size(), u"application/pdf"_s);
    QVERIFY(blobs.append(sha, pdf));
    QVERIFY(blobs.finish(sha));
}

// The result code of reading a file's schema with the system's plain SQLite, in a process of
// its own (tests/unit/plainsqliteprobe.cpp); -1 when the probe did not run.
int plainSqliteRead(const QString &file)
{
    QProcess probe;
    probe.start(QStringLiteral(PLAIN_SQLITE_PROBE), { file });
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit)
        return -1;
    return probe.exitCode();
}

} // namespace

class TestVaultSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markersAreReadableThroughTheVault()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        storeMarkers(*f.vault);
        QCOMPARE(ReplicaStore(f.vault->database())
                     .get(u"note"_s, u"note-1"_s)
                     ->value(u"text"_s)
                     .toString(),
            kMarkers[1]);
    }

    void noPlaintextOnDisk()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        storeMarkers(*f.vault);
        // While open: the -wal and -shm files exist and hold recent pages.
        QVERIFY(QFile::exists(f.vault->databasePath() + u"-wal"_s));
        QStringList found = plaintextFound(f.dir.path());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        f.vault->lock();
        found = plaintextFound(f.dir.path());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QVERIFY(filesUnder(f.dir.path()).size() >= 2); // the scan saw the vault and envelope
        // And the test can fail: the same scan finds a marker written in clear.
        QFile leak(f.dir.path() + u"/leak.txt"_s);
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write(kMarkers[2].toUtf8());
        leak.close();
        QCOMPARE(plaintextFound(f.dir.path()).size(), 1);
    }

    void plainSqliteCannotReadTheFile()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        storeMarkers(*f.vault);
        f.vault->lock();

        QFile file(f.vault->databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));
        file.close();

        QCOMPARE(plainSqliteRead(f.vault->databasePath()), 26); // SQLITE_NOTADB
        // And the probe can read: a new plain database reads fine.
        QCOMPARE(plainSqliteRead(f.dir.path() + u"/plain.db"_s), 0);
    }

    void flippedByteIsReportedByTheIntegrityCheck()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        storeMarkers(*f.vault);
        QVERIFY(f.vault->checkStorage().ok);
        f.vault->lock();

        QFile file(f.vault->databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        const qint64 offset = 5 * 4096 + 1000; // inside a data page, not page 1
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(char(byte ^ 0x5a));
        file.close();

        QVERIFY(f.vault->unlock(VaultFixture::kPin).ok());
        const IntegrityReport report = f.vault->checkStorage();
        QVERIFY(!report.ok);
        QVERIFY(!report.problems.isEmpty());
    }

    void truncatedFileIsDamagedNotACrash()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        storeMarkers(*f.vault);
        f.vault->lock();
        QFile file(f.vault->databasePath());
        const qint64 size = file.size();

        QVERIFY(file.resize(size / 2)); // at a page boundary
        const VaultError half = f.vault->unlock(VaultFixture::kPin);
        QCOMPARE(half.code(), VaultError::Damaged);
        QVERIFY(!half.message().isEmpty());

        QVERIFY(file.resize(1000)); // inside page 1
        QCOMPARE(f.vault->unlock(VaultFixture::kPin).code(), VaultError::Damaged);
        QVERIFY(file.resize(0));
        QCOMPARE(f.vault->unlock(VaultFixture::kPin).code(), VaultError::Damaged);
        QCOMPARE(f.vault->failedAttempts(), 0); // not counted as a wrong PIN
    }

    void refusesADatabaseFromANewerVersion()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        f.vault->database().exec("PRAGMA user_version = 999");
        f.vault->lock();
        const VaultError error = f.vault->unlock(VaultFixture::kPin);
        QCOMPARE(error.code(), VaultError::TooNew);
        QVERIFY(error.message().contains(u"mới hơn"_s));
        QVERIFY(!f.vault->isOpen());
    }
};

QTEST_GUILESS_MAIN(TestVaultSecurity)
#include "tst_vaultsecurity.moc"
