// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passport/core/PassportService.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace lac {

/// The young person's copy as an A5 booklet PDF: plain English, large type, one heading per
/// section, their own words first. It prints only what the signed-off copy holds (items not
/// to be shared were left out when the copy was made), and it is written only through
/// PassportService::exportCopy, which audits it: never through the board paper's writers.
///
/// Qt 6.4's QPdfWriter makes an untagged PDF (no structure tree, so a screen reader gets the
/// text in reading order but not the headings as headings). The writer therefore sets the
/// document's title and language-neutral metadata, embeds the fonts (PDF/A-1b), keeps the
/// text as real text, and uses one column in reading order.
class PassportDocument : public PassportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(lac::PassportDocument)

public:
    enum class Flavour
    {
        Booklet, ///< Qt's rich text, for the PDF and the preview
        WebPage, ///< standard HTML for a browser and a screen reader (PassportWebPage)
    };
    /// The booklet as HTML for a QTextDocument (also the tab's preview), or as a web page.
    static QString html(const PassportCopy& copy, Flavour flavour = Flavour::Booklet);
    /// Lays \a copy out in \a document at A5 (for a preview or a PDF).
    static void fill(QTextDocument& document, const PassportCopy& copy);
    Status write(const PassportCopy& copy, const QString& path) const override;
    /// The writer for \a path: a web page for .html or .htm, else the PDF booklet.
    static std::unique_ptr<PassportRenderer> forPath(const QString& path);
};

/// The accessible copy, since Qt 6.4 cannot tag a PDF: one HTML file with real headings
/// (h1, h2, h3), table headers a screen reader announces, the language set, large type that
/// the reader's browser can enlarge further, and nothing fetched from anywhere. The same
/// content as the booklet, written through the same audited export.
class PassportWebPage : public PassportRenderer
{
public:
    Status write(const PassportCopy& copy, const QString& path) const override;
};

} // namespace lac
