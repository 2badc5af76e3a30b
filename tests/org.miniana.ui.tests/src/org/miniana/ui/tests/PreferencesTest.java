/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

class PreferencesTest {

    @Test
    void theAnalysisPageOffersEveryWorkingOptimizerIncludingThirdPartyOnes() {
        Modal.drive(() -> Workbench.execute(IWorkbenchCommandConstants.WINDOW_PREFERENCES), "Preferences", dialog -> {
            Tree pages = Widgets.all(dialog, Tree.class, tree -> true).get(0);
            Input.select(Widgets.treeItem(pages, "Mini Analysis", "Analysis and Reports"));
            Combo optimizers = Widgets.labelled(dialog, Combo.class, "Default optimizer");
            List<String> offered = List.of(optimizers.getItems());
            assertEquals(List.of("Greedy Q (original RA2 algorithm) [greedy-q, org.miniana.optimize]",
                    "Best prefix of the S/B rankings [ranked-prefix, org.miniana.optimize]",
                    "Best rectangular cuts [rectangular-cuts, org.miniana.optimize]",
                    "Local search [local-search, org.miniana.optimize]",
                    "Best single bin [best-single-bin, org.miniana.optimize.example]"), offered);
            assertEquals(offered.get(3), optimizers.getText(), "local-search, the analysis service's default, is the default");
            Combo figures = Widgets.labelled(dialog, Combo.class, "Figure of merit");
            assertTrue(figures.getText().startsWith("hybrid"));
            Input.click(Widgets.button(dialog, "Cancel"));
        }, Duration.ofSeconds(60));
    }
}
