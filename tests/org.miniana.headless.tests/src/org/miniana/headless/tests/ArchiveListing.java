/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** The entries of a product archive, a zip or a tar.gz as Tycho writes them (POSIX tar with PAX headers). */
final class ArchiveListing {

    /** An entry: its path (folders end with '/') and, in a tar, its permission bits (0 in a zip). */
    record Entry(String path, int mode) {
        boolean executable() {
            return (mode & 0100) != 0;
        }
    }

    private ArchiveListing() {
    }

    static List<Entry> read(Path archive) throws IOException {
        return archive.getFileName().toString().endsWith(".zip") ? readZip(archive) : readTarGz(archive);
    }

    private static List<Entry> readZip(Path archive) throws IOException {
        try (var zip = new ZipFile(archive.toFile())) {
            return Collections.list(zip.entries()).stream().map(entry -> new Entry(entry.getName(), 0)).toList();
        }
    }

    private static List<Entry> readTarGz(Path archive) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (var tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.add(new Entry(entry.getName(), entry.getMode()));
            }
        }
        return entries;
    }
}
