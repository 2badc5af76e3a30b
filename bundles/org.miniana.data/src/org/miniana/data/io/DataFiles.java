/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.miniana.core.Analysis;
import org.miniana.core.InputChecks;
import org.miniana.core.SearchResult;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.InputFormatException;
import org.miniana.data.datacard.CardLocation;
import org.miniana.data.datacard.Ra2DatacardImporter;

/**
 * Reads any file the tool imports, recognising it by its content: a search-result or
 * signal-model JSON or CSV file, or a folder of RA2-style Combine datacards.
 */
public final class DataFiles {

    /**
     * What a set of files holds; nothing of it has been written anywhere yet.
     *
     * @param statisticalModels the full models of the search results read from datacards, by analysis name
     */
    public record Content(List<SearchResult> searchResults, Map<String, StatisticalModel> statisticalModels,
            List<SignalModelSource> signalModels) {
        public Content {
            searchResults = List.copyOf(searchResults);
            statisticalModels = Map.copyOf(statisticalModels);
            signalModels = List.copyOf(signalModels);
        }

        /**
         * The same content with its one search result named {@code analysisName} (datacards of
         * the RA2 layout are all read as the RA2 analysis: another name keeps both apart).
         *
         * @throws IllegalArgumentException when there is not exactly one search result, or the name is no name
         */
        public Content withAnalysisName(String analysisName) {
            if (searchResults.size() != 1) {
                throw new IllegalArgumentException("a new analysis name is for one search result, and these files"
                        + " hold " + searchResults.size());
            }
            if (InputChecks.name("the analysis name", analysisName).isBlank()) {
                throw new IllegalArgumentException("the analysis name must not be blank");
            }
            SearchResult result = searchResults.get(0);
            Analysis a = result.analysis();
            var renamed = new SearchResult(new Analysis(analysisName, a.sqrtSTeV(), a.luminosityInvPb(), a.reference(),
                    a.description()), result.processes(), result.bins());
            StatisticalModel model = statisticalModels.get(a.name());
            return new Content(List.of(renamed), model == null ? Map.of() : Map.of(analysisName, model), signalModels);
        }
    }

    private static final Pattern JSON_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CSV_FORMAT = Pattern.compile("\\A#\\s*format\\s*=\\s*(\\S+)");

    private DataFiles() {
    }

    /** The path that stands for standard input in {@link #read(List, InputStream, Consumer)}. */
    public static final String STANDARD_INPUT = "-";

    /** Reads and validates every file; fails on the first invalid one, before anything is returned. */
    public static Content read(List<Path> paths, Consumer<String> warnings) throws InputFormatException, IOException {
        return read(paths, InputStream.nullInputStream(), warnings);
    }

