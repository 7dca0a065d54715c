// The server's visibility rules (DESIGN.md section 5) in process, on the server's schema in
// memory (MemoryServerDatabase: province p > district d > cells cell-a and cell-b): a member
// sees her own cell's meetings only, a committee its subtree's; documents by audience, not once
// withdrawn; blobs through a visible document or by holding them; restricted files never
// shared; a secretary is the secretary of her own cell's members only.
#include "memoryserverdatabase.h"
#include "sync/visibility.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestServerVisibility : public QObject
{
    Q_OBJECT

private:
    MemoryServerDatabase m_server;

    Visibility as(const QString &who) const
    {
        return Visibility(m_server.db(), m_server.user(who));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.open(&error), qPrintable(error));
        m_server.addMeeting(u"meet-a"_s, u"cell-a"_s);
        m_server.addMeeting(u"meet-b"_s, u"cell-b"_s);
        m_server.addDocument(u"doc-province"_s, u"p"_s);
        m_server.addDocument(u"doc-cell-b"_s, u"cell-b"_s);
        m_server.addDocument(u"doc-withdrawn"_s, u"p"_s);
        m_server.withdrawDocument(u"doc-withdrawn"_s);
        m_server.addDocument(u"doc-restricted"_s, u"p"_s, u"restricted"_s);
        m_server.attach(u"doc-cell-b"_s, QString(64, u'b'));
        m_server.attach(u"doc-province"_s, QString(64, u'c'));
        m_server.attach(u"doc-restricted"_s, QString(64, u'r'));
        m_server.addHeldBlob(QString(64, u'h'), u"u-m-an"_s);
    }

    void ancestryAndSubtree()
    {
        QCOMPARE(as(u"m-an"_s).ancestry(), QStringList({ u"cell-a"_s, u"d"_s, u"p"_s }));
        QCOMPARE(as(u"m-an"_s).subtree(), QStringList { u"cell-a"_s });
        QStringList subtree = as(u"committee"_s).subtree();
        subtree.sort();
        QCOMPARE(subtree, QStringList({ u"cell-a"_s, u"cell-b"_s, u"d"_s }));
    }

    void organizations()
    {
        const Visibility an = as(u"m-an"_s);
        QVERIFY(an.canSeeOrganization(u"p"_s));
        QVERIFY(an.canSeeOrganization(u"d"_s));
        QVERIFY(an.canSeeOrganization(u"cell-a"_s));
        QVERIFY(!an.canSeeOrganization(u"cell-b"_s));
        const Visibility committee = as(u"committee"_s);
        QVERIFY(committee.canSeeOrganization(u"p"_s));
        QVERIFY(committee.canSeeOrganization(u"cell-b"_s));
    }

    // A member of cell A does not see cell B's meeting; a secretary of B does not see A's; a
    // committee sees both.
    void meetingsOfTheOwnCellOnly()
    {
        QVERIFY(as(u"m-an"_s).canSeeMeeting(u"meet-a"_s));
        QVERIFY(!as(u"m-an"_s).canSeeMeeting(u"meet-b"_s));
        QVERIFY(as(u"m-cuong"_s).canSeeMeeting(u"meet-b"_s));
        QVERIFY(!as(u"m-dung"_s).canSeeMeeting(u"meet-a"_s));
        QVERIFY(as(u"committee"_s).canSeeMeeting(u"meet-a"_s));
        QVERIFY(as(u"committee"_s).canSeeMeeting(u"meet-b"_s));
        QVERIFY(!as(u"m-an"_s).canSeeMeeting(u"no-such-meeting"_s));
    }

    void documentsByAudience()
    {
        QVERIFY(as(u"m-an"_s).canSeeDocument(u"doc-province"_s));
        QVERIFY(!as(u"m-an"_s).canSeeDocument(u"doc-cell-b"_s));
        QVERIFY(as(u"m-cuong"_s).canSeeDocument(u"doc-cell-b"_s));
        QVERIFY(as(u"committee"_s).canSeeDocument(u"doc-cell-b"_s));
        // Withdrawn: nobody, not even its audience.
        QVERIFY(!as(u"m-an"_s).canSeeDocument(u"doc-withdrawn"_s));
        QVERIFY(!as(u"committee"_s).canSeeDocument(u"doc-withdrawn"_s));
    }

    void blobsThroughDocumentsOrHolding()
    {
        const QString cellB(64, u'b');
        QVERIFY(as(u"m-cuong"_s).canReadBlob(cellB));
        QVERIFY(!as(u"m-an"_s).canReadBlob(cellB));
        // Held: readable without any document.
        const QString held(64, u'h');
        QVERIFY(as(u"m-an"_s).holdsBlob(held));
        QVERIFY(as(u"m-an"_s).canReadBlob(held));
        QVERIFY(!as(u"m-binh"_s).canReadBlob(held));
        QVERIFY(!as(u"m-an"_s).canReadBlob(QString(64, u'0')));
    }

    // A restricted document's file is readable by its audience, never shareable; an internal
    // one's is.
    void restrictedFilesAreNotShared()
    {
        const QString restricted(64, u'r');
        QVERIFY(as(u"m-binh"_s).canReadBlob(restricted));
        QVERIFY(!as(u"m-binh"_s).canShareBlob(restricted));
        QVERIFY(as(u"m-binh"_s).canShareBlob(QString(64, u'c')));
        QVERIFY(as(u"m-an"_s).canShareBlob(QString(64, u'h')));
    }

    void secretaryOfOwnCellOnly()
    {
        QVERIFY(as(u"m-binh"_s).isSecretaryOfMember(u"m-an"_s));
        QVERIFY(!as(u"m-binh"_s).isSecretaryOfMember(u"m-cuong"_s));
        QVERIFY(!as(u"m-an"_s).isSecretaryOfMember(u"m-binh"_s));
        QVERIFY(!as(u"m-binh"_s).isSecretaryOfMember(QString()));
        QCOMPARE(as(u"m-an"_s).orgOfMember(u"m-cuong"_s), u"cell-b"_s);
    }

    // A hidden object exists (audited as denied); a missing one does not.
    void hiddenIsToldFromMissing()
    {
        QVERIFY(as(u"m-an"_s).exists(u"meetings"_s, u"meet-b"_s));
        QVERIFY(!as(u"m-an"_s).exists(u"meetings"_s, u"meet-z"_s));
        QVERIFY(!as(u"m-an"_s).exists(u"documents"_s, u"doc-withdrawn"_s));
        QVERIFY(as(u"m-an"_s).exists(u"blobs"_s, QString(64, u'h')));
    }
};

QTEST_GUILESS_MAIN(TestServerVisibility)
#include "tst_server_visibility.moc"
