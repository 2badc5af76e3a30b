/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * The optimizers contributed to the extension point {@code org.miniana.optimize.optimizers}
 * (schema {@code schema/optimizers.exsd}): the built-ins of this bundle first, in their order,
 * then those of other bundles, by bundle name. Contributions are read when the registry is made, without loading
 * any class; a malformed one (missing id, name or class, or an id taken already) is logged and
 * left out. An optimizer is created from its class on first use; a contribution whose class cannot
 * be created is logged once and skipped from then on, and never stops the others. Thread-safe.
 */
public final class OptimizerRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.miniana.optimize.optimizers";
    /** This bundle, which contributes the built-ins. */
    static final String BUILT_IN_CONTRIBUTOR = "org.miniana.optimize";

    private final List<Contribution> contributions;
    private final ILog log;

    /** Reads the contributions in {@code registry}; problems go to {@code log}. */
    public OptimizerRegistry(IExtensionRegistry registry, ILog log) {
        this.log = Objects.requireNonNull(log, "log");
        // Built-ins first, then by bundle, so that a plug-in can never take a built-in's id and the
        // order does not depend on the order in which bundles were installed.
        Function<IConfigurationElement, String> contributor = element -> element.getContributor().getName();
        List<IConfigurationElement> elements = Stream.of(registry.getConfigurationElementsFor(EXTENSION_POINT))
                .sorted(Comparator.comparing(contributor.andThen(name -> !name.equals(BUILT_IN_CONTRIBUTOR)))
                        .thenComparing(contributor))
                .toList();
        List<Contribution> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : elements) {
            OptimizerDescriptor descriptor = new OptimizerDescriptor(attribute(element, "id"),
                    attribute(element, "name"), attribute(element, "description"), element.getContributor().getName());
            if (!"optimizer".equals(element.getName()) || descriptor.id().isEmpty() || descriptor.name().isEmpty()
                    || attribute(element, "class").isEmpty()) {
                log.log(Status.error("An optimizer contribution of " + descriptor.contributor() + " ('"
                        + descriptor.id() + "') lacks an id, a name or a class and is skipped"));
            } else if (!ids.add(descriptor.id())) {
                log.log(Status.error("Optimizer '" + descriptor.id() + "' contributed by " + descriptor.contributor()
                        + " is skipped: the id is taken already"));
            } else {
                read.add(new Contribution(descriptor, element));
            }
        }
        contributions = List.copyOf(read);
    }

    /** The contributions to the running platform's registry, logged to this bundle's log. */
    public static OptimizerRegistry fromPlatform() {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (registry == null) {
            throw new IllegalStateException("No extension registry: the optimizers need an Equinox runtime");
        }
        return new OptimizerRegistry(registry, ILog.of(OptimizerRegistry.class));
    }

    /** Every well-formed contribution, built-ins first. */
    public List<OptimizerDescriptor> descriptors() {
        return contributions.stream().map(contribution -> contribution.descriptor).toList();
    }

    public Optional<OptimizerDescriptor> find(String id) {
        return contribution(id).map(contribution -> contribution.descriptor);
    }

    /**
     * The optimizer of the contribution with this id, created from its class on the first call.
     * Empty, with an error in the log the first time, when there is no such contribution or its
     * class cannot be loaded, its constructor fails or it is no {@link Optimizer}.
     */
    public Optional<Optimizer> optimizer(String id) {
        return contribution(id).flatMap(contribution -> contribution.optimizer(log));
    }

    /**
     * Runs the optimizer with this id on the problem.
     *
     * @return empty when there is no such optimizer (see {@link #optimizer(String)})
     */
    public Optional<OptimizationResult> run(String id, OptimizationProblem problem, FigureOfMerit figureOfMerit) {
        return optimizer(id).map(optimizer -> Optimization.run(id, optimizer, problem, figureOfMerit));
    }

    /**
     * Runs every contributed optimizer on the problem, in the order of {@link #descriptors()}. One
     * that cannot be created, or fails while it runs, is logged and left out; the others run all
     * the same.
     */
    public List<OptimizationResult> runAll(OptimizationProblem problem, FigureOfMerit figureOfMerit) {
        List<OptimizationResult> results = new ArrayList<>();
        for (Contribution contribution : contributions) {
            String id = contribution.descriptor.id();
            try {
                run(id, problem, figureOfMerit).ifPresent(results::add);
            } catch (RuntimeException e) {
                log.log(Status.error("Optimizer '" + id + "' contributed by " + contribution.descriptor.contributor()
                        + " failed on " + problem + " and is skipped", e));
            }
        }
        return results;
    }

    private Optional<Contribution> contribution(String id) {
        return contributions.stream().filter(contribution -> contribution.descriptor.id().equals(id)).findFirst();
    }

    private static String attribute(IConfigurationElement element, String name) {
        String value = element.getAttribute(name);
        return value == null ? "" : value.strip();
    }

    /** A contribution and its optimizer, created once. */
    private static final class Contribution {
        private final OptimizerDescriptor descriptor;
        private final IConfigurationElement element;
        /** Null until the first attempt; empty when it failed. */
        private Optional<Optimizer> created;

        Contribution(OptimizerDescriptor descriptor, IConfigurationElement element) {
            this.descriptor = descriptor;
            this.element = element;
        }

        synchronized Optional<Optimizer> optimizer(ILog log) {
            if (created == null) {
                created = create(log);
            }
            return created;
        }

        private Optional<Optimizer> create(ILog log) {
            String skipped = "Optimizer '" + descriptor.id() + "' contributed by " + descriptor.contributor()
                    + " is skipped: ";
            try {
                Object instance = element.createExecutableExtension("class");
                if (instance instanceof Optimizer optimizer) {
                    return Optional.of(optimizer);
                }
                log.log(Status.error(skipped + instance.getClass().getName() + " does not implement "
                        + Optimizer.class.getName()));
            } catch (CoreException | RuntimeException | LinkageError e) {
                log.log(Status.error(skipped + "its class cannot be created", e));
            }
            return Optional.empty();
        }
    }
}
