/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.extensions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reader on a private extension registry filled from XML, as plugin.xml files fill the
 * platform's: bundle {@value #HOST} declares the extension point and contributes the built-ins.
 * That registry loads classes with its own class loader, so the contributed classes are JDK
 * classes: StringBuilder is a {@link CharSequence} with a public constructor, Object is not one,
 * Math has no public constructor.
 */
class ContributionsTest {

    private static final String HOST = "org.miniana.tests.host";
    private static final Contributions.Spec<CharSequence> THINGS = new Contributions.Spec<>(HOST + ".things", "thing",
            CharSequence.class, "Thing", true, Contributions.Order.BUILT_INS_FIRST);

    private final Object token = new Object();
    private final List<IStatus> logged = Collections.synchronizedList(new ArrayList<>());
    /** Keeps what it is given; the reader only ever calls log(IStatus). */
    private final ILog log = (ILog) Proxy.newProxyInstance(ILog.class.getClassLoader(), new Class<?>[] { ILog.class },
            (proxy, method, args) -> {
                if (!method.getName().equals("log")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                logged.add((IStatus) args[0]);
                return null;
            });
    private IExtensionRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = RegistryFactory.createRegistry(null, token, token);
    }

    @AfterEach
    void stopRegistry() {
        registry.stop(token);
    }

    /** The host declares the extension point and contributes {@code builtIns}. */
    private void declare(String builtIns) {
        contribute(HOST, "<extension-point id=\"things\" name=\"Things\"/>"
                + "<extension point=\"" + THINGS.extensionPoint() + "\">" + builtIns + "</extension>");
    }

    private void contribute(String bundle, String xml) {
        assertTrue(registry.addContribution(new ByteArrayInputStream(("<plugin>" + xml + "</plugin>").getBytes(UTF_8)),
                ContributorFactorySimple.createContributor(bundle), false, bundle, null, token));
    }

    private void plugIn(String bundle, String elements) {
        contribute(bundle, "<extension point=\"" + THINGS.extensionPoint() + "\">" + elements + "</extension>");
    }

    /** A {@code <thing>} element; null attributes are left out. */
    private static String thing(String id, String name, String className) {
        return "<thing" + (id == null ? "" : " id=\"" + id + "\"") + (name == null ? "" : " name=\"" + name + "\"")
                + (className == null ? "" : " class=\"" + className + "\"") + "/>";
    }

    private static String thing(String id) {
        return thing(id, "Thing " + id, "java.lang.StringBuilder");
    }

    private List<String> messages() {
        synchronized (logged) {
            return logged.stream().map(IStatus::getMessage).toList();
        }
    }

    private static List<String> ids(Contributions<?> contributions) {
        return contributions.list().stream().map(Contribution::id).toList();
    }

    @Test
    void listsBuiltInsFirstThenOtherBundlesByNameEachInTheOrderItDeclares() {
        declare(thing("h2") + thing("h1"));
        plugIn("z.plugin", thing("z2") + thing("z1"));
        plugIn("a.plugin", thing("a2") + thing("a1"));

        Contributions<CharSequence> things = new Contributions<>(THINGS, registry, log);

        assertEquals(List.of("h2", "h1", "a2", "a1", "z2", "z1"), ids(things));
        assertEquals(ids(things), things.ids());
        assertEquals(List.of(HOST, HOST, "a.plugin", "a.plugin", "z.plugin", "z.plugin"),
                things.list().stream().map(Contribution::contributor).toList());
        Contribution<CharSequence> a1 = things.find("a1").orElseThrow();
        assertEquals("Thing a1", a1.name());
        assertEquals("", a1.description());
        assertTrue(things.find("nope").isEmpty());
        assertEquals(List.of(), messages());
    }

    @Test
    void malformedAndDuplicateContributionsAreLoggedNamingContributorAndId() {
        declare("<thing id=\" h1 \" name=\"Built-in\" description=\" First. \" class=\"java.lang.StringBuilder\"/>");
        plugIn("z.plugin", thing("fine"));
        plugIn("a.plugin", thing(null, "No id", "java.lang.StringBuilder") + thing("no-name", null,
                "java.lang.StringBuilder") + thing("no-class", "No class", " ")
                + "<other id=\"odd\" name=\"Odd\" class=\"java.lang.StringBuilder\"/>" + thing("h1") + thing("fine"));

        Contributions<CharSequence> things = new Contributions<>(THINGS, registry, log);

        assertEquals(List.of("h1", "fine"), ids(things));
        assertEquals(HOST, things.find("h1").orElseThrow().contributor());
        assertEquals("First.", things.find("h1").orElseThrow().description(), "attributes are stripped");
        assertEquals("a.plugin", things.find("fine").orElseThrow().contributor());
        String lacks = " is skipped: it lacks an id, a name or a class";
        assertEquals(List.of("Thing contributed by a.plugin" + lacks + " (no id)",
                "Thing 'no-name' contributed by a.plugin" + lacks + " (no name)",
                "Thing 'no-class' contributed by a.plugin" + lacks + " (no class)",
                "Thing 'odd' contributed by a.plugin is skipped: <other> is no <thing> element",
                "Thing 'h1' contributed by a.plugin is skipped: the id is taken already",
                "Thing 'fine' contributed by z.plugin is skipped: the id is taken already"), messages());
        assertTrue(logged.stream().allMatch(status -> status.getSeverity() == IStatus.ERROR
                && status.getPlugin().equals(HOST)), logged::toString);
    }

