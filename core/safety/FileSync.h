#pragma once

#include <QString>

namespace rapport {

// Small file-system helpers for copies that must survive a power cut and stay private.
class FileSync
{
public:
    // Flushes the file's data to the disk (fsync / F_FULLFSYNC / FlushFileBuffers).
    static bool flush(const QString& path);
    // Flushes a folder's entries, so a rename inside it survives a power cut (no-op where not needed).
    static void flushFolder(const QString& folder);
    // Whether files can be created in the folder. Windows reports folders with the (ignored) read-only
    // attribute as unwritable, so there it answers true and leaves the verdict to the write itself.
    static bool folderWritable(const QString& folder);
    // Read and write for the owner only (0600 on Unix).
    static bool setOwnerOnly(const QString& path);
    // Creates an empty owner-only file; fails if it exists.
    static bool createOwnerOnly(const QString& path, QString* error);
};

} // namespace rapport
