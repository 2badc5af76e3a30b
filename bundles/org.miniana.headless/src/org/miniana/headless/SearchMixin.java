/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import picocli.CommandLine.Option;

/**
 * The search of the {@code models} commands: a model is named within its search, so the same name
 * may stand for a model of each of two searches.
 */
final class SearchMixin {

    /** The search that commands with --analysis mean when it is not given: the bundled one. */
    static final String DEFAULT_SEARCH = "CMS-PAS-SUS-16-014";

    @Option(names = "--analysis", paramLabel = "NAME", defaultValue = DEFAULT_SEARCH,
            description = "The search whose model is meant (default: ${DEFAULT-VALUE}).")
    String analysisName;
}
