/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.Objective;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.Optimizer;
import org.miniana.optimize.ProblemBin;
import org.miniana.optimize.StandardFigureOfMerit;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Builds {@code examples/optimizer-plugin}, a plug-in project outside the reactor, the way a third
 * party does: its own Maven build against the SDK repository that this build made, and nothing else
 * (the example turns Tycho's local artifacts off). Then checks the plug-in jar, that its optimizer
 * works, and the p2 repository made of it.
 */
class ExamplePluginBuildTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("miniana.checkout"));
    private static final Path EXAMPLE = CHECKOUT.resolve("examples/optimizer-plugin");
    private static final Path PLUGIN_JAR = EXAMPLE
            .resolve("org.miniana.examples.topn/target/org.miniana.examples.topn-1.0.0-SNAPSHOT.jar");
    private static final Path REPOSITORY = EXAMPLE.resolve("repository/target/repository");
    private static final Path LOG = Path.of(System.getProperty("miniana.example.log"));

    private static int exitCode;

    @BeforeAll
    static void buildExample() throws Exception {
        Path sdk = Path.of(System.getProperty("miniana.sdk.repository"));
        assertTrue(Files.isRegularFile(sdk.resolve("miniana-sdk.target")),
                "No SDK repository at " + sdk + ": build releng/org.miniana.sdk before this test");
        List<String> command = new ArrayList<>(List.of(CHECKOUT.resolve("mvnw").toString(), "-B"));
        // an offline build must stay offline; the nested build then needs what the outer one fetched
        if ("offline=true".equals(System.getProperty("miniana.maven.mode"))) {
            command.add("-o");
        }
        command.addAll(List.of("clean", "verify", "-f", EXAMPLE.resolve("pom.xml").toString(),
                "-Dminiana.sdk=" + sdk, "-Dmaven.repo.local=" + System.getProperty("miniana.maven.localRepository")));
        Files.createDirectories(LOG.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(EXAMPLE.toFile())
                .redirectErrorStream(true).redirectOutput(LOG.toFile());
        Map<String, String> environment = builder.environment();
        // the JDK that runs the tests, as the wrapper takes JAVA_HOME
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = builder.start();
        if (!maven.waitFor(10, TimeUnit.MINUTES)) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
            fail("The example's build took more than 10 minutes; its output: " + LOG);
        }
        exitCode = maven.exitValue();
    }

    /** Fails with the end of the build's output unless it succeeded. */
    private static void assertBuilt() throws IOException {
        if (exitCode != 0) {
            List<String> lines = Files.readAllLines(LOG);
            fail("The example's build failed with exit code " + exitCode + " (" + LOG + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
    }

    @Test
    void buildsAgainstTheSdkOnly() throws IOException {
        assertBuilt();
        String log = Files.readString(LOG);
        assertTrue(log.contains("miniana-sdk.target"), "the SDK's target file was not the target platform");
    }

    @Test
    void pluginJarContributesOneOptimizer() throws Exception {
        assertBuilt();
        try (JarFile jar = new JarFile(PLUGIN_JAR.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertEquals("org.miniana.examples.topn;singleton:=true", manifest.getValue("Bundle-SymbolicName"));
            assertTrue(manifest.getValue("Bundle-Version").startsWith("1.0.0."), manifest.getValue("Bundle-Version"));
            assertEquals("org.miniana.optimize", manifest.getValue("Import-Package"));

            Element plugin;
            try (InputStream in = jar.getInputStream(jar.getEntry("plugin.xml"))) {
                plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                        .getDocumentElement();
            }
            NodeList extensions = plugin.getElementsByTagName("extension");
            assertEquals(1, extensions.getLength());
            assertEquals("org.miniana.optimize.optimizers", ((Element) extensions.item(0)).getAttribute("point"));
            NodeList optimizers = plugin.getElementsByTagName("optimizer");
            assertEquals(1, optimizers.getLength());
            Element optimizer = (Element) optimizers.item(0);
            assertEquals("top-n", optimizer.getAttribute("id"));
            assertTrue(!optimizer.getAttribute("name").isBlank(), "the optimizer has no name");
            String className = optimizer.getAttribute("class");
            assertEquals("org.miniana.examples.topn.TopNOptimizer", className);
            assertNotNull(jar.getEntry(className.replace('.', '/') + ".class"), "the class is not in the jar");
        }
    }

    /**
     * Bins {S, B} without background errors: {0.5, 100}, {5, 1}, {5, 1.5}, {0, 2}. By S/sqrt(B)
     * the order is 1, 2, 0 (bin 3 has no signal). Asimov's Z_A = sqrt(2((S + B) ln(1 + S/B) - S)):
     * bin 1 alone 3.39, bins 1 and 2 (S 10, B 2.5) 4.50, all three (S 10.5, B 102.5) 1.02.
     */
    @Test
    void optimizerChoosesTheBestPrefix() throws Exception {
        assertBuilt();
        double[][] yields = { { 0.5, 100 }, { 5, 1 }, { 5, 1.5 }, { 0, 2 } };
        List<ProblemBin> bins = new ArrayList<>();
        for (int i = 0; i < yields.length; i++) {
            SearchBin position = new SearchBin(i, Interval.of(3 + i, 4 + i), Interval.atLeast(0),
                    Interval.atLeast(300), Interval.atLeast(300));
            bins.add(new ProblemBin(position, yields[i][0], List.of(Estimate.central(yields[i][1]))));
        }
        OptimizationProblem problem = new OptimizationProblem("hand-made", "hand-made",
                List.of(new BackgroundProcess("top", "Top", 0x6BAED6)), bins, ErrorCombination.UNCORRELATED);
        // the jar's class, loaded the way its bundle would see the API: through org.miniana.optimize
        try (URLClassLoader loader = new URLClassLoader(new URL[] { PLUGIN_JAR.toUri().toURL() },
                Optimizer.class.getClassLoader())) {
            Optimizer topN = (Optimizer) loader.loadClass("org.miniana.examples.topn.TopNOptimizer")
                    .getConstructor().newInstance();
            assertEquals(Set.of(1, 2), topN.choose(new Objective(problem, StandardFigureOfMerit.ASIMOV)));
        }
    }

    @Test
    void p2RepositoryHoldsThePlugin() throws Exception {
        assertBuilt();
        try (Stream<Path> plugins = Files.list(REPOSITORY.resolve("plugins"))) {
            List<String> names = plugins.map(path -> path.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).matches("org\\.miniana\\.examples\\.topn_1\\.0\\.0\\.\\d+\\.jar"), names.get(0));
        }
        try (ZipFile content = new ZipFile(REPOSITORY.resolve("content.jar").toFile());
                InputStream xml = content.getInputStream(content.getEntry("content.xml"))) {
            assertTrue(new String(xml.readAllBytes()).contains("<unit id='org.miniana.examples.topn'"),
                    "the repository's metadata has no unit for the plug-in");
        }
        assertTrue(Files.isRegularFile(EXAMPLE.resolve("repository/target/miniana-topn-optimizer-1.0.0-SNAPSHOT.zip")));
    }
}
