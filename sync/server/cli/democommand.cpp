#include "cli/democommand.h"

#include "cli/commandcontext.h"
#include "cli/signingkeyfile.h"
#include "db/sqlrunner.h"
#include "demo/demoloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString DemoCommand::usage()
{
    return u"  demo   --db <db> --accounts <file> [--history full|none]\n"
           "                       load the demo province (Sơn Lâm) into a new database and\n"
           "                       write its demo accounts and passwords to <file> as JSON;\n"
           "                       its documents are signed: beside <file> go the demo's root\n"
           "                       key (root-key.secret, 0600; root-key.pub, the public key\n"
           "                       for the app's --root-key) and its signers' key files\n"
           "                       (signer-<login>.json, 0600); --history full (the default)\n"
           "                       adds its past year (monthly meetings, members' accounts\n"
           "                       and phones, monthly documents and their reading) for the\n"
           "                       committees' dashboard; none leaves it out (faster: tests)\n"_s;
}

int DemoCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"demo"_s, arguments, usage());
    const QCommandLineOption accountsOption(u"accounts"_s, u"Accounts file."_s, u"file"_s);
    const QCommandLineOption historyOption(
        u"history"_s, u"The past year: full (default) or none."_s, u"full|none"_s);
    context.addOptions({ accountsOption, historyOption });
    if (!context.parse())
        return context.exitCode();
    DemoLoader::History history = DemoLoader::History::Full;
    if (context.parser().isSet(historyOption)) {
        const QString value = context.parser().value(historyOption);
        if (value == "none"_L1)
            history = DemoLoader::History::None;
        else if (value != "full"_L1)
            return context.fail(
                CL::BadUsage, u"demo: --history must be full or none, not \"%1\""_s.arg(value));
    }
    const auto accountsPath = context.requireValue(accountsOption);
    if (!accountsPath)
        return context.exitCode();
    // Checked before loading: the passwords exist only in this file.
    const QFileInfo accountsDir(QFileInfo(*accountsPath).absolutePath());
    if (QFileInfo(*accountsPath).isDir())
        return CL::fail(
            CL::Failure, u"cannot write the accounts file: %1 is a directory"_s.arg(*accountsPath));
    if (!accountsDir.isDir() || !accountsDir.isWritable())
        return CL::fail(CL::Failure,
            u"cannot write the accounts file: %1 is not a writable directory"_s.arg(
                accountsDir.filePath()));

    QElapsedTimer timer;
    timer.start();
    if (!context.openDatabase(CommandContext::Schema::Migrate))
        return context.exitCode();
    QString error;
    DemoLoader loader(context.database());
    loader.setHistory(history);
    std::optional<DemoLoader::Summary> summary;
    const PublicationSignature::KeyPair root = PublicationSignature::generateKeyPair();
    if (root.secretKey.isEmpty())
        return CL::fail(CL::Failure, u"libsodium could not make the demo's root key"_s);
    try {
        summary = loader.load(&error, root);
    } catch (const DbError &dbError) {
        return CL::fail(CL::Failure,
            u"loading the demo failed, nothing was changed: %1"_s.arg(dbError.detail()));
    }
    if (!summary)
        return CL::fail(CL::Failure, error);

    QSaveFile file(*accountsPath);
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly) || file.write(DemoAccounts::toJson(summary->accounts)) < 0
        || !file.commit())
        return CL::fail(CL::Failure,
            u"the demo is loaded, but the accounts file %1 could not be written: %2"_s.arg(
                *accountsPath, file.errorString()));
    if (!QFile::setPermissions(*accountsPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return CL::fail(CL::Failure, u"cannot restrict the permissions of %1"_s.arg(*accountsPath));

    // The demo's keys beside the accounts file; a new demo replaces an older demo's keys.
    const QDir dir(accountsDir.absoluteFilePath());
    const QString rootPublic = dir.filePath(u"root-key.pub"_s);
    if (!SigningKeyFile::writeRoot(
            dir.filePath(u"root-key.secret"_s), { root.publicKey, root.secretKey }, true, &error))
        return CL::fail(CL::Failure, u"the demo is loaded, but "_s + error);
    for (const DemoSigner &signer : std::as_const(summary->signers)) {
        if (!SigningKeyFile::writeSigner(dir.filePath(u"signer-%1.json"_s.arg(signer.login)),
                { signer.signerId, signer.secretKey }, true, &error))
            return CL::fail(CL::Failure, u"the demo is loaded, but "_s + error);
    }
    QSaveFile publicFile(rootPublic);
    if (!publicFile.open(QIODevice::WriteOnly)
        || publicFile.write(PublicationSignature::toBase64(root.publicKey).toLatin1() + '\n') < 0
        || !publicFile.commit())
        return CL::fail(CL::Failure,
            u"the demo is loaded, but %1 could not be written: %2"_s.arg(
                rootPublic, publicFile.errorString()));

    CL::print(u"loaded the demo province Sơn Lâm into %1 in %2 s: %3 organisations, %4 members, "
              "%5 documents (%6 attachments), %7 meetings"_s.arg(context.spec().toDisplayString())
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(summary->organizations)
                  .arg(summary->members)
                  .arg(summary->documents)
                  .arg(summary->attachments)
                  .arg(summary->meetings));
    if (history == DemoLoader::History::Full)
        CL::print(u"its past year: %1 meetings held, %2 members' accounts (no password: only the "
                  "demo accounts sign in) with %3 devices, %4 read receipts"_s
                      .arg(summary->historyMeetings)
                      .arg(summary->memberAccounts)
                      .arg(summary->devices)
                      .arg(summary->readReceipts));
    CL::print(u"%1 demo accounts written to %2"_s.arg(summary->accounts.size()).arg(*accountsPath));
    CL::print(u"%1 documents signed by %2 signers certified by the demo's root key %3 (%4)"_s
                  .arg(summary->documents)
                  .arg(summary->signers.size())
                  .arg(rootPublic, PublicationSignature::fingerprint(root.publicKey)));
    return CL::Success;
}
