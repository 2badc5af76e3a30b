/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code miniana completion}: the bash/zsh completion script picocli generates from the command model. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = { "Prints a bash (and zsh, with bashcompinit) completion script for miniana: its commands,"
                + " options, and the values of options with a fixed set (optimizers, p-value methods, formats, ...).",
                "Generate it once and source it from ~/.bashrc:",
                "  miniana completion > ~/.miniana-completion.bash",
                "  echo 'source ~/.miniana-completion.bash' >> ~/.bashrc",
                "It completes the command 'miniana' (on the PATH) and './miniana'." })
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String name = spec.root().name();
        out.print(AutoComplete.bash(name, spec.root().commandLine()));
        // picocli registers the bare name; the repository's start script is run as ./miniana
        out.printf("complete -F _complete_%s -o default ./%s%n", name, name);
        out.flush();
        return 0;
    }
}
