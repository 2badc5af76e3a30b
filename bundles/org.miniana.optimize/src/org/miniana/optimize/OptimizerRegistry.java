/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.miniana.extensions.Contribution;
import org.miniana.extensions.Contributions;

/**
 * The optimizers contributed to the extension point {@code org.miniana.optimize.optimizers}
 * (schema {@code schema/optimizers.exsd}): the built-ins of this bundle first, in their order,
 * then those of other bundles, by bundle name. Contributions are read by {@link Contributions} when
 * the registry is made, without loading any class; a malformed one (missing id, name or class, or an id taken already) is logged and
 * left out. An optimizer is created from its class on first use; a contribution whose class cannot
 * be created is logged once and skipped from then on, and never stops the others. Thread-safe.
 */
public final class OptimizerRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.miniana.optimize.optimizers";
    private static final Contributions.Spec<Optimizer> SPEC = new Contributions.Spec<>(EXTENSION_POINT, "optimizer",
            Optimizer.class, "Optimizer", true, Contributions.Order.BUILT_INS_FIRST);

    private final Contributions<Optimizer> contributions;
    private final ILog log;

    /** Reads the contributions in {@code registry}; problems go to {@code log}. */
    public OptimizerRegistry(IExtensionRegistry registry, ILog log) {
        this.log = Objects.requireNonNull(log, "log");
        this.contributions = new Contributions<>(SPEC, registry, log);
    }

    /** The contributions to the running platform's registry, logged to this bundle's log. */
    public static OptimizerRegistry fromPlatform() {
        return new OptimizerRegistry(Contributions.platformRegistry(), ILog.of(OptimizerRegistry.class));
    }

    /** Every well-formed contribution, built-ins first. */
    public List<OptimizerDescriptor> descriptors() {
        return contributions.list().stream().map(OptimizerRegistry::descriptor).toList();
    }

    /**
     * The contributions whose optimizer can be created, built-ins first; creates each one not tried
     * yet.
     */
    public List<OptimizerDescriptor> available() {
        return contributions.available().stream().map(OptimizerRegistry::descriptor).toList();
    }

    /** The contributions that cannot be used, and why (see {@link Contributions#unavailable()}). */
    public List<Contributions.Unavailable> unavailable() {
        return contributions.unavailable();
    }

    /** Why the contribution with this id cannot be used; empty when it can, or when there is none. */
    public Optional<String> problem(String id) {
        return contributions.find(id).flatMap(Contribution::problem);
    }

    public Optional<OptimizerDescriptor> find(String id) {
        return contributions.find(id).map(OptimizerRegistry::descriptor);
    }

    /**
     * The optimizer of the contribution with this id, created from its class on the first call.
     * Empty, with an error in the log the first time, when there is no such contribution or its
     * class cannot be loaded, its constructor fails or it is no {@link Optimizer}.
     */
    public Optional<Optimizer> optimizer(String id) {
        return contributions.find(id).flatMap(Contribution::instance);
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
        for (Contribution<Optimizer> contribution : contributions.list()) {
            String id = contribution.id();
            try {
                run(id, problem, figureOfMerit).ifPresent(results::add);
            } catch (RuntimeException e) {
                log.log(Status.error("Optimizer '" + id + "' contributed by " + contribution.contributor()
                        + " failed on " + problem + " and is skipped", e));
            }
        }
        return results;
    }

    private static OptimizerDescriptor descriptor(Contribution<Optimizer> contribution) {
        return new OptimizerDescriptor(contribution.id(), contribution.name(), contribution.description(),
                contribution.contributor());
    }
}
