/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a set of datacards is read from: a folder, or resources shipped inside a bundle. */
public interface CardLocation {

    /** The name of a card for messages, e.g. its path. */
    String describe(String relativePath);

    InputStream open(String relativePath) throws IOException;

    static CardLocation directory(Path directory) {
        return new CardLocation() {
            @Override
            public String describe(String relativePath) {
                return directory.resolve(relativePath).toString();
            }

            @Override
            public InputStream open(String relativePath) throws IOException {
                Path file = directory.resolve(relativePath);
                if (Files.isDirectory(file)) {
                    // it would open, and fail on the first read with a message naming no file
                    throw new FileSystemException(describe(relativePath), null, "a folder, where a file belongs");
                }
                try {
                    return Files.newInputStream(file);
                } catch (NoSuchFileException e) {
                    throw new FileNotFoundException("No such file: " + describe(relativePath));
                }
            }
        };
    }

    /** Resources below {@code base} (e.g. "/datasets/ra2-sus-16-014/") on the class path of {@code anchor}. */
    static CardLocation resources(Class<?> anchor, String base) {
        return new CardLocation() {
            @Override
            public String describe(String relativePath) {
                return base + relativePath;
            }

            @Override
            public InputStream open(String relativePath) throws IOException {
                InputStream in = anchor.getResourceAsStream(base + relativePath);
                if (in == null) {
                    throw new FileNotFoundException("No bundled resource " + describe(relativePath));
                }
                return in;
            }
        };
    }
}
