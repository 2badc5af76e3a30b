/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How reports print numbers, so that every format shows the same digits: significances with two
 * decimals, yields with their errors to the precision of the smaller error, small p-values in
 * scientific notation. Always with a '.' decimal point, whatever the user's locale.
 */
public final class ReportNumbers {

    /** p-values below this are printed in scientific notation. */
    private static final double SMALL_P = 1e-3;

    private ReportNumbers() {
    }

    /**
     * A number in scientific notation: mantissa times ten to the exponent.
     *
     * @param mantissa the digits, e.g. "1.2"
     * @param exponent the power of ten, e.g. -5
     */
    public record Scientific(String mantissa, int exponent) {
    }

    /** The value with this many decimals, e.g. fixed(3.14159, 2) = "3.14". */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // "-0.00" reads as a sign that is not there
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }

    /** A Gaussian significance, e.g. "3.21". */
    public static String significance(double z) {
        return fixed(z, 2);
    }

    /**
     * The decimals that show the smaller of two errors with two significant digits, between 0 and
     * 3, so that a yield and its errors are printed alike ("12.3 +4.5 -3.2").
     */
    public static int decimals(double up, double down) {
        double smaller = Math.min(up, down) > 0 ? Math.min(up, down) : Math.max(up, down);
        if (!(smaller > 0) || !Double.isFinite(smaller)) {
            return 2;
        }
        int leading = (int) Math.floor(Math.log10(smaller));
        return Math.max(0, Math.min(3, 1 - leading));
    }

    /** The number with this many significant digits in scientific notation, e.g. (1.2, -5). */
    public static Scientific scientific(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return new Scientific(value == 0 ? "0" : Double.toString(value), 0);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        return new Scientific(mantissa.toPlainString(), exponent);
    }

    /** Whether a p-value is printed in scientific notation ({@link #pValue}). */
    public static boolean isSmall(double p) {
        return p < SMALL_P && p > 0;
    }

    /**
     * A p-value in plain text: three significant digits, "0.0512", or for small values "1.2e-05"
     * style with two, "1.2e-5".
     */
    public static String pValue(double p) {
        if (isSmall(p)) {
            Scientific scientific = scientific(p, 2);
            return scientific.mantissa() + "e" + scientific.exponent();
        }
        return significant(p, 3);
    }

    /** The value with this many significant digits in plain notation, e.g. significant(0.0044838, 3) = "0.00448". */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
