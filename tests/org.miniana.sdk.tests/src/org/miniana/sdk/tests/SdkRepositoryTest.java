/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the SDK repository and its archive hold: the API bundles, their sources, the schemas, the target file. */
class SdkRepositoryTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("miniana.checkout"));
    private static final Path REPOSITORY = Path.of(System.getProperty("miniana.sdk.repository"));

    /** The repository's plug-in jars by bundle id. */
    private static Map<String, Path> plugins() throws Exception {
        Map<String, Path> plugins = new TreeMap<>();
        try (Stream<Path> jars = Files.list(REPOSITORY.resolve("plugins"))) {
            jars.forEach(jar -> {
                String name = jar.getFileName().toString();
                plugins.put(name.substring(0, name.indexOf('_')), jar);
            });
        }
        return plugins;
    }

    private static Element xml(InputStream in) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
    }

    @Test
    void everyApiBundleComesWithItsSources() throws Exception {
        Element feature;
        try (InputStream in = Files.newInputStream(CHECKOUT.resolve("features/org.miniana.sdk.feature/feature.xml"))) {
            feature = xml(in);
        }
        NodeList listed = feature.getElementsByTagName("plugin");
        List<String> ids = new ArrayList<>();
        List<String> api = new ArrayList<>();
        for (int i = 0; i < listed.getLength(); i++) {
            Element plugin = (Element) listed.item(i);
            String id = plugin.getAttribute("id");
            ids.add(id);
            // the fragments are there for the runtime only
            if (id.startsWith("org.miniana.") && !id.endsWith(".source") && !"true".equals(plugin.getAttribute("fragment"))) {
                api.add(id);
            }
        }
        Map<String, Path> plugins = plugins();
        for (String id : ids) {
            assertTrue(plugins.containsKey(id), id + " is not in the SDK repository");
        }
        for (String id : api) {
            assertTrue(ids.contains(id + ".source"), id + " is listed without its source bundle");
            try (ZipFile source = new ZipFile(plugins.get(id + ".source").toFile())) {
                assertTrue(source.stream().anyMatch(entry -> entry.getName().endsWith(".java")),
                        id + ".source holds no Java source");
            }
        }
        assertTrue(api.containsAll(List.of("org.miniana.optimize", "org.miniana.report", "org.miniana.signal")), api.toString());
    }

    /** PDE reads an extension point's schema from the bundle that declares it. */
    @Test
    void extensionPointSchemasAreInTheirBundles() throws Exception {
        Map<String, String> schemas = new TreeMap<>();
        for (Map.Entry<String, Path> plugin : plugins().entrySet()) {
            if (!plugin.getKey().startsWith("org.miniana.")) {
                continue;
            }
            try (ZipFile jar = new ZipFile(plugin.getValue().toFile())) {
                ZipEntry pluginXml = jar.getEntry("plugin.xml");
                if (pluginXml == null) {
                    continue;
                }
                NodeList points;
                try (InputStream in = jar.getInputStream(pluginXml)) {
                    points = xml(in).getElementsByTagName("extension-point");
                }
                for (int i = 0; i < points.getLength(); i++) {
                    Element point = (Element) points.item(i);
                    String schema = point.getAttribute("schema");
                    assertNotNull(jar.getEntry(schema), plugin.getKey() + " lacks " + schema);
                    schemas.put(plugin.getKey() + "." + point.getAttribute("id"), schema);
                }
            }
        }
        assertEquals(Map.of("org.miniana.optimize.optimizers", "schema/optimizers.exsd",
                "org.miniana.report.generators", "schema/generators.exsd",
                "org.miniana.signal.providers", "schema/providers.exsd"), schemas);
    }

    @Test
    void archiveHoldsTheRepositoryAndItsTargetFile() throws Exception {
        Path target = CHECKOUT.resolve("releng/org.miniana.sdk/miniana-sdk.target");
        try (ZipFile archive = new ZipFile(System.getProperty("miniana.sdk.archive"))) {
            ZipEntry shipped = archive.getEntry("miniana-sdk.target");
            assertNotNull(shipped, "the archive has no target file");
            try (InputStream in = archive.getInputStream(shipped)) {
                assertArrayEquals(Files.readAllBytes(target), in.readAllBytes());
            }
            assertNotNull(archive.getEntry("content.jar"));
            assertNotNull(archive.getEntry("artifacts.jar"));
            try (Stream<Path> plugins = Files.list(REPOSITORY.resolve("plugins"))) {
                assertEquals(plugins.count(),
                        archive.stream().filter(entry -> entry.getName().matches("plugins/[^/]+\\.jar")).count());
            }
        }
    }
}
