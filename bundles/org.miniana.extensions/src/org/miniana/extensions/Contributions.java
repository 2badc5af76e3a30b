/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.extensions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * The well-formed contributions to one extension point whose elements each declare an {@code id},
 * a {@code name}, a {@code description} and a {@code class} implementing {@code T}. They are read
 * once, when this is made, without loading any class; a malformed one (another element, no id, no
 * name where one is required, no class) or one whose id is taken already is logged, naming its
 * contributor and id, and left out. Each object is created on first use (see
 * {@link Contribution#instance()}). The bundle that declares the extension point contributes the
 * built-ins. Immutable and thread-safe.
 *
 * @param <T> what the contributed classes implement
 */
public final class Contributions<T> {

    /** In which order the contributions are listed, and so which of two with one id is kept. */
    public enum Order {
        /**
         * Built-ins first, then other bundles' by bundle name, each bundle's in the order it declares
         * them: a plug-in can never take a built-in's id, and the order does not depend on the
         * order in which bundles were installed.
         */
        BUILT_INS_FIRST,
        /** By id; of two with one id, a built-in is kept, else the one of the bundle whose name sorts first. */
        BY_ID
    }

    /**
     * What the contributions to an extension point look like.
     *
     * @param extensionPoint the extension point's full id, e.g. "org.miniana.optimize.optimizers"
     * @param element the name of the element each contribution is, e.g. "optimizer"
     * @param type what the {@code class} attribute must implement
     * @param label what one contribution is called at the start of a message, e.g. "Optimizer"
     * @param nameRequired whether a contribution without a {@code name} is malformed; when not, its
     *        id stands in
     * @param order how they are listed
     */
    public record Spec<T>(String extensionPoint, String element, Class<T> type, String label, boolean nameRequired,
            Order order) {

        public Spec {
            Objects.requireNonNull(extensionPoint, "extensionPoint");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * A contribution that cannot be used.
     *
     * @param id its id; empty when it has none
     * @param contributor the symbolic name of the bundle that contributed it
     * @param reason why, e.g. "the id is taken already" or "its class a.B cannot be created: ..."
     */
    public record Unavailable(String id, String contributor, String reason) {

        public Unavailable {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(contributor, "contributor");
            Objects.requireNonNull(reason, "reason");
        }

        /** "'id': reason", for a listing by contributor. */
        public String problem() {
            return (id.isEmpty() ? "a contribution" : "'" + id + "'") + ": " + reason;
        }

        /** The {@link #problem()}s of the contributions of several extension points, by contributor. */
        @SafeVarargs
        public static Map<String, List<String>> byContributor(List<Unavailable>... unavailable) {
            return Stream.of(unavailable).flatMap(List::stream).collect(Collectors.groupingBy(Unavailable::contributor,
                    LinkedHashMap::new, Collectors.mapping(Unavailable::problem, Collectors.toList())));
        }
    }

    private final Map<String, Contribution<T>> byId;
    private final List<Contribution<T>> list;
    /** The malformed contributions and those whose id was taken, in the spec's order. */
    private final List<Unavailable> rejected;

    /**
     * Reads the contributions in {@code registry}; problems go to {@code log}.
     *
     * @throws IllegalStateException when the registry has no such extension point
     */
    public Contributions(Spec<T> spec, IExtensionRegistry registry, ILog log) {
        Objects.requireNonNull(log, "log");
        IExtensionPoint point = registry.getExtensionPoint(spec.extensionPoint());
        if (point == null) {
            throw new IllegalStateException("No extension point " + spec.extensionPoint() + " in the registry");
        }
        String builtIn = point.getContributor().getName();
        Comparator<Contribution<T>> contributor = Comparator
                .<Contribution<T>, Boolean>comparing(contribution -> !contribution.contributor().equals(builtIn))
                .thenComparing(Contribution::contributor);
        Comparator<Contribution<T>> order = switch (spec.order()) {
            case BUILT_INS_FIRST -> contributor;
            case BY_ID -> Comparator.<Contribution<T>, String>comparing(Contribution::id).thenComparing(contributor);
        };
        // a stable sort: one bundle's contributions keep the order of its plugin.xml
        List<Contribution<T>> read = Stream.of(point.getConfigurationElements())
                .map(element -> new Contribution<>(spec, builtIn, element, log)).sorted(order).toList();
        Map<String, Contribution<T>> accepted = new LinkedHashMap<>();
        List<Unavailable> refused = new ArrayList<>();
        for (Contribution<T> contribution : read) {
            String problem = problem(spec, contribution.element());
            if (problem == null && accepted.putIfAbsent(contribution.id(), contribution) != null) {
                problem = "the id is taken already";
            }
            if (problem != null) {
                log.log(new Status(IStatus.ERROR, builtIn, contribution.skipped() + problem));
                refused.add(new Unavailable(contribution.id(), contribution.contributor(), problem));
            }
        }
        byId = Collections.unmodifiableMap(accepted);
        list = List.copyOf(accepted.values());
        rejected = List.copyOf(refused);
    }

    /** The running platform's extension registry. */
    public static IExtensionRegistry platformRegistry() {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (registry == null) {
            throw new IllegalStateException("No extension registry: contributions need an Equinox runtime");
        }
        return registry;
    }

    /** Every well-formed contribution, in the spec's order. */
    public List<Contribution<T>> list() {
        return list;
    }

    /**
     * The well-formed contributions whose object can be created, in the spec's order; creates each
     * one that has not been tried yet.
     */
    public List<Contribution<T>> available() {
        return list.stream().filter(contribution -> contribution.problem().isEmpty()).toList();
    }

    /**
     * Every contribution that cannot be used, and why: the malformed ones and those whose id was
     * taken, then those whose object cannot be created (each one not tried yet is tried now).
     */
    public List<Unavailable> unavailable() {
        List<Unavailable> unavailable = new ArrayList<>(rejected);
        for (Contribution<T> contribution : list) {
            contribution.problem().ifPresent(reason -> unavailable
                    .add(new Unavailable(contribution.id(), contribution.contributor(), reason)));
        }
        return unavailable;
    }

    /** The ids of {@link #list()}, in its order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<Contribution<T>> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Why the element is malformed, or null when it is not. */
    private static String problem(Spec<?> spec, IConfigurationElement element) {
        String missing = spec.nameRequired() ? "it lacks an id, a name or a class" : "it lacks an id or a class";
        if (!spec.element().equals(element.getName())) {
            return "<" + element.getName() + "> is no <" + spec.element() + "> element";
        } else if (Contribution.attribute(element, "id").isEmpty()) {
            return missing + " (no id)";
        } else if (spec.nameRequired() && Contribution.attribute(element, "name").isEmpty()) {
            return missing + " (no name)";
        } else if (Contribution.attribute(element, "class").isEmpty()) {
            return missing + " (no class)";
        }
        return null;
    }
}
