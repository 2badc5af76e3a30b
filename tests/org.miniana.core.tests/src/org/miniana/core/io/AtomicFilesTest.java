/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writtenFilesGetTheUsualPermissionsNotPrivateOnes(@TempDir Path folder) throws IOException {
        Path written = folder.resolve("summary.json");
        AtomicFiles.write(written, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        Path usual = Files.createFile(folder.resolve("usual"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(written));
        assertEquals("{}", Files.readString(written));
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("paper.tex");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFolderWhereTheFileBelongsIsNamedNotTheTemporaryFile(@TempDir Path folder) throws IOException {
        Path target = Files.createDirectories(folder.resolve("out.json"));
        var error = assertThrows(FileSystemException.class, () -> AtomicFiles.write(target, out -> out.write(1)));
        assertEquals(target + ": a folder, where a file belongs", error.getMessage());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "nothing written beside it");
        }
    }
}
