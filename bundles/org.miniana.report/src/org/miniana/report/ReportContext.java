/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link ReportGenerator} gets: the run, the user's settings, the provenance, the
 * figures rendered once for all generators, and the folder to write into. Generators may call
 * {@link #note(String)} from one thread at a time.
 */
public final class ReportContext {

    private final ReportSubject subject;
    private final ReportSettings settings;
    private final ReportProvenance provenance;
    private final List<RenderedFigure> figures;
    private final Path folder;
    private final Path output;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param folder the folder to write into (a private working folder during a registry run)
     * @param output where the files end up once every generator succeeded
     */
    public ReportContext(ReportSubject subject, ReportSettings settings, ReportProvenance provenance,
            List<RenderedFigure> figures, Path folder, Path output) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.figures = List.copyOf(figures);
        this.folder = Objects.requireNonNull(folder, "folder");
        this.output = Objects.requireNonNull(output, "output");
    }

    public ReportSubject subject() {
        return subject;
    }

    public ReportSettings settings() {
        return settings;
    }

    /** The user's title, else one made from the run. */
    public String title() {
        return settings.title().isEmpty() ? subject.defaultTitle() : settings.title();
    }

    public ReportProvenance provenance() {
        return provenance;
    }

    /**
     * The figures of the run, in their order, with paths relative to {@link #folder()}; empty when
     * no generator of this report run uses figures (see the extension point's {@code figures}).
     */
    public List<RenderedFigure> figures() {
        return figures;
    }

    /** The folder to write into; figures are in its {@code figures/} subfolder. */
    public Path folder() {
        return folder;
    }

    /**
     * The folder the files are moved to after the run. Only for messages (a file to look at after
     * a failure); generators write into {@link #folder()}.
     */
    public Path output() {
        return output;
    }

    /** Tells the user something about the output, e.g. that a document was not compiled. */
    public void note(String message) {
        notes.add(message);
    }

    /** What the generators noted, in order. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
