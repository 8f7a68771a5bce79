// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

/// The look of the printed board paper (A4 geometry, colours, fonts, a table row), apart from
/// the layout code in BoardPaperPdfWriter.cpp so that each stays short: every block of the
/// paper draws with these, so pages look alike whatever they hold.
namespace lac::boardpaper {

// Page geometry in points (A4 portrait).
inline constexpr double pageWidth = 595.0;
inline constexpr double pageHeight = 842.0;
inline constexpr double marginX = 45.0;
inline constexpr double marginTop = 45.0;
inline constexpr double marginBottom = 55.0;
inline constexpr double contentWidth = pageWidth - 2 * marginX;
inline constexpr int monthsPerTable = 6;

inline const QColor ink(0x0b, 0x0c, 0x0c);
inline const QColor grey(0x50, 0x5a, 0x5f);
inline const QColor rule(0xb1, 0xb4, 0xb6);
inline const QColor shade(0xf3, 0xf2, 0xf1);
inline const QColor blue(0x1d, 0x70, 0xb8);

/// Pixel-size fonts: the painter is scaled to points, so a "pixel" is a point.
inline QFont font(int points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(points);
    f.setBold(bold);
    return f;
}

/// One printed row of a table.
struct TableRow
{
    QStringList cells;
    bool bold = false;
    bool groupStart = false; ///< the first of a group of three (the board table's split)
    bool shaded = false;
};

} // namespace lac::boardpaper
