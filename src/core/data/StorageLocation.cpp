// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/StorageLocation.h"

#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace lac {
namespace {

/// The nearest existing folder at or above \a path's folder, so a new database can be checked.
[[maybe_unused]] QString existingFolder(const QString& path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        if (!dir.cdUp())
            break;
    }
    return dir.absolutePath();
}

} // namespace

StorageLocation StorageLocation::of(const QString& path)
{
    StorageLocation result;
#if defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\"))) {
        result.m_kind = Kind::Network;
        result.m_fileSystem = QStringLiteral("unc");
        return result;
    }
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE) {
        result.m_kind = Kind::Network;
        result.m_fileSystem = QStringLiteral("remote drive");
    }
#elif defined(Q_OS_LINUX)
    struct statfs fs
    {
    };
    const QByteArray folder = QFile::encodeName(existingFolder(path));
    if (statfs(folder.constData(), &fs) == 0) {
        // Magic numbers from linux/magic.h (not included: it is not on every build machine).
        switch (static_cast<unsigned long>(fs.f_type)) {
        case 0x6969UL: // NFS_SUPER_MAGIC
            result.m_fileSystem = QStringLiteral("nfs");
            break;
        case 0x517BUL: // SMB_SUPER_MAGIC
            result.m_fileSystem = QStringLiteral("smb");
            break;
        case 0xFE534D42UL: // SMB2_MAGIC_NUMBER
            result.m_fileSystem = QStringLiteral("smb2");
            break;
        case 0xFF534D42UL: // CIFS_MAGIC_NUMBER
            result.m_fileSystem = QStringLiteral("cifs");
            break;
        case 0x65735546UL: // FUSE_SUPER_MAGIC (sshfs and friends)
            result.m_fileSystem = QStringLiteral("fuse");
            break;
        default:
            break;
        }
        if (!result.m_fileSystem.isEmpty())
            result.m_kind = Kind::Network;
    }
#else
    Q_UNUSED(path)
#endif
    return result;
}

} // namespace lac
