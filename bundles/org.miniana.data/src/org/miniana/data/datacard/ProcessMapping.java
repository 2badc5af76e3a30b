/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.data.InputFormatException;
import org.miniana.data.io.TextLines;

/**
 * Which background process of an analysis each Combine process name of a card set belongs
 * to, and which nuisances are statistical. The file has lines "combineName = processName" and
 * optionally one line "{@value #STATISTICAL_KEY} = regex" naming the statistical nuisances (by
 * default those whose name contains "stat" in any case); '#' starts a comment.
 */
public final class ProcessMapping {

    /** The key of the line that names the statistical nuisances. */
    public static final String STATISTICAL_KEY = "@statistical";
    private static final Pattern DEFAULT_STATISTICAL = Pattern.compile("(?i).*stat.*");

    private final String source;
    private final Map<String, BackgroundProcess> processes;
    private final Pattern statistical;

    private ProcessMapping(String source, Map<String, BackgroundProcess> processes, Pattern statistical) {
        this.source = source;
        this.processes = Map.copyOf(processes);
        this.statistical = statistical;
    }

    /** The regular expression that names the statistical lnN nuisances. */
    public String statisticalPattern() {
        return statistical.pattern();
    }

    /**
     * Whether the nuisance is a statistical one (a control sample's or a simulation's size):
     * lnU and gmN normalisations always are, lnN ones when their name matches.
     */
    public boolean isStatistical(NuisanceParameter parameter) {
        return parameter.type() != NuisanceParameter.Type.LN_N || statistical.matcher(parameter.name()).matches();
    }

    /** The file it was read from, for messages. */
    public String source() {
        return source;
    }

    public Optional<BackgroundProcess> process(String combineName) {
        return Optional.ofNullable(processes.get(combineName));
    }

    /** Reads a mapping file onto the given processes of an analysis. */
    public static ProcessMapping read(CardLocation location, String file, List<BackgroundProcess> known)
            throws InputFormatException, IOException {
        Map<String, BackgroundProcess> byName = new HashMap<>();
        known.forEach(process -> byName.put(process.name(), process));
        Map<String, BackgroundProcess> mapping = new HashMap<>();
        Pattern statistical = DEFAULT_STATISTICAL;
        String source = location.describe(file);
        List<String> lines;
        try (InputStream in = location.open(file)) {
            lines = TextLines.read(source, in, TextLines.MAX_BYTES);
        }
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String content = line.replaceFirst("#.*", "").trim();
            if (content.isEmpty()) {
                continue;
            }
            int equals = content.indexOf('=');
            if (equals < 0) {
                throw new InputFormatException(source, lineNumber, "expected 'combineProcess = backgroundProcess'");
            }
            String combineName = content.substring(0, equals).trim();
            if (combineName.equals(STATISTICAL_KEY)) {
                try {
                    statistical = Pattern.compile(content.substring(equals + 1).trim());
                } catch (PatternSyntaxException e) {
                    throw new InputFormatException(source, lineNumber, "not a regular expression: "
                            + e.getDescription());
                }
                continue;
            }
            BackgroundProcess process = byName.get(content.substring(equals + 1).trim());
            if (process == null) {
                throw new InputFormatException(source, lineNumber, "unknown background process '"
                        + content.substring(equals + 1).trim() + "'; known: " + byName.keySet());
            }
            if (mapping.put(combineName, process) != null) {
                throw new InputFormatException(source, lineNumber, "'" + combineName + "' is mapped twice");
            }
        }
        return new ProcessMapping(source, mapping, statistical);
    }
}
