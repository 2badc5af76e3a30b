/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the signatures from the jars that Java's own class loader reads in the products: the
 * Equinox launcher and the framework, which the start scripts put on the class path, and the
 * framework's extension (the state compatibility layer), which the framework appends to it; in
 * every materialized product below the folder given as the only argument. Java checks a signed jar
 * on its class path at every start (the certificate chain and a SHA-256 digest of each class read)
 * and leaves its classes out of the class-data archive; the framework loads every other bundle
 * itself, without checking signatures. Run by the product build with
 * {@code java UnsignStartupJars.java DIR}; running it twice changes nothing.
 */
public final class UnsignStartupJars {

    private static final Pattern STARTUP_JAR = Pattern
            .compile("org\\.eclipse\\.(osgi|osgi\\.compatibility\\.state|equinox\\.launcher)_[^/]*\\.jar");
    /** The signature files of the jar specification. */
    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/([^/]+\\.(SF|DSA|RSA|EC)|SIG-[^/]*)",
            Pattern.CASE_INSENSITIVE);

    public static void main(String[] arguments) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.walk(Path.of(arguments[0]))) {
            jars = files.filter(file -> file.getParent() != null && file.getParent().getFileName().toString().equals("plugins")
                    && STARTUP_JAR.matcher(file.getFileName().toString()).matches()).toList();
        }
        int unsigned = 0;
        for (Path jar : jars) {
            unsigned += unsign(jar) ? 1 : 0;
        }
        System.out.println("Removed the signatures of " + unsigned + " start-up jars below " + arguments[0]);
    }

    private static boolean unsign(Path jar) throws IOException {
        Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile signed = new JarFile(jar.toFile(), false)) {
            if (signed.stream().noneMatch(entry -> SIGNATURE_FILE.matcher(entry.getName()).matches())) {
                return false;
            }
            Manifest manifest = new Manifest(signed.getManifest());
            // the per-entry digests belong to the signature
            manifest.getEntries().clear();
            try (OutputStream file = Files.newOutputStream(unsigned); JarOutputStream copy = new JarOutputStream(file, manifest)) {
                for (JarEntry entry : signed.stream().toList()) {
                    String name = entry.getName();
                    if (name.equals(JarFile.MANIFEST_NAME) || SIGNATURE_FILE.matcher(name).matches()) {
                        continue;
                    }
                    JarEntry copied = new JarEntry(name);
                    copied.setLastModifiedTime(entry.getLastModifiedTime());
                    copy.putNextEntry(copied);
                    signed.getInputStream(entry).transferTo(copy);
                    copy.closeEntry();
                }
            }
        }
        Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
