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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code miniana setup-tex}, which the start script handles before Java starts (the application
 * lists it and runs the same when started otherwise): it installs the
 * LaTeX paper's Debian packages that are missing, through apt-get (faked here, on a PATH of
 * fakes), and does nothing when TeX is there.
 */
class SetupTexTest {

    @Test
    void installsTheMissingPackagesWithAptGet(@TempDir Path bin) throws Exception {
        Path calls = bin.resolve("apt-get.calls");
        fake(bin, "apt-get", "echo \"$*\" >> " + calls);
        fake(bin, "id", "echo 0");
        link(bin, "dirname");
        ProductProcess.Result result = ProductProcess.run(Map.of("PATH", bin.toString()), "setup-tex");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("update -q", "install -y -q --no-install-recommends texlive-latex-base "
                + "texlive-latex-recommended lmodern"), Files.readAllLines(calls));
        assertTrue(result.err().contains("installing texlive-latex-base texlive-latex-recommended lmodern"),
                result.err());
    }

    @Test
    void nothingToDoWhenTexIsThere(@TempDir Path bin) throws Exception {
        fake(bin, "pdflatex", "exit 0");
        fake(bin, "kpsewhich", "exit 0");
        fake(bin, "apt-get", "exit 1");
        link(bin, "dirname");
        ProductProcess.Result result = ProductProcess.run(Map.of("PATH", bin.toString()), "setup-tex");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("miniana: pdflatex and the paper's LaTeX packages are installed\n", result.out());
    }

    @Test
    void withoutAptGetItSaysWhatToInstall(@TempDir Path bin) throws Exception {
        link(bin, "dirname");
        ProductProcess.Result result = ProductProcess.run(Map.of("PATH", bin.toString()), "setup-tex");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("no apt-get here; install texlive-latex-base texlive-latex-recommended lmodern"
                + " with your system's package manager"), result.err());
    }

    /** The command is in the help and, started without the script, the application runs the same installation. */
    @Test
    void theApplicationListsAndRunsIt(@TempDir Path bin) throws Exception {
        assertTrue(ProductProcess.run("--help").out().contains("setup-tex"));
        ProductProcess.Result help = ProductProcess.run("setup-tex", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Installs pdflatex"), help.out());

        fake(bin, "pdflatex", "exit 0");
        fake(bin, "kpsewhich", "exit 0");
        Path home = ProductProcess.home();
        Path launcher;
        try (var plugins = Files.list(home.resolve("plugins"))) {
            launcher = plugins.filter(jar -> jar.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow();
        }
        var direct = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                launcher.toString(), "-install", home.toString(), "-nosplash", "-application",
                "org.miniana.headless.app", "setup-tex").redirectErrorStream(true);
        direct.environment().put("PATH", bin.toString());
        Process process = direct.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertTrue(out.contains("miniana: pdflatex and the paper's LaTeX packages are installed"), out);
    }

    private static void fake(Path bin, String name, String body) throws IOException {
        Path program = bin.resolve(name);
        Files.writeString(program, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void link(Path bin, String tool) throws IOException {
        for (String folder : List.of("/usr/bin", "/bin")) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                Files.createSymbolicLink(bin.resolve(tool), Path.of(folder, tool));
                return;
            }
        }
        throw new IOException("no " + tool + " in /usr/bin or /bin");
    }
}
