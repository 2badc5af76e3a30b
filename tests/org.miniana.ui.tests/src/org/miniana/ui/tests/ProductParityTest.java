/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.miniana.ui.navigator.DatabaseNavigatorView;
import org.miniana.ui.views.BinResultsView;
import org.miniana.ui.views.ProjectionsView;
import org.miniana.ui.views.ScanMapView;
import org.miniana.ui.views.SignificanceView;

/**
 * What passes here is what users get. The tests run in an installation of the workbench product
 * made by p2 (tycho-surefire's p2Installed runtime, see the pom), with the product's own product
 * and application: every bundle of the materialized product, in its version and started as it
 * starts them, and beyond those only the tests and their test framework, none of which a shipped
 * bundle may use. Tycho's default UI test runtime would not do: it always adds
 * org.eclipse.ui.ide.application (tycho-surefire-plugin 5.0.2,
 * {@code AbstractEclipseTestMojo.getTestDependencies}, whatever application is configured) and
 * with it org.eclipse.ui.ide, org.eclipse.core.resources, p2 and Bouncy Castle, to which shipped
 * bundles' optional imports then wire (PDFBox, EMF, JFace). And every view the workbench opens and
 * every command its menus and tool bars contribute is declared by a bundle of the product.
 */
class ProductParityTest {

    private static final String UI = "org.miniana.ui";

    /** Where the product whose bundles the tests run with is, under {@code miniana.products}: its one folder there. */
    private static final Path PRODUCT = Path.of("org.miniana.product.workbench", "linux", "gtk", "x86_64");

    /** The bundles in the runtime that the product does not ship, other than the test framework, and why. */
    private static final Map<String, String> NOT_SHIPPED = Map.of(
            "org.miniana.ui.tests", "these tests",
            "org.miniana.ui.testing", "the tests' helper layer",
            "org.miniana.optimize.example", "a third-party optimizer plug-in with broken contributions",
            "org.miniana.examples.topn", "the outside example plug-in, installed by p2 from its repository");

    /** Name prefixes of the test framework: Tycho's OSGi test runner and JUnit 5. */
    private static final List<String> TEST_FRAMEWORK = List.of("org.eclipse.tycho.surefire.", "junit-jupiter-",
            "junit-platform-", "org.opentest4j");

    @Test
    void theTestsRunTheProductsApplicationWithExactlyItsBundlesAndTheTestHarness() throws IOException {
        Properties config = new Properties();
        try (var in = Files.newInputStream(product().resolve("configuration/config.ini"))) {
            config.load(in);
        }
        assertEquals(config.getProperty("eclipse.product"), Platform.getProduct().getId(), "the product");
        List<String> arguments = List.of(Platform.getCommandLineArgs());
        int application = arguments.indexOf("-testApplication");
        assertTrue(application >= 0, "the harness names the application it runs: " + arguments);
        assertEquals(config.getProperty("eclipse.application"), arguments.get(application + 1), "the application");

        Map<String, Bundle> running = new TreeMap<>();
        for (Bundle bundle : FrameworkUtil.getBundle(Platform.class).getBundleContext().getBundles()) {
            running.put(bundle.getSymbolicName(), bundle);
        }
        List<String> differences = new ArrayList<>();
        Map<String, String[]> shipped = bundlesInfo();
        shipped.forEach((name, entry) -> {
            Bundle bundle = running.get(name);
            if (bundle == null) {
                differences.add(name + " " + entry[1] + " is shipped but not in the test runtime");
            } else if (!bundle.getVersion().toString().equals(entry[1])) {
                differences.add(name + " is " + entry[1] + " in the product, " + bundle.getVersion() + " in the tests");
            } else if (Boolean.parseBoolean(entry[4]) && bundle.getState() != Bundle.ACTIVE && !isFragment(bundle)) {
                differences.add(name + " is started by the product (start level " + entry[3]
                        + "), not in the tests (state " + bundle.getState() + ")");
            }
        });
        for (String name : running.keySet()) {
            if (!shipped.containsKey(name) && !NOT_SHIPPED.containsKey(name)
                    && TEST_FRAMEWORK.stream().noneMatch(name::startsWith)) {
                differences.add(name + " is in the test runtime but neither shipped nor part of the tests");
            }
        }
        for (Bundle bundle : running.values()) {
            if (shipped.containsKey(bundle.getSymbolicName())) {
                usedNotShipped(bundle, shipped.keySet()).forEach(wire -> differences.add(bundle.getSymbolicName()
                        + " (shipped) uses " + wire + ", which the product does not ship"));
            }
        }
        NOT_SHIPPED.keySet().stream().filter(name -> !running.containsKey(name) || shipped.containsKey(name))
                .forEach(name -> differences.add(name + " is listed as not shipped (" + NOT_SHIPPED.get(name)
                        + ") but is " + (running.containsKey(name) ? "shipped" : "not in the test runtime")));
        assertEquals(List.of(), differences, "the test runtime against " + product());
    }

    @Test
    void everyViewAndMenuCommandIsDeclaredByABundleTheProductShips() throws IOException {
        Set<String> shipped = bundlesInfo().keySet();
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

    private static Path product() throws IOException {
        Path platform = Path.of(System.getProperty("miniana.products")).resolve(PRODUCT);
        try (Stream<Path> folders = Files.list(platform)) {
            List<Path> installations = folders.filter(Files::isDirectory).toList();
            assertEquals(1, installations.size(), () -> "installations in " + platform + ": " + installations);
            return installations.get(0);
        }
    }

    /**
     * The bundles the product installs, by symbolic name: its simple configurator's list, each
     * entry {@code name,version,location,startLevel,autoStart}.
     */
    private static Map<String, String[]> bundlesInfo() throws IOException {
        Path info = product().resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Map<String, String[]> bundles = new TreeMap<>();
        List<String> lines = Files.readAllLines(info);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] entry = line.split(",");
                int number = i + 1;
                assertEquals(5, entry.length, () -> info + ":" + number + ": not name,version,location,startLevel,autoStart: "
                        + line);
                bundles.put(entry[0], entry);
            }
        }
        return bundles;
    }

    private static boolean isFragment(Bundle bundle) {
        return (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    /**
     * What {@code bundle}'s own requirements (not those a hosted test fragment brings) are wired
     * to outside {@code shipped}: a shipped bundle that uses one behaves otherwise in the product.
     */
    private static List<String> usedNotShipped(Bundle bundle, Set<String> shipped) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return List.of();
        }
        return wiring.getRequiredWires(null).stream()
                .filter(wire -> wire.getRequirement().getRevision().getBundle() == bundle
                        && !shipped.contains(wire.getProvider().getBundle().getSymbolicName()))
                .map(wire -> wire.getProvider().getBundle().getSymbolicName() + " (" + wire.getRequirement() + ")")
                .toList();
    }
}
