// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// Where a database file lives: on this PC's own disk or on a network share.
///
/// SQLite's write-ahead log needs shared memory that network file systems (SMB/CIFS, NFS) do
/// not provide, and their byte-range locks are unreliable, so a database on a share must use
/// the rollback journal and its users must be warned (docs/deployment.md).
class StorageLocation
{
public:
    enum class Kind
    {
        Local,
        Network,
    };

    /// Inspects the folder that holds \a path (the file need not exist yet). Linux: statfs
    /// f_type (NFS, SMB, SMB2, CIFS, FUSE-mounted sshfs); Windows: UNC paths and
    /// GetDriveType() == DRIVE_REMOTE. Anything else is treated as local.
    static StorageLocation of(const QString& path);

    Kind kind() const { return m_kind; }
    bool isNetwork() const { return m_kind == Kind::Network; }
    /// The file system's name as detected ("nfs", "cifs", "smb2", "unc", "remote drive"), for
    /// messages; empty on a local disk.
    QString fileSystem() const { return m_fileSystem; }

private:
    Kind m_kind = Kind::Local;
    QString m_fileSystem;
};

} // namespace lac
