// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace lac {
namespace {

QRect availableFor(const QWidget* window)
{
    const QRect frame = window->frameGeometry();
    QScreen* screen = QGuiApplication::screenAt(frame.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

QSize sizeForScreen(const QWidget* window, QSize preferred)
{
    const QRect area = availableFor(window);
    if (area.isEmpty())
        return preferred;
    // Leave room for the window frame the window manager adds.
    return preferred.boundedTo(area.size() - QSize(16, 40));
}

void fitToScreen(QWidget* window)
{
    const QRect area = availableFor(window);
    if (area.isEmpty())
        return;
    const QSize frameExtra = window->frameGeometry().size() - window->geometry().size();
    const QSize room = area.size() - frameExtra.expandedTo(QSize(16, 40));
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room).expandedTo(window->minimumSize()));
    QRect frame = window->frameGeometry();
    frame.setSize(window->size() + frameExtra);
    if (area.contains(frame))
        return;
    QPoint to = frame.topLeft();
    to.setX(std::clamp(to.x(), area.left(), std::max(area.left(), area.right() - frame.width())));
    to.setY(std::clamp(to.y(), area.top(), std::max(area.top(), area.bottom() - frame.height())));
    window->move(to);
}

} // namespace lac
