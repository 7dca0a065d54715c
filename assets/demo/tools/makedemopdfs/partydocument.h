// A demo document laid out like a Party document (header with the issuing committee and
// "ĐẢNG CỘNG SẢN VIỆT NAM", number, place and date, title, body, signature): as a text PDF,
// as a "scanned" PDF (page images with paper grain and a red seal), or an appendix table.
#pragma once

#include "demodocuments.h"

#include <QString>

class PartyDocument
{
public:
    explicit PartyDocument(const DemoDocument &document);

    // Writes a PDF with selectable text (fonts embedded, Vietnamese shown as written).
    bool writeText(const QString &path) const;
    // Writes a PDF of page images, as a scanner would, with the committee's seal.
    bool writeScan(const QString &path) const;
    // Writes the assignment table that goes with the plan (Phụ lục).
    bool writeAppendix(const QString &path) const;

private:
    // The document as rich text for QTextDocument at `dpi` (pixel sizes scale with it).
    [[nodiscard]] QString html(int dpi) const;

    DemoDocument m_document;
};
