/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.miniana.headless.MinianaCommand;

/**
 * The command line registers only the sub-command it runs (a start-up cost): every command line
 * must still reach the command it names, and what lists commands must still see them all.
 */
class CommandRegistrationTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = MinianaCommand.execute(arguments, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionAlone() {
        Run run = run("--version");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Mini Analysis Workbench 0.1.0", run.out().strip());
    }

    @Test
    void valueOfAGlobalOptionIsNotTakenForTheCommand() {
        // a database folder called "bins": the command is analyze
        Run run = run("--db", "bins", "analyze", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: miniana analyze"), run.out());
    }

    @Test
    void usageAndHelpListEveryCommand() {
        for (String[] arguments : new String[][] { { "--help" }, { "help" }, { "--version", "--help" } }) {
            Run run = run(arguments);
            assertEquals(0, run.exitCode(), run.err());
            for (String command : new String[] { "analyze", "scan", "significance", "bins", "models", "import",
                    "export", "optimizers", "reports", "plugins", "fit", "db", "bench", "validate", "setup-tex",
                    "completion", "help" }) {
                assertTrue(run.out().contains("\n  " + command + " "), String.join(" ", arguments) + ": " + command
                        + " missing from\n" + run.out());
            }
        }
    }

    @Test
    void helpOfANamedCommand() {
        Run run = run("help", "bins");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: miniana bins"), run.out());
    }

    @Test
    void misspeltCommandGetsASuggestion() {
        Run run = run("--db", "x", "anlyze");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Did you mean: miniana analyze"), run.err());
    }
}
