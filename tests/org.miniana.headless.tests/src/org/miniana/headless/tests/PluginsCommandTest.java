/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.testing.SchemaAssertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code miniana plugins} in a copy of the built product, as a user installs a third-party plug-in:
 * the example optimizer plug-in (one working optimizer, four broken contributions) is installed from
 * its jar, used, listed with its problems, and removed; a plug-in whose requirement the product cannot
 * meet changes nothing. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginsCommandTest {

    private static final String EXAMPLE = "org.miniana.optimize.example";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";

    @TempDir
    static Path folder;
    private static Path product;
    private static Map<String, String> environment;

    @BeforeAll
    static void copyTheProduct() throws IOException {
        product = folder.resolve("miniana");
        copy(ProductProcess.home(), product);
        environment = Map.of("HOME", Files.createDirectories(folder.resolve("home")).toString(), "MINIANA_DB",
                folder.resolve("db").toString());
    }

    private static ProductProcess.Result miniana(String... arguments) throws Exception {
        return ProductProcess.runAt(product, environment, arguments);
    }

    /** The example optimizer plug-in's jar, built earlier in the reactor (the build names it). */
    private static Path exampleJar() {
        Path jar = Path.of(System.getProperty("miniana.exampleOptimizer"));
        assertTrue(Files.isRegularFile(jar), () -> "the example plug-in is not built: no " + jar);
        return jar;
    }

    /** Whether the product's plugins/ folder holds a jar of the bundle. */
    private static boolean hasJar(String symbolicName) throws IOException {
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            return plugins.anyMatch(file -> file.getFileName().toString().startsWith(symbolicName + "_"));
        }
    }

    private static String bundlesInfo() throws IOException {
        return Files.readString(product.resolve(BUNDLES_INFO));
    }

    @Test
    @Order(1)
    void aNewProductHasNoPlugIns() throws Exception {
        ProductProcess.Result result = miniana("plugins", "list");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("No plug-ins are installed; 'miniana plugins install' adds one.\n", result.out());
    }

    @Test
    @Order(2)
    void aPlugInWhoseRequirementsTheProductCannotMeetChangesNothing() throws Exception {
        Path jar = folder.resolve("needs-more.jar");
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Bundle-ManifestVersion", "2");
        attributes.putValue("Bundle-SymbolicName", "org.example.needs.more");
        attributes.putValue("Bundle-Version", "1.0.0");
        attributes.putValue("Require-Bundle", "org.example.not.there;bundle-version=\"2.0.0\"");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream unused = new JarOutputStream(out, manifest)) {
            // a manifest is all the bundle has
        }
        String before = bundlesInfo();

        ProductProcess.Result result = miniana("plugins", "install", jar.toString());
        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.err().startsWith("miniana: Cannot install " + jar + ": "), result.err());
        assertTrue(result.err().contains("org.example.not.there"), result.err());
        assertEquals(before, bundlesInfo(), "nothing is installed");
        assertFalse(hasJar("org.example.needs.more"));
    }

    @Test
    @Order(3)
    void theExampleInstallsFromItsJarAndItsOptimizerIsUsedAtTheNextStart() throws Exception {
        ProductProcess.Result installed = miniana("plugins", "install", exampleJar().toString());
        assertEquals(0, installed.exitCode(), installed.err());
        assertTrue(installed.out().startsWith("Installed " + EXAMPLE + " 0.1.0."), installed.out());
        assertTrue(bundlesInfo().contains(EXAMPLE + ","), "the product's configuration names the plug-in");

        ProductProcess.Result optimizers = miniana("optimizers");
        assertEquals(0, optimizers.exitCode(), optimizers.err());
        assertEquals("", optimizers.err(), "broken contributions make no log noise on the console");
        String[] sections = optimizers.out().split("\nNot available:\n");
        assertEquals(2, sections.length, optimizers.out());
        assertTrue(sections[0].contains("best-single-bin   Best single bin [" + EXAMPLE + "]"), sections[0]);
        assertFalse(sections[0].contains("broken"), "a broken contribution is never listed as available");
        assertEquals(List.of("no-name [" + EXAMPLE + "]",
                "    it lacks an id, a name or a class (no name)",
                "greedy-q [" + EXAMPLE + "]",
                "    the id is taken already",
                "broken-class [" + EXAMPLE + "]",
                "broken-constructor [" + EXAMPLE + "]"),
                sections[1].lines().filter(line -> !line.startsWith("    its class")).toList(), sections[1]);
        assertTrue(sections[1].contains("    its class org.miniana.optimize.example.DoesNotExist cannot be created: "
                + "ClassNotFoundException: "), sections[1]);

        ProductProcess.Result broken = miniana("analyze", "T1tttt:1500:100", "--optimizer", "broken-class",
                "--no-report");
        assertEquals(2, broken.exitCode(), broken.out());
        assertTrue(broken.err().startsWith("miniana: Invalid value for option '--optimizer': Optimizer 'broken-class'"
                + " contributed by " + EXAMPLE + " is not available: its class"), broken.err());

        ProductProcess.Result analyzed = miniana("analyze", "T1tttt:1500:100", "--optimizer", "best-single-bin",
                "--no-report");
        assertEquals(0, analyzed.exitCode(), analyzed.err());
        assertTrue(analyzed.out().contains("best-single-bin"), analyzed.out());
    }

    @Test
    @Order(4)
    void theListSaysWhatThePlugInContributesAndWhatIsWrongWithIt() throws Exception {
        ProductProcess.Result result = miniana("plugins", "list");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).startsWith(EXAMPLE + " 0.1.0."), result.out());
        assertTrue(lines.get(1).matches("  bundle " + EXAMPLE.replace(".", "\\.") + " 0\\.1\\.0\\.\\S+: resolved"),
                result.out());
        assertTrue(lines.contains("    contributes org.miniana.optimize.optimizers: best-single-bin"), result.out());
        assertTrue(lines.contains("    problem: 'greedy-q': the id is taken already"), result.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("    problem: 'broken-constructor': its class "
                + "org.miniana.optimize.example.FailingOptimizer cannot be created: IllegalStateException")),
                result.out());

        ProductProcess.Result json = miniana("plugins", "list", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode document = JSON.readTree(json.out());
        assertEquals(List.of(), SchemaAssertions.errors(CommandConventionsTest.schema("plugins"), document));
        JsonNode bundle = document.get("plugins").get(0).get("bundles").get(0);
        assertEquals("resolved", bundle.get("state").asText());
        assertEquals(4, bundle.get("problems").size(), bundle.toString());
    }

    @Test
    @Order(5)
    void installingItAgainOrRemovingAProductBundleIsRefused() throws Exception {
        ProductProcess.Result again = miniana("plugins", "install", exampleJar().toString());
        assertEquals(1, again.exitCode(), again.out());
        assertTrue(again.err().startsWith("miniana: Already installed: " + EXAMPLE + " 0.1.0."), again.err());

        ProductProcess.Result own = miniana("plugins", "remove", "org.miniana.optimize");
        assertEquals(1, own.exitCode(), own.out());
        assertTrue(own.err().startsWith("miniana: 'org.miniana.optimize' is part of the product, not a plug-in"
                + " installed with 'plugins install'; it cannot be removed"), own.err());
    }

    @Test
    @Order(6)
    void removedItIsGoneAtTheNextStart() throws Exception {
        ProductProcess.Result removed = miniana("plugins", "remove", EXAMPLE);
        assertEquals(0, removed.exitCode(), removed.err());
        assertTrue(removed.out().startsWith("Removed " + EXAMPLE + " 0.1.0."), removed.out());
        assertFalse(bundlesInfo().contains(EXAMPLE + ","));
        assertFalse(hasJar(EXAMPLE), "the jar is deleted with the plug-in");

        ProductProcess.Result optimizers = miniana("optimizers");
        assertEquals(0, optimizers.exitCode(), optimizers.err());
        assertFalse(optimizers.out().contains(EXAMPLE), optimizers.out());
        assertEquals("No plug-ins are installed; 'miniana plugins install' adds one.\n",
                miniana("plugins", "list").out());
    }

    /**
     * The outside example (examples/optimizer-plugin, built against the SDK by the SDK tests) installs
     * from its p2 repository, zipped or not, takes part in analyses, and is removed again.
     */
    @Test
    @Order(7)
    void theOutsideExampleInstallsFromItsP2RepositoryAndItsOptimizerRuns() throws Exception {
        Path repository = Path.of(System.getProperty("miniana.outsideExample"));
        assertTrue(Files.isRegularFile(repository.resolve("content.jar")), () -> "no p2 repository at " + repository);
        Path zipped = repository.resolveSibling("miniana-topn-optimizer-1.0.0-SNAPSHOT.zip");
        // as released (a zip) and as built (a folder)
        for (Path source : List.of(zipped, repository)) {
            ProductProcess.Result installed = miniana("plugins", "install", source.toString());
            assertEquals(0, installed.exitCode(), installed.err());
            assertTrue(installed.out().startsWith("Installed org.miniana.examples.topn 1.0.0."), installed.out());

            ProductProcess.Result optimizers = miniana("optimizers");
            assertTrue(optimizers.out().contains("top-n") && optimizers.out().contains("[org.miniana.examples.topn]"),
                    optimizers.out());
            assertFalse(optimizers.out().contains("Not available:"), optimizers.out());
            ProductProcess.Result analyzed = miniana("analyze", "T1tttt:1500:100", "--optimizer", "top-n",
                    "--no-report");
            assertEquals(0, analyzed.exitCode(), analyzed.err());
            assertTrue(analyzed.out().contains("Design         top-n maximising"), analyzed.out());

            assertEquals(0, miniana("plugins", "remove", "org.miniana.examples.topn").exitCode());
            assertFalse(miniana("optimizers").out().contains("top-n"));
        }
    }

    /**
     * A product its user cannot write to (installed by an administrator) takes plug-ins into the
     * user's own area, {@code ~/.eclipse/}, through p2's shared installation: the product is not
     * changed. Needs a second user: runs where the tests run as root (as in CI), as user nobody.
     */
    @Test
    @Order(8)
    void aReadOnlyProductInstallsIntoTheUsersOwnArea() throws Exception {
        Path runuser = Path.of("/usr/sbin/runuser");
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(runuser),
                "needs root and runuser to run the product as another user");
        Path shared = folder.resolve("shared");
        copy(ProductProcess.home(), shared);
        Path home = Files.createDirectories(folder.resolve("nobody"));
        Path jar = Files.copy(exampleJar(), folder.resolve("example.jar"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setOwner(home, folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        try (Stream<Path> files = Files.walk(shared)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) || Files.isExecutable(file) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
        String before = Files.readString(shared.resolve(BUNDLES_INFO));
        // Java takes user.home from the password database, where nobody's is /nonexistent
        List<String> asNobody = List.of(runuser.toString(), "-u", "nobody", "--", "env", "HOME=" + home,
                "MINIANA_JAVA_OPTS=-Duser.home=" + home, shared.resolve("miniana").toString());

        ProductProcess.Result installed = ProductProcess.run(concat(asNobody, "plugins", "install", jar.toString()),
                Map.of());
        assertEquals(0, installed.exitCode(), installed.err());
        assertEquals(before, Files.readString(shared.resolve(BUNDLES_INFO)), "the shared product is unchanged");
        try (Stream<Path> files = Files.walk(home.resolve(".eclipse"))) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith(EXAMPLE + "_")
                    && file.getParent().getFileName().toString().equals("plugins")), "the jar is in the user's area");
        }
        ProductProcess.Result optimizers = ProductProcess.run(concat(asNobody, "optimizers"), Map.of());
        assertEquals(0, optimizers.exitCode(), optimizers.err());
        assertTrue(optimizers.out().contains("best-single-bin   Best single bin [" + EXAMPLE + "]"), optimizers.out());
    }

    private static List<String> concat(List<String> command, String... arguments) {
        return Stream.concat(command.stream(), Stream.of(arguments)).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
