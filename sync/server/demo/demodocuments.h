// The demo province's documents, written in assets/demo/documents.txt (compiled in as
// :/demo/documents.txt). Only Qt Core: the demo PDF generator (assets/demo/tools) reuses it.
//
// The file: '#' comment lines, then one record per document:
//   === <key>
//   kind: resolution            (and number, publisher, audience, classification, issued,
//   ...                          issuer, title; optional meeting: <cell key>, and any number
//   attach: <file> | <name>      of attach lines naming a PDF under assets/demo/attachments)
//   summary:
//   <paragraphs>
//   body:
//   <paragraphs, up to the next "===" line>
#pragma once

#include <QList>
#include <QString>
#include <optional>

// A PDF of the demo that goes with a document.
struct DemoAttachment
{
    QString file; // under assets/demo/attachments (resource :/demo/attachments/<file>)
    QString name; // the name members see
};

struct DemoDocument
{
    int line = 0; // where the record starts in the file
    QString key;
    QString kind;
    QString number;
    QString publisher; // organisation keys of DemoProvince
    QString audience;
    QString classification;
    QString issued; // YYYY-MM-DD
    QString issuer;
    QString title;
    QString meeting; // a cell key: linked to that cell's next meeting
    QString summary;
    QString body;
    QList<DemoAttachment> attachments;
};

class DemoDocuments
{
public:
    // Parses the file's text; nullopt with "line N: ..." in *error when it is malformed.
    [[nodiscard]] static std::optional<QList<DemoDocument>> parse(
        const QString &text, QString *error);
    // Reads and parses :/demo/documents.txt.
    [[nodiscard]] static std::optional<QList<DemoDocument>> load(QString *error);
};
