/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.preferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.PValueMethod;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.UserArea;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.FigureOfMerit;

/**
 * The workbench's settings. They are the user's (the instance scope, in {@link UserArea#folder()}
 * unless {@code -data} chose another), like the database location that the command line reads
 * too; settings an earlier version wrote into the installation's configuration are still read.
 */
public final class UiPreferences {

    /** Qualifier of the analysis and report settings. */
    public static final String QUALIFIER = "org.miniana.ui";

    /**
     * A Derby Network Server URL; when set, the workbench uses that server instead of the
     * embedded database. Kept beside {@link DefaultDatabase#PREFERENCE} in the data bundle's node.
     */
    public static final String SERVER_URL = "database.url";

    public static final String OPTIMIZER = "analysis.optimizer";
    public static final String FIGURE_OF_MERIT = "analysis.figureOfMerit";
    public static final String P_VALUE_METHOD = "analysis.pValueMethod";
    public static final String ERRORS = "analysis.errors";
    public static final String FULL_LIKELIHOOD_TOYS = "analysis.fullLikelihoodToys";
    public static final String AUTHOR = "report.author";
    /** {@code MessageDialogWithToggle.ALWAYS} once the user no longer wants to be told what Save does to runs. */
    public static final String SAVE_KEEPS_RUNS_TOLD = "editor.saveKeepsRuns";

    /** The user's settings, the installation's of an earlier version, then the defaults. */
    private static final IScopeContext[] SCOPES = Stream.concat(Arrays.stream(UserArea.settings()),
            Stream.of(DefaultScope.INSTANCE)).toArray(IScopeContext[]::new);

    private UiPreferences() {
    }

    /** The store of the analysis and report settings, for preference pages. */
    public static IPreferenceStore analysisStore() {
        return store(QUALIFIER);
    }

    /** The store of the database settings, the data bundle's node, for preference pages. */
    public static IPreferenceStore databaseStore() {
        return store(DefaultDatabase.PREFERENCE_QUALIFIER);
    }

    /** Writes the user's settings, and reads those an earlier version wrote into the installation too. */
    private static IPreferenceStore store(String qualifier) {
        var store = new ScopedPreferenceStore(InstanceScope.INSTANCE, qualifier);
        store.setSearchContexts(UserArea.settings());
        return store;
    }

    /** Writes the defaults; called by the preference initializer. */
    static void initializeDefaults() {
        var defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
        AnalysisOptions options = AnalysisOptions.DEFAULTS;
        defaults.put(OPTIMIZER, options.optimizer());
        defaults.put(FIGURE_OF_MERIT, options.figureOfMerit().id());
        defaults.put(P_VALUE_METHOD, options.pValueMethod().id());
        defaults.put(ERRORS, options.errors().id());
        defaults.putInt(FULL_LIKELIHOOD_TOYS, options.fullLikelihoodToys());
        defaults.put(AUTHOR, realName(System.getProperty("user.name", ""), Path.of("/etc/passwd")));
    }

    /** The server URL, or "" for the embedded database. */
    public static String serverUrl() {
        return Platform.getPreferencesService()
                .getString(DefaultDatabase.PREFERENCE_QUALIFIER, SERVER_URL, "", SCOPES).strip();
    }

    /**
     * The options of a run as the preferences set them; a setting this version does not know
     * (written by another one) falls back to the default.
     */
    public static AnalysisOptions analysisOptions() {
        AnalysisOptions defaults = AnalysisOptions.DEFAULTS;
        return new AnalysisOptions(analysis(OPTIMIZER),
                known(() -> FigureOfMerit.byId(analysis(FIGURE_OF_MERIT)), defaults.figureOfMerit()),
                known(() -> ErrorCombination.byId(analysis(ERRORS)), defaults.errors()),
                known(() -> PValueMethod.byId(analysis(P_VALUE_METHOD)), defaults.pValueMethod()), defaults.seed(),
                defaults.statistics(), known(() -> toys(analysis(FULL_LIKELIHOOD_TOYS)), 0));
    }

    /** 0 (the asymptotic formulas) or at least {@link org.miniana.analysis.FullLikelihood#MIN_TOYS}. */
    private static int toys(String setting) {
        int toys = Integer.parseInt(setting.strip());
        return AnalysisOptions.DEFAULTS.withFullLikelihoodToys(toys).fullLikelihoodToys();
    }

    private static <T> T known(Supplier<T> setting, T fallback) {
        try {
            return setting.get();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The author of reports: the preference, by default the user's real name (or none). */
    public static String author() {
        return analysis(AUTHOR);
    }

    /**
     * The real name of a user in a passwd file (the first field of the comment), or "" when it
     * has none; a login name such as "root" is no author's name.
     */
    static String realName(String login, Path passwd) {
        try (var lines = Files.lines(passwd)) {
            return lines.map(line -> line.split(":", -1)).filter(fields -> fields.length > 4 && fields[0].equals(login))
                    .map(fields -> fields[4].split(",", 2)[0].strip())
                    .filter(name -> !name.equalsIgnoreCase(login)).findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return ""; // no passwd file (not Unix): the user names the author in the preferences
        }
    }

    private static String analysis(String key) {
        return Platform.getPreferencesService().getString(QUALIFIER, key, "", SCOPES);
    }
}
