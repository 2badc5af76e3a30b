/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.miniana.core.InputChecks;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.data.DatabaseException;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.SignalModelSummary;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SignalGrid;
import org.miniana.signal.SignalModelProviders;
import org.miniana.signal.SimplifiedModel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code miniana models}: the stored signal models, and generating mass grids into the database. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Lists, shows, deletes and generates signal models.")
final class ModelsCommand {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    static final String LIST_SHAPE = "models";
    static final String MODEL_SHAPE = "model";

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the stored signal models, each with its search: a name is unique within a search.")
    int list(@Option(names = "--analysis", paramLabel = "NAME", description = "Only the models of this search.")
            String analysis,
            @Option(names = "--json", description = "Print one JSON document (schema " + LIST_SHAPE
                    + ") instead of a model a line (its name, then its search).") boolean json) {
        Map<String, List<String>> models;
        try (ResultsDatabase database = root.openDatabase()) {
            models = analysis == null ? database.signalModels().namesByAnalysis()
                    : Map.of(analysis, database.signalModels().names(analysis));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode document = JsonOutput.document(LIST_SHAPE);
            ArrayNode list = document.putArray("models");
            models.forEach((search, names) -> names
                    .forEach(name -> list.addObject().put("name", name).put("analysis", search)));
            JsonOutput.print(document, out);
        } else {
            int width = models.values().stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0);
            models.forEach((search, names) -> names.forEach(name -> out.printf("%-" + width + "s  %s%n", name, search)));
        }
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints a stored model: parameters, cross section, provenance and its yield per bin.")
    int show(@Parameters(paramLabel = "NAME", description = "The model's name.") String name,
            @Mixin SearchMixin search,
            @Option(names = "--json", description = "Print one JSON document (schema " + MODEL_SHAPE
                    + "; every bin, also those without signal) instead of text.") boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        try (ResultsDatabase database = root.openDatabase()) {
            SignalModel model = database.signalModels().get(search.analysisName, name);
            if (json) {
                JsonOutput.print(json(model, search.analysisName), out);
                return 0;
            }
            out.println("model:         " + model.name());
            out.println("family:        " + model.family());
            model.parameters().forEach((parameter, value) -> out.printf("%-14s %s%n", parameter + ":", value));
            out.printf("cross section: %.6g pb%n", model.crossSectionPb());
            out.println("provenance:    " + model.provenance());
            out.printf("total yield:   %.4f events in %s%n", model.totalYield(), search.analysisName);
            for (SignalVariation variation : model.variations()) {
                out.printf("  %-12s %+.2f%% / %+.2f%% (the total with this systematic effect up / down; per bin: --json)%n",
                        variation.name(), 100 * (total(variation.up()) / model.totalYield() - 1),
                        100 * (total(variation.down()) / model.totalYield() - 1));
            }
            for (int bin = 0; bin < model.yields().size(); bin++) {
                if (model.yield(bin).value() > 0) {
                    out.printf("  bin %3d  %10.4f +- %.4f%n", bin, model.yield(bin).value(), model.yield(bin).mcStatError());
                }
            }
        }
        return 0;
    }

    private static ObjectNode json(SignalModel model, String analysis) {
        ObjectNode document = JsonOutput.document(MODEL_SHAPE).put("name", model.name()).put("family", model.family())
                .put("analysis", analysis);
        ObjectNode parameters = document.putObject("parameters");
        model.parameters().forEach(parameters::put);
        document.put("crossSectionPb", model.crossSectionPb()).put("provenance", model.provenance())
                .put("totalYield", model.totalYield());
        ArrayNode yields = document.putArray("yields");
        for (int bin = 0; bin < model.yields().size(); bin++) {
            yields.addObject().put("bin", bin).put("value", model.yield(bin).value())
                    .put("mcStatError", model.yield(bin).mcStatError());
        }
        if (!model.variations().isEmpty()) {
            ArrayNode variations = document.putArray("variations");
            for (SignalVariation variation : model.variations()) {
                ObjectNode node = variations.addObject().put("name", variation.name())
                        .put("totalUp", total(variation.up())).put("totalDown", total(variation.down()));
                variation.up().forEach(node.putArray("up")::add);
                variation.down().forEach(node.putArray("down")::add);
            }
        }
        return document;
    }

