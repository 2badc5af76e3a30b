/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

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
        if (observed && n != Math.rint(n)) {
            throw new ParameterException(spec.commandLine(), "an observed N must be a whole number, not " + n);
        }
        double sigmaB = (up + down) / 2;
        double signal = n - b;
        PValue hybrid = PValue.hybrid(n, b, up, down);
        PValue binomial = observed ? OnOff.binomialObserved(n, b, sigmaB / b) : OnOff.binomialExpected(signal, b, sigmaB / b);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("schema", JsonOutput.schemaId(SHAPE));
        result.put("schemaVersion", JsonOutput.VERSION);
        result.put("n", n);
        result.put("observed", observed);
        result.put("background", b);
        result.put("backgroundUp", up);
        result.put("backgroundDown", down);
        result.put("q", Significance.q(signal, b));
        result.put("hybridP", hybrid.p());
        result.put("hybridZ", hybrid.z());
        if (toys) {
            ToyPValue toy = ToyPValue.compute(n, b, up, down, seed, maxToys);
            result.put("toyP", toy.p());
            result.put("toyPError", toy.standardError());
            result.put("toyZ", toy.z());
            result.put("toys", toy.toys());
        }
        result.put("asimovZ", signal > 0 ? Asimov.z(signal, b, sigmaB) : 0.0);
        result.put("binomialZ", binomial.z());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // JSON has no infinity or NaN (a p-value of 0 has an infinite Z): null, as every --json document
            result.replaceAll((key, value) -> value instanceof Double number && !Double.isFinite(number) ? null : value);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            out.printf("N = %s (%s), B = %s +%s -%s%n", n, observed ? "observed" : "expected S+B", b, up, down);
            out.printf("Q = 2(sqrt(S+B) - sqrt(B))          %.4f%n", result.get("q"));
            out.printf("hybrid p-value, exact               p = %.6g   Z = %.3f%n", hybrid.p(), hybrid.z());
            if (toys) {
                out.printf("hybrid p-value, %d toys (seed %d)  p = %.4g +- %.2g   Z = %.3f%n", result.get("toys"), seed,
                        result.get("toyP"), result.get("toyPError"), result.get("toyZ"));
            }
            out.printf("Asimov Z_A, sigma_b = %.4g             Z = %.3f%n", sigmaB, result.get("asimovZ"));
            out.printf("Z_Bi, delta = sigma_b/B = %.4g         Z = %.3f%n", sigmaB / b, binomial.z());
        }
        out.flush();
        return 0;
    }
}
