// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace lac {

/// The next id of each table: the generator numbers rows itself, so the writer never has to
/// read an id back (the database is new and empty).
struct DemoIds
{
    qint64 child = 0;
    qint64 nhsNumber = 0;
    qint64 carePeriod = 0;
    qint64 episode = 0;
    qint64 assessment = 0;
    qint64 appointment = 0;
    qint64 paperworkIssue = 0;
    qint64 ooaRequest = 0;
    qint64 ooaChase = 0;

    static qint64 next(qint64& counter) { return ++counter; }
};

} // namespace lac