    private static double total(List<Double> yields) {
        return yields.stream().mapToDouble(Double::doubleValue).sum();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = { "Stores the model a reference names, through the contributed signal-model providers:",
                    "  T1tttt:1500:100[:events=N][:seed=S][:xsec=PB]  the built-in fast simulation",
                    "  FILE.json[#NAME], FILE.csv                     a signal-model file",
                    "  FOLDER                                         datacards with their signal rates filled in" })
    int add(@Parameters(paramLabel = "REFERENCE", description = "What names the model.") String reference,
            @Mixin SearchMixin search,
            @Option(names = "--replace", description = "Replace the search's stored model of the same name.")
            boolean replace) throws CoreException {
        var providers = SignalModelProviders.fromPlatform();
        MinianaCommand.checkUsage(spec, () -> {
            providers.check(reference);
            return reference;
        });
        SignalModel model = providers.provide(reference, new NullProgressMonitor());
        try (ResultsDatabase database = root.openDatabase()) {
            database.signalModels().store(search.analysisName, List.of(model), replace);
        }
        root.messages().printf("Stored %s for %s (%.4g signal events in all bins)%n", model.name(), search.analysisName,
                model.totalYield());
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a stored model and its runs.")
    int delete(@Parameters(paramLabel = "NAME", description = "The model's name.") String name,
            @Mixin SearchMixin search) {
        try (ResultsDatabase database = root.openDatabase()) {
            if (!database.signalModels().delete(search.analysisName, name)) {
                throw new DatabaseException("No signal model '" + name + "' of " + search.analysisName + " in "
                        + database.description());
            }
        }
        root.messages().println("Deleted " + name + " of " + search.analysisName);
        return 0;
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = { "Simulates a mass grid of a simplified model with the built-in fast simulation, in parallel"
                    + " over all cores, and stores each point as it finishes (points stored already are skipped).",
                    "Ctrl-C stops cleanly: the finished points stay stored." })
    int generate(@Parameters(paramLabel = "FAMILY", description = "T1tttt, T1bbbb or T1qqqq.",
            converter = Choices.Family.class, completionCandidates = Choices.Family.class) SimplifiedModel model,
            @Mixin MassGridMixin grid, @Mixin SearchMixin search,
            @Option(names = "--events", defaultValue = "20000", paramLabel = "N",
                    description = "Events per point (default: ${DEFAULT-VALUE}).") long events,
            @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
                    description = "Random seed (default: ${DEFAULT-VALUE}).") long seed,
            @Option(names = "--replace", description = "Regenerate points that are stored already.") boolean replace,
            @Option(names = "--replace-older", description = "Regenerate the stored points that another version of"
                    + " the fast simulation made (their runs keep the yields they were made with).")
            boolean replaceOlder) {
        MinianaCommand.checkUsage(spec, () -> InputChecks.eventsPerPoint("--events", events));
        String family = model.family();
        List<MassPoint> points = grid.points(model);
        PrintStream messages = root.messages();
        try (ResultsDatabase database = root.openDatabase()) {
            Map<String, String> stored = database.signalModels().summaries().stream()
                    .filter(summary -> summary.analysis().equals(search.analysisName))
                    .collect(Collectors.toMap(SignalModelSummary::name, SignalModelSummary::provenance));
            List<MassPoint> missing = new ArrayList<>();
            for (MassPoint point : points) {
                String provenance = stored.get(point.name());
                if (replace || provenance == null) {
                    missing.add(point);
                } else if (replaceOlder && FastSimulation.byOtherVersion(provenance)) {
                    if (FastSimulation.hasGivenCrossSection(provenance)) {
                        // the grid takes the table's cross section; 'models add' gives the user's again
                        messages.println("Not replaced: " + point.name() + " has a cross section the user gave;"
                                + " simulate it again with 'miniana models add " + FastSimulation.resimulation(
                                        point.reference(), provenance) + " --analysis " + search.analysisName
                                + " --replace'");
                    } else {
                        missing.add(point);
                    }
                }
            }
            messages.printf("%s: %d points in the grid, %d to simulate with %d events each%n", family, points.size(),
                    missing.size(), events);
            var monitor = new NullProgressMonitor();
            var finished = new CountDownLatch(1);
            Thread stopper = new Thread(() -> {
                monitor.setCanceled(true);
                awaitQuietly(finished);
            });
            Runtime.getRuntime().addShutdownHook(stopper);
            var progress = new Progress(messages, missing.size());
            try {
                SignalGrid.generate(missing, events, seed, Runtime.getRuntime().availableProcessors(), monitor,
                        point -> {
                            database.signalModels().store(search.analysisName, List.of(point), true);
                            progress.done(point.name());
                        });
            } finally {
                finished.countDown();
            }
            if (monitor.isCanceled()) {
                messages.println("Stopped: " + progress.count() + " of " + missing.size() + " points stored.");
                return MinianaCommand.EXIT_FAILURE;
            }
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Progress lines: points done, rate and time left. */
    private static final class Progress {
        private final PrintStream out;
        private final int total;
        private final long start = System.nanoTime();
        private int done;

        Progress(PrintStream out, int total) {
            this.out = out;
            this.total = total;
        }

        void done(String point) {
            done++;
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = done / seconds;
            out.printf("[%d/%d] %s  %.1f points/s, %.0f s left%n", done, total, point, rate, (total - done) / rate);
        }

        int count() {
            return done;
        }
    }
}
