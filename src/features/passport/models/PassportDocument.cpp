// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/models/PassportDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <functional>

namespace lac {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString longDate(QDate d)
{
    return d.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                             .toString(d, QStringLiteral("d MMMM yyyy"))
                       : QString();
}

QString nhsNumber(const QString& n)
{
    return n.size() == 10 ? n.left(3) + QLatin1Char(' ') + n.mid(3, 3) + QLatin1Char(' ') + n.mid(6)
                          : n;
}

/// The "how to" text: a line on its own after a blank line is a subheading.
QString howToHtml(const QString& text)
{
    QString out;
    for (const QString& block : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString heading = block.section(QLatin1Char('\n'), 0, 0).trimmed();
        const QString rest = block.section(QLatin1Char('\n'), 1).trimmed();
        if (rest.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(esc(heading));
        else
            out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(heading), esc(rest));
    }
    return out;
}

/// Large, plain, high-contrast type; sizes in rem so that the reader's own setting scales it.
const char* webStyle =
    "body { font-family: Arial, 'DejaVu Sans', sans-serif; font-size: 1.25rem; line-height: 1.5; "
    "color: #0b0c0c; background: #ffffff; margin: 0 auto; max-width: 40em; padding: 1em; }"
    "h1 { font-size: 2rem; color: #005eb8; } h2 { font-size: 1.5rem; color: #005eb8; "
    "margin-top: 1.5em; } h3 { font-size: 1.25rem; }"
    "table { border-collapse: collapse; } th, td { text-align: left; vertical-align: top; "
    "padding: 0.25em 1em 0.25em 0; } .note { color: #333333; }";

/// Writes a copy through \a fill into \a path whole or not at all (QSaveFile), for both the
/// booklet and the web page.
Status saveAs(const QString& path, const std::function<void(QIODevice&)>& fill)
{
    const QFileInfo where(path);
    if (!where.absoluteDir().exists())
        return Failure{PassportDocument::tr("the folder does not exist"), where.absolutePath()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{PassportDocument::tr("could not write the file: %1").arg(file.errorString()),
                       path};
    fill(file);
    if (!file.commit())
        return Failure{PassportDocument::tr("could not write the file: %1").arg(file.errorString()),
                       path};
    return {};
}

const char* style = "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; "
                    "color: #1a1a1a; }"
                    "h1 { font-size: 22pt; color: #005eb8; margin-bottom: 6px; }"
                    "h2 { font-size: 15pt; color: #005eb8; margin-top: 18px; margin-bottom: 4px; }"
                    "h3 { font-size: 12pt; margin-top: 10px; margin-bottom: 2px; }"
                    "p { margin-top: 2px; margin-bottom: 6px; line-height: 130%; }"
                    "td { font-size: 11pt; }"
                    ".label { font-weight: bold; }"
                    ".note { color: #444444; font-size: 10pt; }"
                    ".own { font-size: 12pt; font-style: italic; }";

} // namespace

QString PassportDocument::html(const PassportCopy& c, Flavour flavour)
{
    const bool web = flavour == Flavour::WebPage;
    const QString title = esc(tr("Health passport: %1").arg(c.identity.name));
    QString h = web ? QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\"><head>"
                                     "<meta charset=\"utf-8\"><meta name=\"viewport\" "
                                     "content=\"width=device-width, initial-scale=1\">"
                                     "<title>%1</title><style>%2</style></head><body><main>")
                          .arg(title, QString::fromLatin1(webStyle))
                    : QStringLiteral("<html><head><title>%1</title></head><body>").arg(title);
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("My health passport")));
    h += QStringLiteral("<p class=\"own\">%1</p>").arg(esc(c.identity.name));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("This booklet is yours to keep. It has your health history in one "
                         "place, so you can tell a doctor, a nurse or a dentist about it when "
                         "you need to. It is private: you choose who sees it.")));
    h += QStringLiteral("<h2>%1</h2><table cellpadding=\"2\">").arg(esc(tr("About you")));
    // A screen reader announces a header cell with each value: the web page uses real ones.
    const auto row = [web](const QString& label, const QString& value) {
        return (web ? QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>")
                    : QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>"))
            .arg(esc(label), esc(value));
    };
    h += row(tr("Name"), c.identity.name);
    h += row(tr("Date of birth"), longDate(c.identity.dateOfBirth));
    h += row(tr("NHS number"),
             c.identity.nhsNumber.isEmpty() ? tr("ask your GP") : nhsNumber(c.identity.nhsNumber));
    h += QStringLiteral("</table>");
    if (!c.ownWords.isEmpty())
        h += QStringLiteral("<h2>%1</h2><p class=\"own\">%2</p>")
                 .arg(esc(tr("In my own words")), esc(c.ownWords));
    for (const PassportCopySection& s : c.sections) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(PassportCopy::sectionTitle(s.section)));
        for (const PassportCopyEntry& e : s.entries) {
            if (e.label.isEmpty())
                h += QStringLiteral("<p>%1</p>").arg(esc(e.text));
            else
                h += QStringLiteral("<p><span class=\"label\">%1:</span> %2</p>")
                         .arg(esc(e.label), esc(e.text));
        }
    }
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Your vaccinations")));
    if (c.immunisations.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("We have no record of your vaccinations. Your GP can check "
                             "which ones you have had.")));
    } else {
        h += (web ? QStringLiteral("<table><tr><th scope=\"col\">%1</th><th scope=\"col\">%2"
                                   "</th></tr>")
                  : QStringLiteral("<table cellpadding=\"2\"><tr><td class=\"label\">%1</td>"
                                   "<td class=\"label\">%2</td></tr>"))
                 .arg(esc(tr("When")), esc(tr("Vaccine")));
        for (const PassportDose& d : c.immunisations)
            h += QStringLiteral("<tr><td nowrap>%1</td><td>%2</td></tr>")
                     .arg(esc(longDate(d.given)), esc(d.vaccine));
        h += QStringLiteral("</table>");
    }
    if (!c.howTo.isEmpty())
        h += QStringLiteral("<h2>%1</h2>%2")
                 .arg(esc(tr("Looking after your health")), howToHtml(c.howTo));
    if (!c.changes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("What is new in this copy")));
        for (const QString& line : c.changes)
            h += QStringLiteral("<p>• %1</p>").arg(esc(line));
    }
    h += QStringLiteral("<p class=\"note\"><br>%1</p>")
             .arg(esc(tr("Copy %1, checked by your LAC nurse on %2. If anything here is wrong or "
                         "you want a new copy, ask your nurse or your personal adviser.")
                          .arg(c.number)
                          .arg(longDate(c.signedOff))));
    h += web ? QStringLiteral("</main></body></html>\n") : QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<PassportRenderer> PassportDocument::forPath(const QString& path)
{
    // A file name's ending, not a stored code: what the person chose in the save dialog.
    const QStringList webPage{QStringLiteral("html"), QStringLiteral("htm")};
    if (webPage.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive))
        return std::make_unique<PassportWebPage>();
    return std::make_unique<PassportDocument>();
}

Status PassportWebPage::write(const PassportCopy& copy, const QString& path) const
{
    return saveAs(path, [&copy](QIODevice& file) {
        file.write(PassportDocument::html(copy, PassportDocument::Flavour::WebPage).toUtf8());
    });
}

void PassportDocument::fill(QTextDocument& document, const PassportCopy& copy)
{
    document.setDefaultStyleSheet(QString::fromLatin1(style));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setHtml(html(copy));
    document.setMetaInformation(QTextDocument::DocumentTitle,
                                tr("Health passport: %1").arg(copy.identity.name));
}

Status PassportDocument::write(const PassportCopy& copy, const QString& path) const
{
    return saveAs(path, [&copy](QIODevice& file) {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        // QTextDocument::print() keeps 2 cm margins inside the page: on A5 that is enough.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(tr("Health passport: %1").arg(copy.identity.name));
        writer.setCreator(QStringLiteral("LAC Health Tracker"));
        QTextDocument document;
        fill(document, copy);
        document.print(&writer);
    });
}

} // namespace lac
