/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.miniana.analysis.PValueMethod;
import org.miniana.analysis.Statistics;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.OptimizerDescriptor;
import org.miniana.optimize.OptimizerRegistry;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.signal.SimplifiedModel;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values from a known set, read at parse time so that an unknown one is a usage error (exit
 * code 2) naming the known ones, and offered by the shell completion.
 */
final class Choices {

    private Choices() {
    }

    /** Reads an id with {@code byId}, which throws IllegalArgumentException naming the known ids. */
    abstract static class ById<T> implements ITypeConverter<T>, Iterable<String> {
        private final Function<String, T> byId;
        private final Supplier<List<String>> ids;

        ById(Function<String, T> byId, Supplier<List<String>> ids) {
            this.byId = byId;
            this.ids = ids;
        }

        @Override
        public T convert(String value) {
            try {
                return byId.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        /** The completion candidates. */
        @Override
        public Iterator<String> iterator() {
            return ids.get().iterator();
        }
    }

    static final class FigureOfMerit extends ById<StandardFigureOfMerit> {
        FigureOfMerit() {
            super(StandardFigureOfMerit::byId,
                    () -> Arrays.stream(StandardFigureOfMerit.values()).map(StandardFigureOfMerit::id).toList());
        }
    }

    static final class DesignChoice extends ById<AnalysisOptionsMixin.Design> {
        DesignChoice() {
            super(AnalysisOptionsMixin.Design::byId,
                    () -> Arrays.stream(AnalysisOptionsMixin.Design.values()).map(design -> design.id).toList());
        }
    }

    static final class Errors extends ById<ErrorCombination> {
        Errors() {
            super(ErrorCombination::byId, () -> Arrays.stream(ErrorCombination.values()).map(ErrorCombination::id).toList());
        }
    }

    static final class StatisticsChoice extends ById<Statistics> {
        StatisticsChoice() {
            super(Statistics::byId, () -> Arrays.stream(Statistics.values()).map(Statistics::id).toList());
        }
    }

    static final class PValue extends ById<PValueMethod> {
        PValue() {
            super(PValueMethod::byId, () -> Arrays.stream(PValueMethod.values()).map(PValueMethod::id).toList());
        }
    }

    static final class Family extends ById<SimplifiedModel> {
        Family() {
            super(SimplifiedModel::ofFamily,
                    () -> Arrays.stream(SimplifiedModel.values()).map(SimplifiedModel::family).toList());
        }
    }

    /** The optimizers contributed to the platform, plug-ins included. */
    static final class Optimizer extends ById<String> {
        Optimizer() {
            super(Optimizer::known, Optimizer::ids);
        }

        /** The id of an optimizer that can be used; a broken contribution is refused with its reason. */
        private static String known(String id) {
            OptimizerRegistry registry = OptimizerRegistry.fromPlatform();
            OptimizerDescriptor optimizer = registry.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown optimizer '" + id + "'; known: " + String.join(", ", ids(registry))));
            registry.problem(id).ifPresent(problem -> {
                throw new IllegalArgumentException("Optimizer '" + id + "' contributed by " + optimizer.contributor()
                        + " is not available: " + problem + "; available: " + String.join(", ", ids(registry)));
            });
            return id;
        }

        private static List<String> ids() {
            return ids(OptimizerRegistry.fromPlatform());
        }

        private static List<String> ids(OptimizerRegistry registry) {
            return registry.available().stream().map(OptimizerDescriptor::id).toList();
        }
    }
}
