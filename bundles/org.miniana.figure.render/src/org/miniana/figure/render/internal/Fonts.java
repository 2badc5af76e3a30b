/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.render.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.miniana.core.UserDirectories;

/**
 * The typefaces of the figures: DejaVu Sans (wide Unicode coverage: Greek, arrows, combining
 * accents), read from its TrueType files where fontconfig keeps them (Debian: fonts-dejavu-core),
 * so that PNG and PDF use the very same glyphs and the PDF can embed them. Without the files, the
 * JDK's logical sans-serif font is used and PDF text is drawn as outlines.
 */
public final class Fonts {

    /** File names of the plain, bold and italic faces. */
    private static final Map<Integer, String> FILES = Map.of(Font.PLAIN, "DejaVuSans.ttf", Font.BOLD,
            "DejaVuSans-Bold.ttf", Font.ITALIC, "DejaVuSans-Oblique.ttf");
    private static final List<Path> FONT_DIRECTORIES = List.of(Path.of("/usr/share/fonts"),
            Path.of("/usr/local/share/fonts"), UserDirectories.home().resolve(".local/share/fonts"),
            UserDirectories.home().resolve(".fonts"));
    private static final Fonts INSTANCE = load();

    private final Map<Integer, Face> faces;

    /** A face: the font at size 1 and its file, when it came from one. */
    public record Face(Font font, Optional<Path> file) {
    }

    private Fonts(Map<Integer, Face> faces) {
        this.faces = faces;
    }

    public static Fonts get() {
        return INSTANCE;
    }

    /** The face of a style: Font.PLAIN, Font.BOLD or Font.ITALIC. */
    public Face face(int style) {
        return faces.get(style);
    }

    public Font font(int style, double size) {
        return face(style).font().deriveFont((float) size);
    }

    private static Fonts load() {
        Map<Integer, Face> faces = new java.util.HashMap<>();
        FILES.forEach((style, name) -> faces.put(style, find(name).map(Fonts::read)
                .orElseGet(() -> new Face(new Font(Font.SANS_SERIF, style, 1), Optional.empty()))));
        return new Fonts(Map.copyOf(faces));
    }

    private static Optional<Path> find(String name) {
        for (Path directory : FONT_DIRECTORIES) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    Optional<Path> found = files.filter(file -> file.getFileName().toString().equals(name)).findFirst();
                    if (found.isPresent()) {
                        return found;
                    }
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable font directory: look in the next one
                }
            }
        }
        return Optional.empty();
    }

    private static Face read(Path file) {
        try {
            return new Face(Font.createFont(Font.TRUETYPE_FONT, file.toFile()), Optional.of(file));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot read the font " + file + ": " + e.getMessage(), e);
        }
    }
}
