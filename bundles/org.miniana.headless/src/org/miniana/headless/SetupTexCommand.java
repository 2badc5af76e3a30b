/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * {@code miniana setup-tex}. The start scripts run the installation before Java starts (TeX needs
 * no product, and on a checkout no build); this command lists it in the help and the completion,
 * and does the same when the application is started another way.
 */
@Command(name = "setup-tex", mixinStandardHelpOptions = true,
        description = { "Installs pdflatex and the LaTeX packages the paper report needs (Debian and Ubuntu: apt-get,"
                + " with sudo when not root; elsewhere it names the packages to install).",
                "analyze offers it once on a terminal without TeX; without TeX the paper is written as paper.tex only." })
final class SetupTexCommand implements Callable<Integer> {

    /** The installation's shell functions that know the packages, shared with the start scripts. */
    static final String SCRIPT = "tex-packages.sh";

    @Override
    public Integer call() throws Exception {
        Path script = installation().resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("This installation has no " + SCRIPT + " (" + script
                    + "); start it with its 'miniana' script, or install texlive-latex-base, texlive-latex-recommended"
                    + " and lmodern yourself");
        }
        return new ProcessBuilder("/bin/sh", "-c", ". \"$1\" && miniana_setup_tex", "sh", script.toString()).inheritIO()
                .start().waitFor();
    }

    private static Path installation() {
        String area = System.getProperty("osgi.install.area");
        return area == null ? Path.of("") : Path.of(URI.create(area.replace(" ", "%20")));
    }
}
