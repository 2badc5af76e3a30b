/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.headless.MinianaCommand;

import picocli.CommandLine;

/** Every command's --help text, rendered in process: complete, and without picocli's warnings. */
class UsageHelpTest {

    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        List<CommandLine> commands = new ArrayList<>();
        collect(MinianaCommand.commandLine(), commands);
        assertTrue(commands.size() > 15, "commands: " + commands.size());
        // picocli reports a description it cannot format (an unescaped %) on System.err.
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine command : commands) {
                String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
                String name = command.getCommandSpec().qualifiedName();
                assertTrue(usage.contains("Usage: " + name), usage);
                assertTrue(usage.contains("--help"), name);
            }
        } finally {
            System.setErr(err);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
}
