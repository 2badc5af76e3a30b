/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.miniana.core.InputChecks;
import org.miniana.core.SignalModel;

/**
 * The built-in fast simulation as a signal-model provider. References read
 * "FAMILY:M_GLUINO:M_LSP" with optional ":events=N", ":seed=S" and ":xsec=PB" (a cross section
 * in pb instead of the bundled table), e.g. "T1tttt:1500:100" or
 * "T1bbbb:2400:100:xsec=0.00014:events=200000".
 */
public final class FastSimulationProvider implements SignalModelProvider {

    public static final long DEFAULT_EVENTS = 100_000;
    public static final long DEFAULT_SEED = 1;

    @Override
    public boolean understands(String reference) {
        String family = reference.split(":", 2)[0];
        return Arrays.stream(SimplifiedModel.values()).anyMatch(model -> model.family().equals(family));
    }

    @Override
    public Optional<String> modelName(String reference) {
        // With options (events, seed, cross section) the reference asks for a new simulation.
        if (reference.split(":", -1).length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(MassPoint.parse(reference).name());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // provide() reports what is wrong
        }
    }

    @Override
    public void check(String reference) {
        Request.parse(reference);
    }

    @Override
    public SignalModel provide(String reference, IProgressMonitor monitor) throws CoreException {
        try {
            Request request = Request.parse(reference);
            SimulationResult result = request.crossSectionPb() == null
                    ? FastSimulation.simulate(request.point(), request.events(), request.seed(), monitor)
                    : FastSimulation.simulate(request.point(), request.crossSectionPb(), request.events(),
                            request.seed(), monitor);
            return result.model();
        } catch (IllegalArgumentException e) {
            throw new CoreException(new Status(IStatus.ERROR, SignalModelProviders.BUNDLE,
                    "Cannot simulate '" + reference + "': " + e.getMessage(), e));
        }
    }

    /** What a reference asks to simulate. */
    private record Request(MassPoint point, long events, long seed, Double crossSectionPb) {

        /** @throws IllegalArgumentException saying what is wrong with the reference */
        static Request parse(String reference) {
            String[] fields = reference.split(":", -1);
            if (fields.length < 3) {
                throw new IllegalArgumentException("expected FAMILY:M_GLUINO:M_LSP[:events=N][:seed=S][:xsec=PB]");
            }
            MassPoint point = MassPoint.parse(String.join(":", fields[0], fields[1], fields[2]));
            long events = DEFAULT_EVENTS;
            long seed = DEFAULT_SEED;
            Double crossSectionPb = null;
            for (String option : Arrays.asList(fields).subList(3, fields.length)) {
                String[] keyValue = option.split("=", 2);
                String value = keyValue.length == 2 ? keyValue[1].strip() : "";
                switch (keyValue[0].strip()) {
                case "events" -> events = InputChecks.eventsPerPoint("events", value);
                case "seed" -> seed = whole("seed", value);
                case "xsec" -> crossSectionPb = InputChecks.number("xsec", value);
                default -> throw new IllegalArgumentException(
                        "unknown option '" + option + "'; known: events=N, seed=S, xsec=PB");
                }
            }
            return new Request(point, events, seed, crossSectionPb);
        }

        private static long whole(String what, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a whole number, not '" + value + "'");
            }
        }
    }
}
