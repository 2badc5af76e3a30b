/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start script does for a quick start (issue #20), checked on the built command-line product. */
class StartupTest {

    @TempDir
    Path temp;

    @Test
    void jarsOnTheJavaClassPathAreUnsignedTheBundlesKeepTheirSignatures() throws IOException {
        Path plugins = ProductProcess.home().resolve("plugins");
        for (String unsigned : List.of("org.eclipse.equinox.launcher_", "org.eclipse.osgi_",
                "org.eclipse.osgi.compatibility.state_")) {
            assertTrue(signatureFiles(jar(plugins, unsigned)).isEmpty(), unsigned);
        }
        assertTrue(!signatureFiles(jar(plugins, "org.eclipse.core.runtime_")).isEmpty(),
                "only the class path's jars lose their signatures");
    }

    @Test
    void eachCommandStartsFromAClassDataArchiveOfItsOwnClasses() throws Exception {
        Path cache = temp.resolve("cache");
        String database = temp.resolve("db").toString();
        // a command's first run writes its archive, the second uses it
        assertEquals("shared objects file (top)", secondRunsClassSource(cache, "org.eclipse.osgi.launch.Equinox",
                "--version"));
        // the archive of --version does not hold the database's classes: db status has its own
        assertEquals("shared objects file (top)", secondRunsClassSource(cache,
                "org.apache.derby.impl.jdbc.EmbedConnection", "--db", database, "db", "status"));
        try (var archives = Files.list(cache.resolve("miniana"))) {
            assertEquals(List.of("db", "none"), archives.map(archive -> archive.getFileName().toString())
                    .map(name -> name.substring(name.lastIndexOf('-') + 1, name.length() - ".jsa".length())).sorted()
                    .toList());
        }
    }

    /**
     * Java refuses an archive made with other times of the class path's jars (an installation
     * replaced in the same folder) and never makes it again; the script removes an archive older than
     * those jars, so that Java makes a new one.
     */
    @Test
    void anArchiveOlderThanTheFrameworkIsMadeAgain() throws Exception {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        assertEquals(0, ProductProcess.run(environment, "--version").exitCode());
        Path archive;
        try (var archives = Files.list(temp.resolve("cache/miniana"))) {
            archive = archives.findFirst().orElseThrow();
        }
        FileTime framework = Files.getLastModifiedTime(jar(ProductProcess.home().resolve("plugins"), "org.eclipse.osgi_"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(framework.toMillis() - 60_000));
        assertEquals(0, ProductProcess.run(environment, "--version").exitCode());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(framework) > 0, "the archive was not made again");
    }

    private String secondRunsClassSource(Path cache, String className, String... arguments) throws Exception {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString());
        assertEquals(0, ProductProcess.run(environment, arguments).exitCode());
        Path log = temp.resolve("classes.log");
        var result = ProductProcess.run(Map.of("XDG_CACHE_HOME", cache.toString(), "MINIANA_JAVA_OPTS",
                "-Xlog:class+load=info:file=" + log), arguments);
        assertEquals(0, result.exitCode(), result.err());
        List<String> loaded = Files.readAllLines(log).stream().filter(line -> line.contains(" " + className + " "))
                .toList();
        assertEquals(1, loaded.size(), () -> String.join("\n", loaded));
        return loaded.get(0).substring(loaded.get(0).indexOf("source: ") + "source: ".length());
    }

    /**
     * The workbench's script starts Java as the command line's does (the framework on the class
     * path, an archive of its own); run with a stand-in for Java that prints its arguments, since
     * the workbench itself needs a display.
     */
    @Test
    void theWorkbenchStartsTheFrameworkFromTheClassPathWithAClassDataArchiveOfItsOwn() throws Exception {
        Path workbench;
        try (Stream<Path> folders = Files.list(ProductProcess.products()
                .resolve(Path.of("org.miniana.product.workbench", "linux", "gtk", "x86_64")))) {
            workbench = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path java = temp.resolve("java");
        Files.createDirectories(java.resolve("bin"));
        Files.writeString(java.resolve("release"), "JAVA_VERSION=\"25\"\n");
        Files.writeString(java.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertTrue(java.resolve("bin/java").toFile().setExecutable(true));
        Path cache = temp.resolve("cache");
        ProcessBuilder builder = new ProcessBuilder(workbench.resolve("miniana-workbench").toString(), "-data",
                "workspace").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        List<String> arguments = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, process.waitFor(), String.join("\n", arguments));
        String classPath = arguments.get(arguments.indexOf("-cp") + 1);
        assertTrue(classPath.matches(".*/plugins/org\\.eclipse\\.equinox\\.launcher_[^/:]*\\.jar:.*/plugins/org\\.eclipse"
                + "\\.osgi_[^/:]*\\.jar"), classPath);
        assertTrue(arguments.contains("-Dosgi.frameworkParentClassloader=app"), arguments::toString);
        assertTrue(arguments.stream().anyMatch(argument -> argument.matches(
                "-XX:SharedArchiveFile=" + Pattern.quote(cache.toString()) + "/miniana/workbench-\\d+-start\\.jsa")),
                arguments::toString);
        assertEquals(List.of("org.eclipse.equinox.launcher.Main", "-install", workbench.toString(), "-nosplash",
                "-consoleLog", "-application", "org.miniana.ui.app", "-data", "workspace"),
                arguments.subList(arguments.indexOf("org.eclipse.equinox.launcher.Main"), arguments.size()));
    }

    @Test
    void shortCommandsRunOnTheFirstCompilerAloneScansOnBoth() throws Exception {
        assertEquals("1", tieredStopAtLevel("--version"));
        assertEquals("1", tieredStopAtLevel("analyze", "--help"));
        assertEquals("1", tieredStopAtLevel("models", "add", "--help"));
        assertEquals("4", tieredStopAtLevel("scan", "--help"));
        assertEquals("4", tieredStopAtLevel("validate", "limits", "--help"));
        assertEquals("4", tieredStopAtLevel("models", "generate", "--help"));
        // an option's value is not the command
        assertEquals("4", tieredStopAtLevel("--db", temp.resolve("db").toString(), "scan", "--help"));
    }

    @Test
    void benchStartupTimesEachCommandBesideTheBaseline() throws Exception {
        var result = ProductProcess.run("bench", "startup", "--runs", "1", "--baseline", ProductProcess.home().toString());
        assertEquals(0, result.exitCode(), result.err());
        for (String row : List.of("open the embedded database, first in this process", "miniana --version, wall",
                "miniana db status (opens the database), wall", "analyze a stored model, JSON report, wall",
                "analyze, JSON + Markdown reports, 6 figures PDF+PNG, wall")) {
            assertTrue(result.out().lines().anyMatch(line -> line.startsWith(row)), () -> row + " in\n" + result.out());
        }
        assertEquals(4, result.out().lines().filter(line -> line.startsWith("  the same, baseline ")).count(), result.out());
    }

    private static String tieredStopAtLevel(String... arguments) throws Exception {
        var result = ProductProcess.run(Map.of("MINIANA_JAVA_OPTS", "-XX:+PrintFlagsFinal"), arguments);
        assertEquals(0, result.exitCode(), result.err());
        return result.out().lines().filter(line -> line.matches("\\s*intx TieredStopAtLevel\\s.*")).findFirst()
                .map(line -> line.replaceAll(".*=\\s*(\\d+).*", "$1")).orElseThrow(() -> new AssertionError(result.out()));
    }

    private static Path jar(Path plugins, String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(plugins)) {
            return jars.filter(jar -> jar.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + prefix + "*.jar in " + plugins));
        }
    }

    private static List<String> signatureFiles(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().map(entry -> entry.getName()).filter(name -> name.matches("META-INF/[^/]+\\.SF")).toList();
        }
    }
}
