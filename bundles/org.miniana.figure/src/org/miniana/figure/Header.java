/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.Objects;

/**
 * The line above the top panel, in the style of the LHC experiments: a bold label and an italic
 * qualifier on the left ("CMS-PAS-SUS-16-014" "public data"), the data set on the right
 * ("12.9 fb^{-1} (13 TeV)"). Text may use the {@link Markup}.
 */
public record Header(String label, String qualifier, String right) {

    public Header {
        label = Objects.requireNonNullElse(label, "");
        qualifier = Objects.requireNonNullElse(qualifier, "");
        right = Objects.requireNonNullElse(right, "");
    }
}
