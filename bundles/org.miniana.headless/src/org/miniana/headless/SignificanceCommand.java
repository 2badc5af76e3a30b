/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.miniana.core.InputChecks;
import org.miniana.stats.Asimov;
import org.miniana.stats.OnOff;
import org.miniana.stats.PValue;
import org.miniana.stats.Significance;
import org.miniana.stats.ToyPValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code miniana significance}: the original tool's calculator (figures_of_merit.py N B UP DOWN). */
@Command(name = "significance", mixinStandardHelpOptions = true,
        description = { "The significance of N events over a background B +UP -DOWN, as the original RA2 tool's"
                + " figures_of_merit.py computed it, and its alternatives.",
                "Prints Q = 2(sqrt(N) - sqrt(B)), the hybrid p-value and Z by exact integration over the background"
                        + " uncertainty (toys on request), the Asimov Z_A and Z_Bi, the latter two with"
                        + " sigma_b = (UP + DOWN) / 2.",
                "N is an expected count S+B (it may be fractional) unless --observed says it was counted." },
        sortOptions = false)
final class SignificanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "N", description = "Events in the bin: expected S+B, or observed.")
    double n;

    @Parameters(index = "1", paramLabel = "B", description = "Expected background.")
    double b;

    @Parameters(index = "2", paramLabel = "UP", description = "Upward background error (sigma+).")
    double up;

    @Parameters(index = "3", paramLabel = "DOWN", description = "Downward background error (sigma-).")
    double down;

    @Option(names = "--observed", description = "N was counted: a whole number; Z_Bi then uses ROOT's BinomialObsZ.")
    boolean observed;

    @Option(names = "--toys", description = "Also compute the p-value with the original tool's toys.")
    boolean toys;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Toy seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-toys", defaultValue = "100000000", paramLabel = "COUNT",
            description = "Most toys to throw (default: ${DEFAULT-VALUE}).")
    long maxToys;

    static final String SHAPE = "significance";

    @Option(names = "--json", description = "Print one JSON document (schema " + SHAPE + ") instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!(n >= 0) || !(b >= 0) || !(up >= 0) || !(down >= 0) || Double.isInfinite(n + b + up + down)) {
            throw new ParameterException(spec.commandLine(), "N, B, UP and DOWN must be finite and >= 0");
        }
        MinianaCommand.checkUsage(spec, () -> InputChecks.number("N", n) + InputChecks.number("B", b)
                + InputChecks.number("UP", up) + InputChecks.number("DOWN", down));
        if (b == 0) {
            throw new ParameterException(spec.commandLine(), "B must be above 0: every significance here compares N"
                    + " with a background");
        }
        if (observed && n != Math.rint(n)) {
            throw new ParameterException(spec.commandLine(), "an observed N must be a whole number, not " + n);
        }
        double sigmaB = (up + down) / 2;
        double signal = n - b;
        PValue hybrid = PValue.hybrid(n, b, up, down);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("schema", JsonOutput.schemaId(SHAPE));
        result.put("schemaVersion", JsonOutput.version(SHAPE));
        result.put("n", n);
        result.put("observed", observed);
        result.put("background", b);
        result.put("backgroundUp", up);
        result.put("backgroundDown", down);
        result.put("q", Significance.q(signal, b));
        result.put("hybridP", hybrid.p());
        result.put("hybridZ", hybrid.z());
        ToyPValue toy = toys ? ToyPValue.compute(n, b, up, down, seed, maxToys) : null;
        if (toy != null) {
            result.put("toyP", toy.p());
            result.put("toyPError", toy.standardError());
            result.put("toyZ", toy.z());
            result.put("toys", toy.toys());
        }
        result.put("asimovZ", signal > 0 ? Asimov.z(signal, b, sigmaB) : 0.0);
        // Z_Bi takes the background as an off measurement of relative uncertainty sigma_b / B
        boolean binomialDefined = sigmaB > 0;
        double binomialZ = !binomialDefined ? Double.NaN
                : (observed ? OnOff.binomialObserved(n, b, sigmaB / b) : OnOff.binomialExpected(signal, b, sigmaB / b)).z();
        result.put("binomialZ", binomialZ);
        List<String> notes = new ArrayList<>();
        noteIfInfinite(notes, "Z (hybrid)", hybrid.z());
        if (toy != null) {
            noteIfInfinite(notes, "Z (toys)", toy.z());
        }
        noteIfInfinite(notes, "Z_A", (Double) result.get("asimovZ"));
        noteIfInfinite(notes, "Z_Bi", binomialZ);
        if (!binomialDefined) {
            notes.add("Z_Bi: not defined without a background uncertainty (it needs UP + DOWN > 0)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // JSON has no infinity or NaN (a p-value of 0 has an infinite Z): null, as every --json document
            result.replaceAll((key, value) -> value instanceof Double number && !Double.isFinite(number) ? null : value);
            if (!notes.isEmpty()) {
                result.put("notes", notes);
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            out.printf("N = %s (%s), B = %s +%s -%s%n", n, observed ? "observed" : "expected S+B", b, up, down);
            out.printf("Q = 2(sqrt(S+B) - sqrt(B))          %.4f%n", result.get("q"));
            out.printf("hybrid p-value, exact               p = %.6g   Z = %s%n", hybrid.p(), z(hybrid.z()));
            if (toy != null) {
                out.printf("hybrid p-value, %d toys (seed %d)  p = %.4g +- %.2g   Z = %s%n", toy.toys(), seed, toy.p(),
                        toy.standardError(), z(toy.z()));
            }
            out.printf("Asimov Z_A, sigma_b = %.4g             Z = %s%n", sigmaB, z((Double) result.get("asimovZ")));
            out.printf("Z_Bi, delta = sigma_b/B = %.4g         Z = %s%n", sigmaB / b, z(binomialZ));
            notes.forEach(note -> out.println("Note: " + note));
        }
        out.flush();
        return 0;
    }

    private static void noteIfInfinite(List<String> notes, String name, double z) {
        if (Double.isInfinite(z)) {
            notes.add(name + ": " + beyondPrecision(z));
        }
    }

    /**
     * A significance for the text output: three decimals, or where it is infinite or undefined
     * a word (the notes explain), never Java's "Infinity".
     */
    private static String z(double value) {
        return Double.isFinite(value) ? String.format("%.3f", value)
                : Double.isNaN(value) ? "undefined" : beyondPrecision(value);
    }

    /** A p-value that underflows double precision (below 1e-308 or so, beyond 38 sigma) has an infinite Z. */
    private static String beyondPrecision(double z) {
        return z > 0 ? "beyond 38 sigma (p-value below double precision)"
                : "below -38 sigma (p-value indistinguishable from 1 in double precision)";
    }
}
