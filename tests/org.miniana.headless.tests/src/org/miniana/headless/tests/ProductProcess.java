/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Runs the materialized headless product as a separate process, the way a user does. */
final class ProductProcess {

    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private ProductProcess() {
    }

    /** The folder of the materialized products and their archives. */
    static Path products() {
        String products = System.getProperty("miniana.products");
        assertTrue(products != null, "system property miniana.products is not set (the build sets it)");
        return Path.of(products);
    }

    /** The Linux x86_64 command line: the one folder (miniana-VERSION) its platform's folder holds. */
    static Path home() {
        Path platform = products().resolve(Path.of("org.miniana.product.cli", "linux", "gtk", "x86_64"));
        List<Path> folders;
        try (Stream<Path> files = Files.list(platform)) {
            folders = files.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new AssertionError("no materialized product at " + platform, e);
        }
        assertEquals(1, folders.size(), () -> "installations in " + platform + ": " + folders);
        Path home = folders.get(0);
        assertTrue(Files.isExecutable(home.resolve("miniana")), () -> "no materialized product at " + home);
        return home;
    }

    /** Starts the product; the caller reads its output and ends it. */
    static Process start(String... arguments) throws IOException {
        return start(Map.of(), arguments);
    }

    /** Starts the product with {@code environment} added to this process's; the caller reads its output and ends it. */
    static Process start(Map<String, String> environment, String... arguments) throws IOException {
        var builder = builder(arguments);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static ProcessBuilder builder(String... arguments) {
        return builder(home(), arguments);
    }

    private static ProcessBuilder builder(Path home, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("miniana").toString());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    /** Reads lines of {@code stream} until one starts with {@code prefix}; fails at its end. */
    static String awaitLine(InputStream stream, String prefix) throws IOException {
        return awaitLine(stream, line -> line.startsWith(prefix), "a line starting with '" + prefix + "'");
    }

    /** Reads lines of {@code stream} until one contains {@code fragment}; fails at its end. */
    static String awaitLineContaining(InputStream stream, String fragment) throws IOException {
        return awaitLine(stream, line -> line.contains(fragment), "a line containing '" + fragment + "'");
    }

    private static String awaitLine(InputStream stream, Predicate<String> wanted, String what) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (wanted.test(line)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the product ended without printing " + what + ":\n" + seen);
    }

    static Result run(String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), arguments);
    }

    static Result run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        return finish(start(environment, arguments), arguments);
    }

    /** Runs the product in {@code directory} (its current folder) with {@code environment} added. */
    static Result runIn(Path directory, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        var builder = builder(arguments).directory(directory.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return finish(process, arguments);
    }

    /** Runs the product installed at {@code home} (a copy of the built one, say) with {@code environment} added. */
    static Result runAt(Path home, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        return run(builder(home, arguments).command(), environment);
    }

    /** Runs a command line that starts the product (through {@code runuser}, say) with {@code environment} added. */
    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return finish(process, command.toArray(String[]::new));
    }

    /** Runs the product with {@code input} on its standard input. */
    static Result runWithInput(byte[] input, String... arguments) throws IOException, InterruptedException {
        Process process = builder(arguments).start();
        // written beside the readers, so that a child that prints much before reading cannot stall
        Thread writer = Thread.ofVirtual().start(() -> {
            try (var in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // the child ended without reading all: its exit code and messages say why
            }
        });
        Result result = finish(process, arguments);
        writer.join();
        return result;
    }

    private static Result finish(Process process, String... arguments) throws IOException, InterruptedException {
        // Read both streams concurrently so that neither pipe can fill up and stall the child.
        var err = new CompletableFuture<String>();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("miniana " + String.join(" ", arguments) + " did not finish in 3 minutes");
        }
        errReader.join();
        return new Result(process.exitValue(), out, err.join());
    }
}
