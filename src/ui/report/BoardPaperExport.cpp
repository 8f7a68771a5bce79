// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BoardPaperExport.h"

#include "common/MonthField.h"
#include "report/BoardPaperPdfWriter.h"
#include "reporting/BoardPaperPublisher.h"
#include "reporting/ReportHtmlWriter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>

namespace lac {

BoardPaperCover BoardPaperExport::coverFrom(const QString& author, const QString& purpose,
                                            const QString& recommendations)
{
    BoardPaperCover cover;
    cover.author = author.simplified();
    cover.purpose = purpose.trimmed();
    for (const QString& line : recommendations.split(u'\n')) {
        // "1. The Board notes…" typed with its own number keeps one number, not two.
        static const QRegularExpression number(QStringLiteral("^\\s*(\\d+[.)]|[-*•])\\s*"));
        const QString text = QString(line).remove(number).trimmed();
        if (!text.isEmpty())
            cover.recommendations << text;
    }
    return cover;
}

void BoardPaperExport::run(QWidget* parent, const TimelinessReportService& reports,
                           const SettingsStore& settings, const AuditLog& audit, const Today& today,
                           const ReportSections* sections)
{
    const ReportSettings reportSettings = ReportSettings::load(settings);
    const ReportRequest quarter = ReportRequest::lastCompleteQuarter(today());
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export board paper"));
    auto* from = new MonthField(quarter.firstMonth, &dialog);
    auto* to = new MonthField(quarter.lastMonth, &dialog);
    auto* suppress = new QSpinBox(&dialog);
    suppress->setRange(0, 100);
    suppress->setValue(reportSettings.suppressionThreshold);
    suppress->setToolTip(tr("Counts from 1 to N-1 are shown as \"<N\". 0 turns suppression off: "
                            "only for papers that will not be published."));
    // What every committee template asks for besides the figures; kept for the next paper.
    QSettings remembered;
    auto* author =
        new QLineEdit(remembered.value(QStringLiteral("boardPaper/author")).toString(), &dialog);
    author->setObjectName(QStringLiteral("author"));
    author->setPlaceholderText(tr("e.g. Jo Smith, Designated Nurse for Looked After Children"));
    auto* purpose = new QPlainTextEdit(
        remembered.value(QStringLiteral("boardPaper/purpose")).toString(), &dialog);
    purpose->setObjectName(QStringLiteral("purpose"));
    purpose->setTabChangesFocus(true);
    purpose->setMaximumHeight(70);
    purpose->setPlaceholderText(
        tr("e.g. To update the Board on the timeliness of health assessments"));
    auto* recommendations = new QPlainTextEdit(
        remembered.value(QStringLiteral("boardPaper/recommendations")).toString(), &dialog);
    recommendations->setObjectName(QStringLiteral("recommendations"));
    recommendations->setTabChangesFocus(true);
    recommendations->setMaximumHeight(90);
    recommendations->setPlaceholderText(tr("One per line, e.g. The Board notes the report"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("First month"), from);
    form->addRow(tr("Last month"), to);
    form->addRow(tr("Hide counts below"), suppress);
    form->addRow(tr("Report of"), author);
    form->addRow(tr("Purpose"), purpose);
    form->addRow(tr("Recommendations"), recommendations);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    remembered.setValue(QStringLiteral("boardPaper/author"), author->text().trimmed());
    remembered.setValue(QStringLiteral("boardPaper/purpose"), purpose->toPlainText().trimmed());
    remembered.setValue(QStringLiteral("boardPaper/recommendations"),
                        recommendations->toPlainText().trimmed());
    // Choosing the suppression and attacking it takes a few seconds for a year's paper.
    const BoardPaperPublisher publisher(reports, audit, sections);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto paper = publisher.prepare(
        ReportRequest{from->month(), to->month(), today()}, suppress->value(),
        coverFrom(author->text(), purpose->toPlainText(), recommendations->toPlainText()));
    QGuiApplication::restoreOverrideCursor();
    if (!paper) {
        QMessageBox::warning(parent, tr("Export board paper"), paper.failure().text());
        return;
    }
    const PublishedReport& published = paper->published;
    if (!paper->attack.leak.isEmpty()) {
        // Never write a public paper from which a hidden count can be worked out.
        QMessageBox::warning(parent, tr("Export board paper"),
                             tr("The board paper was not written: %1. Raise the threshold or "
                                "choose a longer period.")
                                 .arg(paper->attack.leak));
        return;
    }
    const TimelinessReport& report = published.report();
    const QString suggested = QStringLiteral("board-paper-%1-to-%2.pdf")
                                  .arg(report.firstMonth.toString(QStringLiteral("yyyy-MM")),
                                       report.lastMonth.toString(QStringLiteral("yyyy-MM")));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export board paper"), suggested,
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status written = BoardPaperPdfWriter::writeFile(published, path, paper->sections);
        !written) {
        QMessageBox::warning(parent, tr("Export board paper"), written.failure().text());
        return;
    }
    const QString htmlPath = QFileInfo(path).path() + QLatin1Char('/') +
                             QFileInfo(path).completeBaseName() + QStringLiteral(".html");
    QSaveFile html(htmlPath);
    const QByteArray bytes = ReportHtmlWriter::write(published, paper->sections);
    const bool htmlOk =
        html.open(QIODevice::WriteOnly) && html.write(bytes) == bytes.size() && html.commit();
    if (Status recorded =
            publisher.recordExport(paper.value(), QStringLiteral("pdf board paper"), path);
        !recorded) {
        // Written but not in the audit trail: say so, since the next paper is attacked with it.
        QMessageBox::warning(parent, tr("Export board paper"), recorded.failure().text());
        return;
    }
    QMessageBox::information(parent, tr("Export board paper"),
                             htmlOk ? tr("The board paper was saved to %1, with an accessible HTML "
                                         "copy at %2.")
                                          .arg(path, htmlPath)
                                    : tr("The board paper was saved to %1.").arg(path));
}

} // namespace lac
