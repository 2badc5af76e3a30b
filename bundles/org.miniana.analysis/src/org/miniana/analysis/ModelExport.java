/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.miniana.core.SearchResult;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.DatabaseException;
import org.miniana.data.InputFormatException;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.datacard.CombineCards;
import org.miniana.data.datacard.ProcessMapping;
import org.miniana.data.datacard.PyhfWorkspace;
import org.miniana.data.datacard.Ra2DatacardImporter;

/**
 * Exports a stored search's full statistical model for other tools, the command line's
 * {@code miniana export --format combine|pyhf} and the workbench's File menu alike: as a folder of
 * Combine cards ({@link CombineCards}) or as a pyhf JSON workspace ({@link PyhfWorkspace}).
 * Without a signal model the stored model is written as it is (the search bins' signal rates are
 * 0: the cards' {@code SIGNAL} placeholder, a background-only pyhf workspace); with one, the model
 * {@link FullLikelihood#infer} tests.
 */
public final class ModelExport {

    /** The formats of a full model. */
    public enum Format {
        /** A folder of Combine counting cards. */
        COMBINE,
        /** A pyhf HistFactory JSON workspace file. */
        PYHF
    }

    private ModelExport() {
    }

    /**
     * Writes the model of {@code search} (with the signal of {@code signalModel}, or null) to
     * {@code output}: a new or empty folder for {@link Format#COMBINE}, a file for
     * {@link Format#PYHF}, which replaces an existing file only when {@code replace} is set.
     *
     * @return notes on where the written model differs from the one this tool evaluates
     *         ({@link PyhfWorkspace.Workspace#notes()}); none for Combine cards
     * @throws DatabaseException when the search has no full model (it was not imported from
     *         datacards), or a name is not stored
     * @throws IllegalArgumentException when the signal model belongs to another search, or the output
     *         is refused
     */
    public static List<String> write(ResultsDatabase database, String search, String signalModel, Format format,
            Path output, boolean replace) throws IOException {
        Objects.requireNonNull(format, "format");
        Selected selected = select(database, search, signalModel);
        if (format == Format.PYHF) {
            return PyhfWorkspace.write(selected.model(), selected.measurement(), output, replace);
        }
        String statistical;
        try {
            statistical = ProcessMapping.read(Ra2DatacardImporter.bundled(), Ra2DatacardImporter.PROCESS_MAPPING,
                    selected.result().processes()).statisticalPattern();
        } catch (InputFormatException e) {
            // the bundled mapping is tested; failing to read it is a broken installation
            throw new IllegalStateException("The bundled process mapping cannot be read: " + e.getMessage(), e);
        }
        CombineCards.write(selected.model(), selected.result(), statistical, output);
        return List.of();
    }

    /**
     * Writes the model of {@code search} (with the signal of {@code signalModel}, or null) as a pyhf
     * workspace to {@code out}, which stays open (standard output, say); throws as
     * {@link #write(ResultsDatabase, String, String, Format, Path, boolean)}.
     */
    public static List<String> writePyhf(ResultsDatabase database, String search, String signalModel,
            OutputStream out) throws IOException {
        Selected selected = select(database, search, signalModel);
        return PyhfWorkspace.write(selected.model(), selected.measurement(), out);
    }

    private record Selected(SearchResult result, StatisticalModel model, String measurement) {
    }

    private static Selected select(ResultsDatabase database, String search, String signalModel) {
        SearchResult result = database.searchResults().get(search);
        StatisticalModel model = database.statisticalModels().find(search).orElseThrow(() -> new DatabaseException(
                "The search '" + search + "' was not imported from datacards, so it has no full statistical model to"
                        + " export; export its search result as JSON or CSV"));
        String measurement = search;
        if (signalModel != null) {
            model = FullLikelihood.model(model, database.signalModels().get(search, signalModel));
            measurement = search + " / " + signalModel;
        }
        return new Selected(result, model, measurement);
    }
}
