/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.miniana.ui.navigator.DatabaseNavigatorView;
import org.miniana.ui.views.BinResultsView;
import org.miniana.ui.views.ProjectionsView;
import org.miniana.ui.views.ScanMapView;
import org.miniana.ui.views.SignificanceView;

/**
 * The UI tests run with the test harness's extra bundles (Tycho's UI harness brings
 * org.eclipse.ui.ide and its application), which the product does not ship. What the workbench
 * shows must not come from those: every view it opens and every command its menus and tool bars
 * contribute is declared by a bundle of the materialized product.
 */
class ProductParityTest {

    private static final String UI = "org.miniana.ui";

    @Test
    void everyViewAndMenuCommandIsDeclaredByABundleTheProductShips() throws IOException {
        Set<String> shipped = shippedBundles();
        assertTrue(shipped.contains(UI) && !shipped.contains("org.eclipse.ui.ide"), "the product's bundles: " + shipped);
        for (String view : List.of(DatabaseNavigatorView.ID, BinResultsView.ID, SignificanceView.ID, ProjectionsView.ID,
                ScanMapView.ID, IPageLayout.ID_PROGRESS_VIEW)) {
            assertDeclaredBy(shipped, "org.eclipse.ui.views", "view", view);
        }
        List<String> commands = elements("org.eclipse.ui.menus").filter(element -> UI.equals(contributor(element)))
                .flatMap(ProductParityTest::descendants).filter(element -> "command".equals(element.getName()))
                .map(element -> element.getAttribute("commandId")).distinct().toList();
        assertTrue(commands.size() >= 8, "the menus' commands: " + commands);
        for (String command : commands) {
            assertDeclaredBy(shipped, "org.eclipse.ui.commands", "command", command);
        }
    }

    private static void assertDeclaredBy(Set<String> shipped, String point, String kind, String id) {
        List<String> declaring = elements(point).flatMap(ProductParityTest::descendants)
                .filter(element -> kind.equals(element.getName()) && id.equals(element.getAttribute("id")))
                .map(ProductParityTest::contributor).toList();
        assertTrue(declaring.stream().anyMatch(shipped::contains),
                kind + " " + id + " is declared by " + declaring + ", none of which the product ships");
    }

    private static Stream<IConfigurationElement> elements(String point) {
        return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(point));
    }

    private static Stream<IConfigurationElement> descendants(IConfigurationElement element) {
        return Stream.concat(Stream.of(element), Arrays.stream(element.getChildren())
                .flatMap(ProductParityTest::descendants));
    }

    private static String contributor(IConfigurationElement element) {
        return element.getContributor().getName();
    }

    /** The symbolic names of the plug-ins of the materialized workbench product. */
    private static Set<String> shippedBundles() throws IOException {
        Path plugins = Path.of(System.getProperty("miniana.products"), "org.miniana.product.workbench", "linux", "gtk",
                "x86_64", "plugins");
        try (Stream<Path> files = Files.list(plugins)) {
            return files.map(file -> file.getFileName().toString().replaceFirst("_\\d.*$", ""))
                    .collect(Collectors.toSet());
        }
    }
}
