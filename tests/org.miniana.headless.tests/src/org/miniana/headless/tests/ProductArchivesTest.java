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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The archives of the products for every platform: one folder each, and in it the bundles of the
 * Linux x86_64 product (the one the other tests run) apart from the platform's own fragments,
 * which must be that platform's, and the platform's start scripts. Nothing here can start a
 * product for another platform; this is what can be checked of it on Linux.
 */
class ProductArchivesTest {

    record Platform(String os, String ws, String arch) {
        /** As Tycho names the archives: os.ws.arch. */
        String id() {
            return os + "." + ws + "." + arch;
        }

        boolean windows() {
            return "win32".equals(os);
        }

        String extension() {
            return windows() ? ".zip" : ".tar.gz";
        }

        /**
         * Where the installation is in the archive whose name without the platform is {@code name}:
         * in a folder of that name, on macOS in its Contents/Eclipse (p2's layout, for the folder
         * Tycho names NAME.app there).
         */
        String installation(String name) {
            return "macosx".equals(os) ? name + ".app/Contents/Eclipse/" : name + "/";
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /** A product: the name its archives and folder start with, and its start script. */
    enum Product {
        CLI("miniana"), WORKBENCH("miniana-workbench");

        final String name;

        Product(String name) {
            this.name = name;
        }

        /** The start scripts in the product's folder on {@code platform}; the first one starts it. */
        List<String> scripts(Platform platform) {
            List<String> scripts = new ArrayList<>(platform.windows() ? List.of(name + ".cmd", "find-java.cmd")
                    : List.of(name, "find-java.sh", "tex-packages.sh", "class-data.sh"));
            if (this == WORKBENCH) {
                scripts.add("README.md");
            }
            return scripts;
        }

        /** The bundles the product ships on {@code platform} only: the window system's fragments. */
        Set<String> platformBundles(Platform platform) {
            if (this == CLI) {
                return Set.of();
            }
            Set<String> bundles = new TreeSet<>(
                    Set.of("org.eclipse.swt." + platform.ws() + "." + platform.os() + "." + platform.arch()));
            bundles.addAll(switch (platform.ws()) {
                case "gtk" -> Set.of("org.eclipse.e4.ui.swt.gtk");
                case "cocoa" -> Set.of("org.eclipse.e4.ui.workbench.renderers.swt.cocoa", "org.eclipse.ui.cocoa");
                default -> Set.of();
            });
            return bundles;
        }
    }

    static final Platform REFERENCE = new Platform("linux", "gtk", "x86_64");

    static final List<Platform> OTHERS = List.of(new Platform("linux", "gtk", "aarch64"),
            new Platform("macosx", "cocoa", "x86_64"), new Platform("macosx", "cocoa", "aarch64"),
            new Platform("win32", "win32", "x86_64"));

    /** A bundle's or feature's entry (a jar or a folder) and what is in it. */
    private static final Pattern IN_BUNDLE = Pattern.compile("((?:plugins|features)/[^/]+).*");

    /** A bundle's name in plugins/ or features/: what precedes _MAJOR.MINOR.MICRO(.QUALIFIER)(.jar). */
    private static final Pattern BUNDLE = Pattern.compile("(?:plugins|features)/(.+?)_\\d+\\.\\d+\\.\\d+[^/]*");

    static Stream<Arguments> productsAndPlatforms() {
        return Stream.of(Product.values())
                .flatMap(product -> OTHERS.stream().map(platform -> Arguments.of(product, platform)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("productsAndPlatforms")
    void theArchiveHasTheReferencesBundlesAndThePlatformsOwnFragmentsAndScripts(Product product, Platform platform)
            throws IOException {
        Set<String> reference = contents(product, REFERENCE);
        Set<String> archive = contents(product, platform);
        Set<String> referenceOwn = own(reference, product, REFERENCE);
        Set<String> archiveOwn = own(archive, product, platform);

        Set<String> missing = new TreeSet<>(reference);
        missing.removeAll(referenceOwn);
        missing.removeAll(archive);
        Set<String> extra = new TreeSet<>(archive);
        extra.removeAll(archiveOwn);
        extra.removeAll(reference);
        assertEquals(Set.of(), missing, "in the " + REFERENCE + " archive of " + product.name + ", not in " + platform);
        assertEquals(Set.of(), extra, "in the " + platform + " archive of " + product.name + ", not in " + REFERENCE);

        Set<String> platformSpecific = new TreeSet<>();
        for (Platform each : Stream.concat(Stream.of(REFERENCE), OTHERS.stream()).toList()) {
            platformSpecific.addAll(product.platformBundles(each));
            platformSpecific.addAll(product.scripts(each));
        }
        Set<String> shipped = archive.stream().map(ProductArchivesTest::bundleOrFile)
                .filter(platformSpecific::contains).collect(Collectors.toCollection(TreeSet::new));
        Set<String> wanted = new TreeSet<>(product.platformBundles(platform));
        wanted.addAll(product.scripts(platform));
        assertEquals(wanted, shipped, "the platform's own bundles and scripts in the " + platform + " archive of "
                + product.name);
    }

    @ParameterizedTest(name = "{0} for linux.gtk.x86_64")
    @MethodSource("products")
    void theReferenceArchiveHasItsOwnFragmentsAndScripts(Product product) throws IOException {
        Set<String> reference = contents(product, REFERENCE);
        Set<String> wanted = new TreeSet<>(product.platformBundles(REFERENCE));
        wanted.addAll(product.scripts(REFERENCE));
        Set<String> own = own(reference, product, REFERENCE).stream().map(ProductArchivesTest::bundleOrFile)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(wanted, own, "the " + REFERENCE + " archive of " + product.name);
    }

    static Stream<Product> products() {
        return Stream.of(Product.values());
    }

    /**
     * The entries of the archive's installation, which must be all it holds, in one top-level
     * folder named as the archive is without the platform; bundles and features by folder or jar
     * name, p2's own files left out (their names hold time stamps). Checks that the configuration is
     * there and that the script that starts the product may be executed.
     */
    private static Set<String> contents(Product product, Platform platform) throws IOException {
        Path archive = archive(product, platform);
        String fileName = archive.getFileName().toString();
        String installation = platform.installation(
                fileName.substring(0, fileName.length() - ("-" + platform.id() + platform.extension()).length()));
        List<ArchiveListing.Entry> entries = ArchiveListing.read(archive);
        Set<String> outside = entries.stream().map(ArchiveListing.Entry::path)
                .filter(path -> !path.startsWith(installation) && !(path.endsWith("/") && installation.startsWith(path)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), outside, archive + ": entries outside " + installation);

        Set<String> contents = new TreeSet<>();
        for (ArchiveListing.Entry entry : entries) {
            if (!entry.path().startsWith(installation)) {
                continue; // one of the folders that hold it
            }
            String path = entry.path().substring(installation.length());
            if (path.isEmpty() || path.startsWith("p2/")) {
                continue;
            }
            Matcher bundle = IN_BUNDLE.matcher(path);
            contents.add(bundle.matches() ? bundle.group(1) : path);
            if (path.equals(product.scripts(platform).get(0)) && !platform.windows()) {
                assertTrue(entry.executable(), () -> archive + ": " + path + " is not executable (mode "
                        + Integer.toOctalString(entry.mode()) + ")");
            }
        }
        assertTrue(contents.contains("configuration/config.ini"), archive + " has no configuration/config.ini");
        return contents;
    }

    /** The entries that are {@code platform}'s alone: its fragments and start scripts. */
    private static Set<String> own(Set<String> contents, Product product, Platform platform) {
        Set<String> own = new TreeSet<>(product.platformBundles(platform));
        own.addAll(product.scripts(platform));
        return contents.stream().filter(entry -> own.contains(bundleOrFile(entry)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A bundle's or feature's symbolic name, else the entry's path. */
    private static String bundleOrFile(String entry) {
        Matcher bundle = BUNDLE.matcher(entry);
        return bundle.matches() ? bundle.group(1) : entry;
    }

    /** The one archive of {@code product} for {@code platform} beside the materialized products. */
    private static Path archive(Product product, Platform platform) throws IOException {
        Path folder = ProductProcess.products();
        // the version follows the name: "miniana-0..." is the command line's, "miniana-workbench-0..." not
        Pattern name = Pattern.compile(Pattern.quote(product.name) + "-\\d[^/]*-" + Pattern.quote(platform.id())
                + Pattern.quote(platform.extension()));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> archives = files.filter(file -> name.matcher(file.getFileName().toString()).matches())
                    .toList();
            assertEquals(1, archives.size(), () -> "archives of " + product.name + " for " + platform + " in "
                    + folder + ": " + archives);
            return archives.get(0);
        }
    }
}
