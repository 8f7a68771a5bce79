// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace lac {

/// Keeps a top-level window on a screen it can be used on. Council laptops are often
/// 1024×700: a window restored at its size from a larger monitor, or at a position on a
/// monitor that is no longer plugged in, opened off-screen or wider than the screen.
/// Call after restoreGeometry(), before the window is shown: the window is made no larger
/// than the available area of the screen under its centre (or the primary screen) and moved
/// so that all of it is visible.
void fitToScreen(QWidget* window);

/// \a preferred, no larger than the available area of the window's screen (a first start
/// has no saved geometry).
QSize sizeForScreen(const QWidget* window, QSize preferred);

} // namespace lac
