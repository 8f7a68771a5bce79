// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace lac {

/// What to import and how: the same request serves the command line and the window.
struct ImportRequest
{
    enum class Source
    {
        Ssda903,     ///< a folder with header.csv, episodes.csv and optionally uasc.csv
        Assessments, ///< one CSV of past assessments
    };

    Source source = Source::Ssda903;
    QString path; ///< the folder (SSDA903) or the file (assessments)
    /// Validate and count, write nothing (the preview).
    bool dryRun = false;
    /// Write the valid rows and put the rejected ones in rejectedPath; by default any invalid
    /// row stops the whole import.
    bool skipInvalid = false;
    /// Where --skip-invalid writes the rejected rows: a folder for SSDA903 (same file names,
    /// so it can be corrected and imported again), a .csv for assessments. Empty: beside the
    /// imported file or folder, with a time stamp — never the current directory, because the
    /// rows are children's personal data.
    QString rejectedPath;
    /// Set from another thread to stop part-way; nothing is written.
    const std::atomic_bool* cancel = nullptr;
    /// Called now and then with a fraction 0..1 and what is happening.
    std::function<void(double, const QString&)> progress;
};

} // namespace lac
