/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;
import org.miniana.ui.preferences.UiPreferences;
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
                    "Top N bins by S/sqrt(B) [top-n, org.miniana.examples.topn]",
                    "Best single bin [best-single-bin, org.miniana.optimize.example]"), offered);
            assertEquals(offered.get(3), optimizers.getText(), "local-search, the analysis service's default, is the default");
            Combo figures = Widgets.labelled(dialog, Combo.class, "Figure of merit");
            assertTrue(figures.getText().startsWith("hybrid"));
            Input.click(Widgets.button(dialog, "Cancel"));
        }, Duration.ofSeconds(60));
    }

    /** Full-likelihood toys set on the page reach the runs' options; a count below 50 falls back to 0. */
    @Test
    void fullLikelihoodToysAreAPreference() {
        IPreferenceStore store = UiPreferences.analysisStore();
        try {
            assertEquals(0, UiPreferences.analysisOptions().fullLikelihoodToys(), "asymptotic by default");
            store.setValue(UiPreferences.FULL_LIKELIHOOD_TOYS, 200);
            assertEquals(200, UiPreferences.analysisOptions().fullLikelihoodToys());
            store.setValue(UiPreferences.FULL_LIKELIHOOD_TOYS, 7);
            assertEquals(0, UiPreferences.analysisOptions().fullLikelihoodToys());
        } finally {
            store.setToDefault(UiPreferences.FULL_LIKELIHOOD_TOYS);
        }
        Modal.drive(() -> Workbench.execute(IWorkbenchCommandConstants.WINDOW_PREFERENCES), "Preferences", dialog -> {
            Tree pages = Widgets.all(dialog, Tree.class, tree -> true).get(0);
            Input.select(Widgets.treeItem(pages, "Mini Analysis", "Analysis and Reports"));
            Text toys = Widgets.labelled(dialog, Text.class,
                    "Full-likelihood toys per signal strength (0: asymptotic formulas)");
            assertEquals("0", toys.getText());
            Input.click(Widgets.button(dialog, "Cancel"));
        }, Duration.ofSeconds(60));
    }

    /** What the pages store is the user's (instance scope), never the installation's configuration. */
    @Test
    void settingsAreTheUsersNotTheInstallations() {
        IPreferenceStore store = UiPreferences.analysisStore();
        try {
            store.setValue(UiPreferences.AUTHOR, "A. Physicist");
            assertEquals("A. Physicist", InstanceScope.INSTANCE.getNode(UiPreferences.QUALIFIER).get(UiPreferences.AUTHOR,
                    null));
            assertNull(ConfigurationScope.INSTANCE.getNode(UiPreferences.QUALIFIER).get(UiPreferences.AUTHOR, null));
        } finally {
            store.setToDefault(UiPreferences.AUTHOR);
        }
    }
}
