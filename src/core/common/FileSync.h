// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// Flushes a file, or a folder's list of files, from the operating system's cache to the disk,
/// so that a backup reported as made survives a power cut a second later. Qt has no portable
/// call for this (QFile::flush only empties Qt's own buffer).
class FileSync
{
public:
    static bool syncFile(const QString& path);
    /// After a rename: makes the new name itself durable (POSIX; a no-op on Windows).
    static bool syncFolder(const QString& path);
};

} // namespace lac
