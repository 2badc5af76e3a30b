/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.miniana.extensions.Contribution;
import org.miniana.extensions.Contributions;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.analysis.RunFigures;
import org.miniana.figure.render.FigureRenderer;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The report generators contributed to the extension point {@code org.miniana.report.generators}
 * (schema {@code schema/generators.exsd}): this bundle's first, then those of other bundles by
 * bundle name. Contributions are read by {@link Contributions} without loading any class; a
 * malformed one (missing id, name or class, or an id taken already) is logged and left out. A
 * generator is created from its class when a run first needs it (generators keep no state, so one
 * serves every run); one whose class cannot be created is logged once and skipped when all are
 * run, and an error when it was asked for by id.
 */
public final class ReportRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.miniana.report.generators";
    /** The subfolder of the report folder that holds the figures. */
    public static final String FIGURES = "figures";
    /** Size of the PNG figures, for Markdown and HTML pages. */
    static final int PNG_WIDTH = 1200;
    static final int PNG_HEIGHT = 900;

    /** The contribution's attribute that says whether a generator uses the figures. */
    private static final String USES_FIGURES = "figures";

    /** Figure ids become file names and LaTeX labels. */
    private static final Pattern FIGURE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private static final Contributions.Spec<ReportGenerator> SPEC = new Contributions.Spec<>(EXTENSION_POINT,
            "generator", ReportGenerator.class, "Report generator", true, Contributions.Order.BUILT_INS_FIRST);

    private final Contributions<ReportGenerator> contributions;

    /** Reads the contributions in {@code registry}; problems go to {@code log}. */
    public ReportRegistry(IExtensionRegistry registry, ILog log) {
        this.contributions = new Contributions<>(SPEC, registry, log);
    }

    /** The contributions to the running platform's registry, logged to this bundle's log. */
    public static ReportRegistry fromPlatform() {
        return new ReportRegistry(Contributions.platformRegistry(), ILog.of(ReportRegistry.class));
    }

    /** Every well-formed contribution, built-ins first. */
    public List<ReportGeneratorDescriptor> descriptors() {
        return contributions.list().stream().map(ReportRegistry::descriptor).toList();
    }

    /** The contributions whose generator can be created, built-ins first; creates each one not tried yet. */
    public List<ReportGeneratorDescriptor> available() {
        return contributions.available().stream().map(ReportRegistry::descriptor).toList();
    }

    /** The contributions that cannot be used, and why (see {@link Contributions#unavailable()}). */
    public List<Contributions.Unavailable> unavailable() {
        return contributions.unavailable();
    }

    public Optional<ReportGeneratorDescriptor> find(String id) {
        return contributions.find(id).map(ReportRegistry::descriptor);
    }

    /**
     * The generator of the contribution with this id, created from its class on the first call.
     * Empty, with an error in the log the first time, when there is no such contribution or its
     * class cannot be created.
     */
    public Optional<ReportGenerator> generator(String id) {
        return contributions.find(id).flatMap(Contribution::instance);
    }

    /**
     * Renders the figures of the run once (PDF and PNG, into {@code figures/}) when a generator of
     * this run uses them (none are rendered for, e.g., the JSON summary alone), and runs the
     * generators, each writing into a private working folder inside the output folder; only when
     * all succeeded are the files moved to the output folder. On any failure nothing is written
     * and the working folder is removed.
     *
     * @param ids the generators to run, in this order; empty for every one that can be created
     * @param monitor progress and cancellation, may be null
     * @throws CoreException for an unknown id or one whose class cannot be created (before anything
     *         is written), or when rendering or a generator fails
     * @throws OperationCanceledException when cancelled; nothing is written then either
     */
    public ReportResult run(List<String> ids, ReportRequest request, IProgressMonitor monitor) throws CoreException {
        Map<String, ReportGenerator> generators = generators(ids);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing reports to " + request.output(),
                2 + 2 * generators.size());
        ReportProvenance provenance = new ReportProvenance(toolVersion(), request.database(), Instant.now());
        Path output = request.output().toAbsolutePath().normalize();
        boolean created = !Files.isDirectory(output);
        Path work = null;
        try {
            Files.createDirectories(output);
            work = Files.createTempDirectory(output, ".miniana-report-");
            // Figures are a third of a short report's time; a run of generators that use none skips them.
            List<RenderedFigure> figures = generators.keySet().stream().anyMatch(this::usesFigures)
                    ? renderFigures(request.subject(), work, progress.split(2))
                    : List.of();
            List<String> notes = new ArrayList<>();
            for (Map.Entry<String, ReportGenerator> generator : generators.entrySet()) {
                progress.subTask(generator.getKey());
                ReportContext context = new ReportContext(request.subject(), request.settings(), provenance, figures,
                        work, output);
                generate(generator.getKey(), generator.getValue(), context, progress.split(2));
                context.notes().forEach(note -> notes.add(generator.getKey() + ": " + note));
            }
            return new ReportResult(output, moveAll(work, output), notes);
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot write the reports to " + output + ": " + e.getMessage(), e));
        } finally {
            deleteQuietly(work);
            if (created) {
                deleteIfEmpty(output);
            }
        }
    }

    private Map<String, ReportGenerator> generators(List<String> requested) throws CoreException {
        Map<String, ReportGenerator> generators = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            for (String id : contributions.ids()) {
                generator(id).ifPresent(generator -> generators.put(id, generator));
            }
            return generators;
        }
        for (String id : requested.stream().distinct().toList()) {
            Contribution<ReportGenerator> contribution = contributions.find(id).orElseThrow(() -> new CoreException(
                    Status.error("Unknown report generator '" + id + "'; known: "
                            + String.join(", ", contributions.ids()))));
            generators.put(id, contribution.instance().orElseThrow(() -> new CoreException(Status.error(
                    "Report generator '" + id + "' contributed by " + contribution.contributor()
                            + " is not available: " + contribution.problem().orElseThrow()))));
        }
        return generators;
    }

    private static List<RenderedFigure> renderFigures(ReportSubject subject, Path work, SubMonitor progress)
            throws IOException {
        List<NamedFigure> figures = switch (subject) {
            case ReportSubject.Run run -> RunFigures.of(run.outcome());
            case ReportSubject.Scan scan -> RunFigures.of(scan.scan());
        };
        for (NamedFigure figure : figures) {
            if (!FIGURE_ID.matcher(figure.id()).matches()) {
                throw new IOException("Figure id '" + figure.id() + "' is not a plain file name");
            }
        }
        Path folder = Files.createDirectories(work.resolve(FIGURES));
        List<RenderedFigure> rendered = figures.stream().map(figure -> new RenderedFigure(figure.id(), figure.caption(),
                work.relativize(folder.resolve(figure.id() + ".pdf")),
                work.relativize(folder.resolve(figure.id() + ".png")))).toList();
        progress.setWorkRemaining(figures.size());
        // The PNGs (Java2D) are drawn on a thread of their own beside the PDFs (PDFBox, whose shared
        // fonts allow one writer at a time): the figures are about a third of a report's time.
        try (ExecutorService pngWriter = Executors.newSingleThreadExecutor()) {
            Future<?> pngs = pngWriter.submit(() -> {
                for (int i = 0; i < figures.size(); i++) {
                    FigureRenderer.writePng(figures.get(i).figure(), work.resolve(rendered.get(i).png()), PNG_WIDTH,
                            PNG_HEIGHT);
                }
                return null;
            });
            try {
                for (int i = 0; i < figures.size(); i++) {
                    progress.checkCanceled();
                    FigureRenderer.writePdf(figures.get(i).figure(), work.resolve(rendered.get(i).pdf()));
                    progress.worked(1);
                }
                pngs.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case IOException io -> throw io;
                    case RuntimeException runtime -> throw runtime;
                    case Error error -> throw error;
                    default -> throw new IOException(e.getCause());
                }
            } finally {
                pngs.cancel(true);
            }
        }
        return rendered;
    }

    private static void generate(String id, ReportGenerator generator, ReportContext context, SubMonitor progress)
            throws CoreException {
        try {
            generator.generate(context, progress);
        } catch (CoreException | OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new CoreException(Status.error("Report generator '" + id + "' failed: " + message, e));
        }
    }

    /** Moves every file of the working folder to the same place under the output folder. */
    private static List<Path> moveAll(Path work, Path output) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(work)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> moved = new ArrayList<>();
        for (Path file : files) {
            Path target = output.resolve(work.relativize(file).toString());
            Files.createDirectories(target.getParent());
            // a rename within one file system: each file appears whole or not at all
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved.add(target);
        }
        return moved;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            ILog.of(ReportRegistry.class).log(Status.warning("Cannot remove the working folder " + folder, e));
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            // it was made by this run and is left as it is; nothing depends on its absence
        }
    }

    private static String toolVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ReportRegistry.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    private boolean usesFigures(String id) {
        return contributions.find(id).map(ReportRegistry::descriptor).orElseThrow().usesFigures();
    }

    private static ReportGeneratorDescriptor descriptor(Contribution<ReportGenerator> contribution) {
        return new ReportGeneratorDescriptor(contribution.id(), contribution.name(), contribution.description(),
                contribution.contributor(), !"false".equals(contribution.attribute(USES_FIGURES)));
    }
}