    @Test
    void byIdKeepsTheBuiltInOfTwoWithOneIdAndTheNameDefaultsToTheId() {
        Contributions.Spec<CharSequence> byId = new Contributions.Spec<>(THINGS.extensionPoint(), "thing",
                CharSequence.class, "Thing", false, Contributions.Order.BY_ID);
        declare(thing("d", null, "java.lang.StringBuilder") + thing("b"));
        plugIn("z.plugin", thing("e") + thing("b"));
        plugIn("a.plugin", thing("e") + thing("c") + thing("a", null, "java.lang.StringBuilder")
                + thing("x", "No class", null));

        Contributions<CharSequence> things = new Contributions<>(byId, registry, log);

        assertEquals(List.of("a", "b", "c", "d", "e"), ids(things));
        assertEquals(HOST, things.find("b").orElseThrow().contributor());
        assertEquals("a.plugin", things.find("e").orElseThrow().contributor());
        assertEquals("d", things.find("d").orElseThrow().name());
        assertEquals(List.of("Thing 'b' contributed by z.plugin is skipped: the id is taken already",
                "Thing 'e' contributed by z.plugin is skipped: the id is taken already",
                "Thing 'x' contributed by a.plugin is skipped: it lacks an id or a class (no class)"), messages());
    }

    @Test
    void createsEachObjectOnceOnFirstUseEvenWhenManyThreadsAskAtOnce() throws Exception {
        declare(thing("text"));
        Contribution<CharSequence> text = new Contributions<>(THINGS, registry, log).find("text").orElseThrow();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<CharSequence>>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return text.instance();
                }));
            }
            start.countDown();
            CharSequence first = asked.get(0).get().orElseThrow();
            assertInstanceOf(StringBuilder.class, first);
            for (Future<Optional<CharSequence>> answer : asked) {
                assertSame(first, answer.get().orElseThrow());
            }
            assertSame(first, text.instance().orElseThrow());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), messages());
    }

    @Test
    void aClassThatCannotBeCreatedOrIsOfTheWrongTypeIsLoggedOnceAndSkipped() {
        declare(thing("missing", "Missing", "org.miniana.extensions.NoSuchThing") + thing("hidden", "Hidden",
                "java.lang.Math") + thing("object", "Object", "java.lang.Object") + thing("text"));
        Contributions<CharSequence> things = new Contributions<>(THINGS, registry, log);
        assertEquals(List.of(), messages(), "no class is loaded while reading");

        for (int round = 0; round < 2; round++) {
            for (String id : List.of("missing", "hidden", "object")) {
                assertEquals(Optional.empty(), things.find(id).orElseThrow().instance(), id);
            }
            assertTrue(things.find("text").orElseThrow().instance().isPresent());
        }

        String skipped = "' contributed by " + HOST + " is skipped: ";
        List<String> problems = List.of(
                "its class org.miniana.extensions.NoSuchThing cannot be created: ClassNotFoundException: "
                        + "org.miniana.extensions.NoSuchThing cannot be found by ",
                "its class java.lang.Math cannot be created: IllegalAccessException: ",
                "its class java.lang.Object does not implement java.lang.CharSequence");
        List<String> messages = messages();
        assertEquals(3, messages.size(), messages::toString);
        List<String> ids = List.of("missing", "hidden", "object");
        for (int i = 0; i < 3; i++) {
            assertTrue(messages.get(i).startsWith("Thing '" + ids.get(i) + skipped + problems.get(i)), messages.get(i));
        }
        assertNotNull(logged.get(0).getException(), "the cause is logged with the error");
        assertNotNull(logged.get(1).getException());
        assertNull(logged.get(2).getException());
        assertEquals(4, things.list().size(), "still listed: only creating them fails");

        // the same reasons, without the log's prefix, for listings of what cannot be used
        assertEquals(ids, things.unavailable().stream().map(Contributions.Unavailable::id).toList());
        for (int i = 0; i < 3; i++) {
            assertTrue(things.unavailable().get(i).reason().startsWith(problems.get(i)));
            assertEquals(HOST, things.unavailable().get(i).contributor());
        }
        assertEquals(List.of("text"), things.available().stream().map(Contribution::id).toList());
        assertEquals(3, messages().size(), "asking again logs nothing more");
    }

    @Test
    void malformedContributionsAndTakenIdsAreUnavailableWithTheirReason() {
        declare(thing("text") + thing("text") + "<other id='x' class='java.lang.String'/>");
        Contributions<CharSequence> things = new Contributions<>(THINGS, registry, log);
        assertEquals(List.of(new Contributions.Unavailable("text", HOST, "the id is taken already"),
                new Contributions.Unavailable("x", HOST, "<other> is no <thing> element")), things.unavailable());
        assertEquals(List.of("text"), things.available().stream().map(Contribution::id).toList());
    }

    @Test
    void anUnknownExtensionPointIsAnError() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new Contributions<>(THINGS, registry, log));
        assertEquals("No extension point " + HOST + ".things in the registry", error.getMessage());
    }

    @Test
    void thePlatformRegistryIsTheRunningOne() {
        assertSame(Platform.getExtensionRegistry(), Contributions.platformRegistry());
    }
}
