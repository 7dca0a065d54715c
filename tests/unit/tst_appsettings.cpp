// What "Cài đặt" shows about storage (AppSettings::refreshStorage): the attachments stored in
// the open vault (complete and partly downloaded) against the limit of automatic downloads,
// all the data under accounts/, and nothing about attachments while the vault is locked.
#include "appsettings.h"
#include "blobcatalog.h"
#include "blobstore.h"
#include "vaultsession.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storageShowsAttachmentsAgainstTheirLimit()
    {
        QTemporaryDir dir;
        Vault::Options options;
        options.accountDir = dir.filePath(u"accounts/u1"_s);
        options.kdf = KdfParams::fastForTests();
        VaultSession session(options);
        AppSettings settings(dir.path());
        settings.setVaultSession(&session);
        QSignalSpy changed(&settings, &AppSettings::storageChanged);

        settings.refreshStorage(); // no vault yet
        QCOMPARE(changed.count(), 1);
        QVERIFY(!settings.attachmentsKnown());

        QVERIFY(session.createPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::Unlocked, kTimeoutMs);
        BlobStore blobs(session.vault().database());
        const QString complete(64, u'a');
        const QString partial(64, u'b');
        blobs.begin(complete, 1000, u"application/pdf"_s);
        QVERIFY(blobs.append(complete, QByteArray(1000, 'x')));
        blobs.begin(partial, 5000, u"application/pdf"_s);
        QVERIFY(blobs.append(partial, QByteArray(300, 'y'))); // partly downloaded

        settings.refreshStorage();
        QVERIFY(settings.attachmentsKnown());
        QCOMPARE(settings.attachmentsUsed(), 1300);
        QCOMPARE(settings.attachmentsLimit(), BlobCatalog::kDefaultLimitBytes);
        QVERIFY(settings.storageUsed() > 0); // the vault's files
        QVERIFY(settings.storageFree() > 0);
        QCOMPARE(settings.property("attachmentsLimit").toDouble(),
            double(BlobCatalog::kDefaultLimitBytes));

        BlobCatalog(session.vault().database()).setStorageLimit(200LL * 1024 * 1024);
        settings.refreshStorage();
        QCOMPARE(settings.attachmentsLimit(), 200LL * 1024 * 1024);

        // The limit reads as it is meant (powers of 1024), in the app's one size format
        // (DataSize: no ",0" on a whole number).
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QCOMPARE(settings.formatBytes(double(BlobCatalog::kDefaultLimitBytes)), u"500 MB"_s);
        QCOMPARE(settings.formatBytes(1.5 * 1024 * 1024), u"1,5 MB"_s);

        session.lock();
        settings.refreshStorage();
        QVERIFY(!settings.attachmentsKnown());
        QCOMPARE(settings.attachmentsUsed(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
