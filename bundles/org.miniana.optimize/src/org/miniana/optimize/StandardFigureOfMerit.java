/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.Arrays;

import org.apache.commons.math3.special.Gamma;
import org.miniana.stats.Asimov;
import org.miniana.stats.HybridBound;
import org.miniana.stats.Limits;
import org.miniana.stats.OnOff;
import org.miniana.stats.PValue;
import org.miniana.stats.Significance;

/** The figures of merit of the statistics engine, selectable by id: three discovery significances and the expected exclusion. */
public enum StandardFigureOfMerit implements FigureOfMerit {

    /**
     * The original tool's significance: Z of the hybrid p-value of observing n = S + B events over
     * the background B +up -down, {@code PValue.hybrid(S + B, B, up, down).z()}. For a non-integer
     * n the p-value is P(N &gt; n) = P(N &gt;= floor(n) + 1), so this figure is a step function of S
     * at fixed B: it moves only when S + B crosses a whole number.
     */
    HYBRID("hybrid", "Significance of the hybrid p-value of n = S + B (the original tool's)") {
        @Override
        public double value(double s, double b, double up, double down) {
            return PValue.hybrid(s + b, b, up, down).z();
        }

        @Override
        public double upperBound(double s, double b, double up, double down, double threshold) {
            return HybridBound.significance(s, b, up, down, threshold);
        }
    },

    /**
     * The Asimov median discovery significance Z_A with a background uncertainty sigma_b
     * (Cowan, Cranmer, Gross, Vitells). sigma_b is the upward error, as a discovery is faked by an
     * upward fluctuation of the background; +infinity for B = 0.
     */
    ASIMOV("asimov", "Asimov significance Z_A with sigma_b = upward background error") {
        @Override
        public double value(double s, double b, double up, double down) {
            return b > 0 ? Asimov.z(s, b, up) : Double.POSITIVE_INFINITY;
        }
    },

    /**
     * Z_Bi of n_on = S + B with the relative background uncertainty up / B (ROOT's
     * {@code BinomialExpZ}). Without a background error it is the limit of Z_Bi, the Poisson
     * p-value P(N &gt;= S + B | B) as a regularized incomplete gamma function; +infinity for B = 0.
     */
    BINOMIAL("binomial", "Z_Bi, the on/off binomial significance with delta = upward error / B") {
        @Override
        public double value(double s, double b, double up, double down) {
            if (!(b > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            if (up > 0) {
                return OnOff.binomialExpected(s, b, up / b).z();
            }
            return Significance.fromPValue(Gamma.regularizedGammaP(s + b, b));
        }
    },

    /**
     * The expected exclusion, for designing a search for a model that is not discoverable: the
     * inverse 1 / mu_exp of the median expected 95 % CL CLs upper limit on the signal strength,
     * mu_exp = s_exp / S with s_exp = {@code Limits.expectedMedian(B, up, down)}, the same hybrid
     * CLs as the tested limits. Minimising mu_exp is maximising its inverse, which keeps "larger
     * is better" for every optimizer, and 0 (no signal) stays "no sensitivity"; 1 / mu_exp &gt;= 1
     * means the model is expected to be excluded. s_exp depends on B only through the median
     * count, so this figure is a step function of B as the hybrid significance is of S + B.
     */
    EXCLUSION("exclusion", "Expected exclusion 1/mu_exp, mu_exp the median expected 95% CL CLs limit") {
        @Override
        public double value(double s, double b, double up, double down) {
            return s / Limits.expectedMedian(b, up, down);
        }

        @Override
        public boolean isSignificance() {
            return false;
        }
    };

    private final String id;
    private final String label;

    StandardFigureOfMerit(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for an unknown id, naming the known ones */
    public static StandardFigureOfMerit byId(String id) {
        return Arrays.stream(values()).filter(figure -> figure.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown figure of merit '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(StandardFigureOfMerit::id).toList())));
    }
}
