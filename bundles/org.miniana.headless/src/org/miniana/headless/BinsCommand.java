/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.data.ResultsDatabase;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miniana bins}: the table of a search's bins with observations and background predictions. */
@Command(name = "bins", mixinStandardHelpOptions = true,
        description = "Prints every search bin of an analysis: kinematic ranges, observed count, each background"
                + " prediction, their total and its error (stat and syst in quadrature, processes independent),"
                + " followed by the totals.")
final class BinsCommand implements Callable<Integer> {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--analysis", paramLabel = "NAME", description = "Analysis to list (default: ${DEFAULT-VALUE}).")
    String analysis = Ra2Search.ANALYSIS.name();

    @Option(names = "--json", description = "Print one JSON document (schema " + SHAPE + ", see 'miniana --help')"
            + " instead of the table.")
    boolean json;

    static final String SHAPE = "bins";

    @Override
    public Integer call() {
        SearchResult result;
        try (ResultsDatabase database = root.openDatabase()) {
            result = database.searchResults().get(analysis);
        }
        if (json) {
            JsonOutput.print(json(result), spec.commandLine().getOut());
        } else {
            print(result, spec.commandLine().getOut());
        }
        return 0;
    }

    private static ObjectNode json(SearchResult result) {
        ObjectNode document = JsonOutput.document(SHAPE);
        document.putObject("analysis").put("name", result.analysis().name())
                .put("sqrtSTeV", result.analysis().sqrtSTeV())
                .put("luminosityInvFb", result.analysis().luminosityInvFb());
        ArrayNode processes = document.putArray("processes");
        result.processes().forEach(process -> processes.add(process.name()));
        ArrayNode bins = document.putArray("bins");
        for (BinYields yields : result.bins()) {
            SearchBin bin = yields.bin();
            ObjectNode row = bins.addObject().put("index", bin.index());
            row.set("njets", JsonOutput.interval(bin.njets()));
            row.set("nb", JsonOutput.interval(bin.nb()));
            row.set("htGeV", JsonOutput.interval(bin.ht()));
            row.set("mhtGeV", JsonOutput.interval(bin.mht()));
            row.put("observed", yields.observed());
            ObjectNode backgrounds = row.putObject("backgrounds");
            result.processes().forEach(process -> backgrounds.put(process.name(), yields.background(process).value()));
            Estimate total = yields.totalEstimate();
            row.put("total", total.value()).put("totalUp", total.totalUp()).put("totalDown", total.totalDown());
        }
        ObjectNode totals = document.putObject("totals").put("observed", result.totalObserved());
        ObjectNode backgrounds = totals.putObject("backgrounds");
        result.processes().forEach(process -> backgrounds.put(process.name(), result.totalBackground(process)));
        totals.put("total", result.totalBackground());
        return document;
    }

    static void print(SearchResult result, PrintWriter out) {
        out.printf("%s, %.0f TeV, %.1f fb^-1: %d bins%n", result.analysis().name(), result.analysis().sqrtSTeV(),
                result.analysis().luminosityInvFb(), result.bins().size());
        var header = new StringBuilder(String.format("%4s %6s %4s %10s %9s %9s", "bin", "Njets", "Nb", "HT[GeV]",
                "MHT[GeV]", "observed"));
        for (BackgroundProcess process : result.processes()) {
            header.append(String.format(" %11s", process.name()));
        }
        out.println(header.append(String.format(" %11s %9s %9s", "total", "+error", "-error")));
        for (BinYields yields : result.bins()) {
            SearchBin bin = yields.bin();
            var row = new StringBuilder(String.format("%4d %6s %4s %10s %9s %9d", bin.index(), bin.njets().countLabel(),
                    bin.nb().countLabel(), bin.ht().rangeLabel(), bin.mht().rangeLabel(), yields.observed()));
            for (BackgroundProcess process : result.processes()) {
                row.append(String.format(" %11.3f", yields.background(process).value()));
            }
            Estimate total = yields.totalEstimate();
            out.println(row.append(String.format(" %11.3f %9.3f %9.3f", total.value(), total.totalUp(), total.totalDown())));
        }
        var totals = new StringBuilder(String.format("%-36s %9d", "total", result.totalObserved()));
        for (BackgroundProcess process : result.processes()) {
            totals.append(String.format(" %11.3f", result.totalBackground(process)));
        }
        out.println(totals.append(String.format(" %11.3f", result.totalBackground())));
        out.flush();
    }
}
