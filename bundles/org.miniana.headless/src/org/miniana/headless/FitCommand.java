/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.model.Channel;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.DatabaseException;
import org.miniana.data.ResultsDatabase;
import org.miniana.likelihood.BackgroundFit;
import org.miniana.likelihood.Fitter;
import org.miniana.likelihood.Likelihood;
import org.miniana.likelihood.Pull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = { "Fits the full likelihood of a search (all search bins and control regions, every nuisance"
                + " profiled) to the observed data with no signal, and prints the post-fit yields of the search bins"
                + " beside the pre-fit predictions and the observed counts, then the largest pulls.",
                "A pull is the fitted theta of an lnN nuisance (pre-fit 0 +- 1) with its post-fit error; lnU"
                        + " normalisations are listed when they end at a bound of their range." })
final class FitCommand implements Callable<Integer> {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--analysis", paramLabel = "NAME", description = "Search to fit (default: ${DEFAULT-VALUE}).")
    String analysis = Ra2Search.ANALYSIS.name();

    @Option(names = "--pulls", paramLabel = "N", defaultValue = "20",
            description = "How many of the largest pulls to print (default: ${DEFAULT-VALUE}).")
    void pulls(int count) {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--pulls must be 0 or more, not " + count);
        }
        pulls = count;
    }

    private int pulls = 20;

    static final String SHAPE = "fit";

    @Option(names = "--json", description = "Print one JSON document (schema " + SHAPE + ") instead of text: every"
            + " search bin and every nuisance (--pulls limits the text only).")
    boolean json;

    @Override
    public Integer call() {
        SearchResult result;
        StatisticalModel model;
        try (ResultsDatabase database = root.openDatabase()) {
            result = database.searchResults().get(analysis);
            model = database.statisticalModels().find(analysis).orElseThrow(() -> new DatabaseException("The search '"
                    + analysis + "' was not imported from datacards, so it has no full likelihood to fit"));
        }
        // No signal: a background-only fit must not depend on the cards' signal placeholders.
        StatisticalModel backgroundOnly = model.withSignal(new double[result.bins().size()], Map.of());
        Likelihood likelihood = Likelihood.of(backgroundOnly);
        BackgroundFit fit = new Fitter(likelihood).backgroundOnly(likelihood.observed());
        if (json) {
            JsonOutput.print(json(result, backgroundOnly, fit), spec.commandLine().getOut());
        } else {
            print(result, backgroundOnly, fit, spec.commandLine().getOut());
        }
        return 0;
    }

    private static ObjectNode json(SearchResult result, StatisticalModel model, BackgroundFit fit) {
        ObjectNode document = JsonOutput.document(SHAPE).put("analysis", result.analysis().name())
                .put("channels", model.channels().size()).put("nuisances", model.parameters().size())
                .put("iterations", fit.fit().iterations());
        JsonOutput.putNumber(document, "edm", fit.fit().edm());
        JsonOutput.putNumber(document, "nll", fit.fit().nll());
        ArrayNode bins = document.putArray("bins");
        List<Channel> channels = model.channels();
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).isSearchBin()) {
                BinYields bin = result.bins().get(channels.get(c).searchBin());
                bins.addObject().put("bin", channels.get(c).searchBin()).put("observed", bin.observed())
                        .put("prefit", bin.totalBackground()).put("postfit", fit.channelYield(c));
            }
        }
        ArrayNode nuisances = document.putArray("pulls");
        for (Pull pull : fit.pulls()) {
            ObjectNode node = nuisances.addObject().put("name", pull.name()).put("type", pull.type().keyword());
            JsonOutput.putNumber(node, "prefit", pull.prefit());
            JsonOutput.putNumber(node, "value", pull.value());
            JsonOutput.putNumber(node, "error", pull.error());
            JsonOutput.putNumber(node, "pull", pull.pull());
            node.put("atBound", pull.atBound());
        }
        return document;
    }

    private void print(SearchResult result, StatisticalModel model, BackgroundFit fit, PrintWriter out) {
        out.printf("Background-only fit of %s: %d channels, %d nuisances; converged in %d iterations (EDM %.1e),"
                + " -ln L = %.3f%n", result.analysis().name(), model.channels().size(), model.parameters().size(),
                fit.fit().iterations(), fit.fit().edm(), fit.fit().nll());
        out.printf("%n%5s %8s %12s %12s%n", "bin", "observed", "pre-fit", "post-fit");
        double observed = 0;
        double prefit = 0;
        double postfit = 0;
        List<Channel> channels = model.channels();
        for (int c = 0; c < channels.size(); c++) {
            Channel channel = channels.get(c);
            if (!channel.isSearchBin()) {
                continue;
            }
            BinYields bin = result.bins().get(channel.searchBin());
            out.printf("%5d %8d %12.3f %12.3f%n", channel.searchBin(), bin.observed(), bin.totalBackground(),
                    fit.channelYield(c));
            observed += bin.observed();
            prefit += bin.totalBackground();
            postfit += fit.channelYield(c);
        }
        out.printf("%5s %8.0f %12.3f %12.3f%n", "total", observed, prefit, postfit);
        List<Pull> largest = fit.pulls().stream().filter(pull -> !Double.isNaN(pull.pull()) || pull.atBound())
                .sorted(Comparator.comparingDouble((Pull pull) -> Double.isNaN(pull.pull()) ? 0 : -Math.abs(pull.pull())))
                .limit(pulls).toList();
        out.printf("%n%-48s %4s %10s %8s%n", "nuisance", "type", "post-fit", "error");
        for (Pull pull : largest) {
            out.printf("%-48s %4s %10.3f %8.3f%s%n", pull.name(), pull.type().keyword(), pull.value(), pull.error(),
                    pull.atBound() ? "  (at a bound)" : "");
        }
        long atBound = fit.pulls().stream().filter(Pull::atBound).count();
        out.printf("%d of %d nuisances end at a bound of their range (mostly lnU normalisations of empty control"
                + " regions, which go to their lower bound).%n", atBound, fit.pulls().size());
    }
}