    /**
     * Reads and validates every file, the path {@value #STANDARD_INPUT} from {@code standardInput} (a
     * JSON or CSV file, recognised by its format line; datacards are folders and cannot come
     * that way); fails on the first invalid one, before anything is returned.
     */
    public static Content read(List<Path> paths, InputStream standardInput, Consumer<String> warnings)
            throws InputFormatException, IOException {
        List<SearchResult> results = new ArrayList<>();
        Map<String, StatisticalModel> statisticalModels = new HashMap<>();
        List<SignalModelSource> models = new ArrayList<>();
        // Each file refuses a name twice itself; across files the second one would otherwise meet
        // the first as "stored already", or silently replace it under --replace. A name is unique
        // within its search, so the key is the search and the name.
        Map<List<String>, String> fileOfModel = new HashMap<>();
        for (Path path : paths) {
            String source = path.toString();
            boolean standard = source.equals(STANDARD_INPUT);
            if (!standard && Files.isDirectory(path)) {
                var search = readDatacards(path, warnings);
                results.add(search.result());
                statisticalModels.put(search.result().analysis().name(), search.model());
                continue;
            }
            int modelFiles = models.size();
            if (standard) {
                source = "standard input";
                byte[] bytes = readAtMostTheLimit(standardInput);
                readFile(source, bytes, () -> new ByteArrayInputStream(bytes), results, models);
            } else if (!Files.isRegularFile(path)) {
                throw new InputFormatException(source, 0, "no such file or folder");
            } else {
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = readAtMostTheLimit(in);
                }
                readFile(source, bytes, () -> Files.newInputStream(path), results, models);
            }
            checkNamesAcrossFiles(source, models.subList(modelFiles, models.size()), fileOfModel);
        }
        return new Content(results, statisticalModels, models);
    }

    /** Refuses a model of the file just read ({@code source}) that an earlier file of the import has for its search. */
    private static void checkNamesAcrossFiles(String source, List<SignalModelSource> read,
            Map<List<String>, String> fileOfModel) throws InputFormatException {
        for (SignalModelSource set : read) {
            for (String model : set.names()) {
                String earlier = fileOfModel.putIfAbsent(List.of(set.analysis(), model), source);
                if (earlier != null) {
                    throw new InputFormatException(source, 0, "the model '" + model + "' of " + set.analysis()
                            + " is in " + earlier + " too; give each model of a search its own name");
                }
            }
        }
    }

    /** The bytes of a file, one more than the readers' limit at most (so that they can refuse it). */
    private static byte[] readAtMostTheLimit(InputStream in) throws IOException {
        return in.readNBytes(TextLines.MAX_BYTES + 1);
    }

    /**
     * A JSON or CSV file, recognised by its format line. A JSON file's models are checked here and
     * read again from {@code reopen} when stored, so that no more than one file is held at a time.
     */
    private static void readFile(String source, byte[] bytes, SignalModelSource.Reopen reopen,
            List<SearchResult> results, List<SignalModelSource> models) throws InputFormatException, IOException {
        String head = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.UTF_8);
        String format = sniff(source, head);
        var in = new ByteArrayInputStream(bytes);
        switch (format) {
            case SearchResultJson.FORMAT -> results.add(SearchResultJson.read(source, in));
            case SignalModelJson.FORMAT -> models.add(SignalModelSource.json(source, SignalModelJson.read(source, in),
                    reopen));
            case "miniana-search-result" + CSV -> results.add(SearchResultCsv.read(source, in));
            case "miniana-signal-model" + CSV -> models.add(SignalModelSource.kept(source, SignalModelCsv.read(source,
                    in)));
            default -> throw new InputFormatException(source, 1, "unknown format '" + format + "'");
        }
    }

    private static final String CSV = " (CSV)";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static String sniff(String source, String head) throws InputFormatException {
        // Editors on Windows start UTF-8 files with a byte-order mark; the readers skip it too.
        String trimmed = (head.startsWith(BYTE_ORDER_MARK) ? head.substring(1) : head).stripLeading();
        if (trimmed.startsWith("{")) {
            Matcher matcher = JSON_FORMAT.matcher(head);
            if (matcher.find()) {
                return matcher.group(1);
            }
            throw new InputFormatException(source, 1, "a JSON file without a \"format\" member");
        }
        Matcher matcher = CSV_FORMAT.matcher(trimmed);
        if (matcher.find()) {
            return matcher.group(1) + CSV;
        }
        throw new InputFormatException(source, 1, "not a Mini Analysis JSON or CSV file (no format line) and not"
                + " a datacard folder");
    }

    /**
     * A folder in the RA2 layout (SR/ and CRs/ cards), with its own processes.properties and
     * bins.csv, or else the bundled ones.
     */
    private static Ra2DatacardImporter.CardSearch readDatacards(Path folder, Consumer<String> warnings)
            throws InputFormatException, IOException {
        if (!Files.isDirectory(folder.resolve("SR"))) {
            throw new InputFormatException(folder.toString(), 0, "a folder, but not one of datacards (no SR/ folder of"
                    + " search-bin cards in it)");
        }
        CardLocation cards = CardLocation.directory(folder);
        return Ra2DatacardImporter.readSearch(cards, ownOrBundled(folder, Ra2DatacardImporter.PROCESS_MAPPING),
                ownOrBundled(folder, Ra2DatacardImporter.BIN_DEFINITIONS), warnings);
    }

    private static CardLocation ownOrBundled(Path folder, String file) {
        return Files.exists(folder.resolve(file)) ? CardLocation.directory(folder) : Ra2DatacardImporter.bundled();
    }
}
