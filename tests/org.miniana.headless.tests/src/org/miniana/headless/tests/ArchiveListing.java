/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

/**
 * The entries of a product archive, a zip or a tar.gz as Tycho writes them (POSIX tar: long paths
 * in PAX headers). No tar library is in the target platform, and only names and modes are needed.
 */
final class ArchiveListing {

    /** An entry: its path (folders end with '/') and, in a tar, its permission bits (0 in a zip). */
    record Entry(String path, int mode) {
        boolean executable() {
            return (mode & 0100) != 0;
        }
    }

    private static final int BLOCK = 512;

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
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16)) {
            String longPath = null;
            byte[] header = new byte[BLOCK];
            while (readBlock(in, header) && !allZero(header)) {
                char type = (char) header[156];
                long size = octal(header, 124, 12);
                switch (type) {
                    case 'x' -> longPath = paxPath(content(in, size, archive), (int) size, longPath);
                    case 'L' -> longPath = text(content(in, size, archive), 0, (int) size);
                    default -> {
                        in.skipNBytes(roundUp(size));
                        // 'g', a global PAX header, holds nothing the listing needs
                        if (type != 'g') {
                            entries.add(new Entry(longPath != null ? longPath : name(header),
                                    (int) octal(header, 100, 8)));
                            longPath = null;
                        }
                    }
                }
            }
        }
        return entries;
    }

    /** The blocks of an entry's content (a header's: a few hundred bytes). */
    private static byte[] content(InputStream in, long size, Path archive) throws IOException {
        byte[] data = in.readNBytes((int) roundUp(size));
        if (data.length < roundUp(size)) {
            throw new EOFException(archive + ": an entry is cut off");
        }
        return data;
    }

    /** The path the PAX records ({@code "LENGTH key=value\n"}) give, else {@code previous}. */
    private static String paxPath(byte[] data, int size, String previous) {
        String path = previous;
        int at = 0;
        while (at < size) {
            int space = indexOf(data, (byte) ' ', at);
            int length = Integer.parseInt(text(data, at, space - at));
            String record = new String(data, space + 1, length - (space + 1 - at) - 1, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                path = record.substring("path=".length());
            }
            at += length;
        }
        return path;
    }

    /** The ustar name: prefix/name when the header has a prefix. */
    private static String name(byte[] header) {
        String name = text(header, 0, 100);
        boolean ustar = text(header, 257, 5).equals("ustar");
        String prefix = ustar ? text(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        return read == BLOCK;
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = text(header, offset, length).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }

    /** The bytes up to the first NUL, as UTF-8. */
    private static String text(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("malformed PAX header");
    }

    private static long roundUp(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }
}
