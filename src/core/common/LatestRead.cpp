// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LatestRead.h"

namespace lac {

LatestRead::LatestRead(QObject* parent)
    : QObject(parent)
{}

LatestRead::~LatestRead()
{
    ++m_asked; // nothing more is handed back
    for (const QPointer<QThread>& worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

} // namespace lac
