/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.miniana.core.SignalModel;
import org.miniana.data.InputFormatException;
import org.miniana.data.datacard.CardLocation;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.data.io.DataFiles;
import org.miniana.signal.SignalModelProvider;

/**
 * Signal models a user brings: a signal-model JSON or CSV file ("FILE.json#NAME" picks one of
 * several models; "-" is standard input, as everywhere on the command line), or a folder of
 * RA2-style datacards whose signal rates are filled in.
 */
public final class FileSignalModelProvider implements SignalModelProvider {

    private static final String PICK = "#";

    @Override
    public boolean understands(String reference) {
        if (file(reference).equals(DataFiles.STANDARD_INPUT)) {
            return true;
        }
        Path path = Path.of(file(reference));
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".json") || name.endsWith(".csv"))
                || Files.isDirectory(path.resolve("SR"));
    }

    @Override
    public SignalModel provide(String reference, IProgressMonitor monitor) throws CoreException {
        Path path = Path.of(file(reference));
        try {
            if (Files.isDirectory(path)) {
                CardLocation cards = CardLocation.directory(path);
                CardLocation bins = Files.exists(path.resolve(Ra2DatacardImporter.BIN_DEFINITIONS)) ? cards
                        : Ra2DatacardImporter.bundled();
                return Ra2DatacardImporter.readSignal(cards, bins, path.getFileName().toString(),
                        "signal rates of the datacards in " + path.toAbsolutePath());
            }
            // '-' is the process's standard input, as for 'miniana import -'
            DataFiles.Content content = DataFiles.read(List.of(path), System.in, warning -> {
            });
            List<SignalModel> models = content.signalModels().stream().flatMap(set -> set.models().stream()).toList();
            String wanted = reference.contains(PICK) ? reference.substring(reference.lastIndexOf(PICK) + 1) : null;
            List<SignalModel> matching = wanted == null ? models
                    : models.stream().filter(model -> model.name().equals(wanted)).toList();
            if (matching.size() != 1) {
                String source = path.toString().equals(DataFiles.STANDARD_INPUT) ? "standard input" : path.toString();
                throw failure(source + " holds " + (wanted == null ? "" : "for '" + wanted + "' ") + matching.size()
                        + " signal models " + models.stream().map(SignalModel::name).toList()
                        + (wanted == null ? "; pick one with " + path + PICK + "NAME" : ""));
            }
            return matching.get(0);
        } catch (InputFormatException | IOException e) {
            throw failure(e.getMessage());
        }
    }

    private static String file(String reference) {
        int pick = reference.lastIndexOf(PICK);
        return pick >= 0 ? reference.substring(0, pick) : reference;
    }

    private static CoreException failure(String message) {
        return new CoreException(Status.error(message));
    }
}
