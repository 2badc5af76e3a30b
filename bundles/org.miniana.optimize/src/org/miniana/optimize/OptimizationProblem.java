/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;

/**
 * The input of every optimizer: per bin its grid position, expected signal and background
 * predictions with their errors, and how errors combine when bins are merged. It is built so that
 * it cannot carry observed counts: the choice of bins is blind, and any two search results that
 * differ only in their observations give equal problems.
 *
 * <p>Immutable and thread-safe. Bins are numbered 0..n-1 in order, like the search's bins.
 */
public final class OptimizationProblem {

    private final String analysis;
    private final String model;
    private final List<BackgroundProcess> processes;
    private final List<ProblemBin> bins;
    private final ErrorCombination errors;
    // Flat copies, index bin * processes + process, so that a merge touches no objects.
    private final double[] signal;
    private final double[] value;
    /** Squared stat errors. */
    private final double[] statUp2;
    private final double[] statDown2;
    private final double[] systUp;
    private final double[] systDown;
    /** Whether a process's stat errors add linearly over bins: the original's W/top processes. */
    private final boolean[] linearStat;
    /** The errors that add linearly over bins and processes: the W/top stat errors, or 0. */
    private final double[] linearUp;
    private final double[] linearDown;
    /** The squares of the other errors (stat and syst in quadrature), which add in quadrature. */
    private final double[] quadratureUp2;
    private final double[] quadratureDown2;

    /**
     * @param analysis name of the search the bins come from
     * @param model name of the signal model
     * @param processes the background processes, in the order of each bin's estimates
     * @param bins the bins, numbered 0..n-1 in order
     * @param errors how merged errors combine
     */
    public OptimizationProblem(String analysis, String model, List<BackgroundProcess> processes,
            List<ProblemBin> bins, ErrorCombination errors) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.model = Objects.requireNonNull(model, "model");
        this.processes = List.copyOf(processes);
        this.bins = List.copyOf(bins);
        this.errors = Objects.requireNonNull(errors, "errors");
        int processCount = this.processes.size();
        signal = new double[this.bins.size()];
        value = new double[this.bins.size() * processCount];
        statUp2 = new double[value.length];
        statDown2 = new double[value.length];
        systUp = new double[value.length];
        systDown = new double[value.length];
        linearStat = new boolean[processCount];
        for (int p = 0; p < processCount; p++) {
            linearStat[p] = errors == ErrorCombination.ORIGINAL
                    && ErrorCombination.WTOP_PROCESSES.contains(this.processes.get(p).name());
        }
        linearUp = new double[value.length];
        linearDown = new double[value.length];
        quadratureUp2 = new double[value.length];
        quadratureDown2 = new double[value.length];
        for (int i = 0; i < this.bins.size(); i++) {
            ProblemBin bin = this.bins.get(i);
            if (bin.bin().index() != i) {
                throw new IllegalArgumentException("Bins must be numbered 0.." + (this.bins.size() - 1)
                        + " in order; position " + i + " holds bin " + bin.bin().index());
            }
            if (bin.backgrounds().size() != processCount) {
                throw new IllegalArgumentException("Bin " + i + " has " + bin.backgrounds().size()
                        + " background estimates for " + processCount + " processes");
            }
            signal[i] = bin.signal();
            for (int p = 0; p < processCount; p++) {
                Estimate estimate = bin.backgrounds().get(p);
                int k = i * processCount + p;
                value[k] = estimate.value();
                statUp2[k] = estimate.statUp() * estimate.statUp();
                statDown2[k] = estimate.statDown() * estimate.statDown();
                systUp[k] = estimate.systUp();
                systDown[k] = estimate.systDown();
                boolean linear = linearStat[p];
                linearUp[k] = linear ? estimate.statUp() : 0;
                linearDown[k] = linear ? estimate.statDown() : 0;
                quadratureUp2[k] = (linear ? 0 : statUp2[k]) + systUp[k] * systUp[k];
                quadratureDown2[k] = (linear ? 0 : statDown2[k]) + systDown[k] * systDown[k];
            }
        }
    }

    /**
     * The problem of choosing bins of {@code result} for {@code model}: its expected yields and
     * the result's background predictions. The observed counts are not taken over.
     *
     * @throws IllegalArgumentException if the model does not have one yield per bin
     */
    public static OptimizationProblem of(SearchResult result, SignalModel model, ErrorCombination errors) {
        if (model.yields().size() != result.bins().size()) {
            throw new IllegalArgumentException("Signal model " + model.name() + " has " + model.yields().size()
                    + " yields for the " + result.bins().size() + " bins of " + result.analysis().name());
        }
        List<ProblemBin> bins = new ArrayList<>(result.bins().size());
        for (BinYields yields : result.bins()) {
            List<Estimate> backgrounds = result.processes().stream().map(yields::background).toList();
            bins.add(new ProblemBin(yields.bin(), model.yield(yields.bin().index()).value(), backgrounds));
        }
        return new OptimizationProblem(result.analysis().name(), model.name(), result.processes(), bins, errors);
    }

    public String analysis() {
        return analysis;
    }

    public String model() {
        return model;
    }

    public List<BackgroundProcess> processes() {
        return processes;
    }

    public List<ProblemBin> bins() {
        return bins;
    }

    public ErrorCombination errors() {
        return errors;
    }

    public int size() {
        return bins.size();
    }

    /** The bins' positions in the search's grid, in bin order. */
    public List<SearchBin> grid() {
        return bins.stream().map(ProblemBin::bin).toList();
    }

    public double signal(int bin) {
        return signal[bin];
    }

    /** The merge of the given bins (see {@link #merge(BitSet)}). */
    public MergedBin merge(Collection<Integer> selection) {
        BitSet set = new BitSet(size());
        selection.forEach(set::set);
        return merge(set);
    }

    /**
     * The given bins as one: signal and background add; errors combine as {@link #errors()} says.
     * Bins are summed in ascending order, so the same selection always gives the same numbers.
     *
     * @throws IndexOutOfBoundsException if the selection names a bin the problem does not have
     */
    public MergedBin merge(BitSet selection) {
        if (selection.length() > size()) {
            throw new IndexOutOfBoundsException("No bin " + (selection.length() - 1) + " in a problem of " + size());
        }
        return errors == ErrorCombination.CORRELATED_SYSTEMATICS ? mergeCorrelated(selection) : mergeQuadrature(selection);
    }

    /** {@link ErrorCombination#UNCORRELATED}, and {@link ErrorCombination#ORIGINAL} with its linear W/top part. */
    private MergedBin mergeQuadrature(BitSet selection) {
        int processCount = processes.size();
        double s = 0;
        double b = 0;
        double up2 = 0;
        double down2 = 0;
        double linearUpSum = 0;
        double linearDownSum = 0;
        for (int bin = selection.nextSetBit(0); bin >= 0; bin = selection.nextSetBit(bin + 1)) {
            s += signal[bin];
            for (int k = bin * processCount; k < (bin + 1) * processCount; k++) {
                b += value[k];
                up2 += quadratureUp2[k];
                down2 += quadratureDown2[k];
                linearUpSum += linearUp[k];
                linearDownSum += linearDown[k];
            }
        }
        return new MergedBin(s, b, Math.sqrt(up2 + linearUpSum * linearUpSum),
                Math.sqrt(down2 + linearDownSum * linearDownSum));
    }

    private MergedBin mergeCorrelated(BitSet selection) {
        int processCount = processes.size();
        // Per process: squared stat errors, and syst errors summed linearly.
        double[] sums = new double[4 * processCount];
        double s = 0;
        double b = 0;
        for (int bin = selection.nextSetBit(0); bin >= 0; bin = selection.nextSetBit(bin + 1)) {
            s += signal[bin];
            for (int p = 0; p < processCount; p++) {
                int k = bin * processCount + p;
                b += value[k];
                sums[4 * p] += statUp2[k];
                sums[4 * p + 1] += statDown2[k];
                sums[4 * p + 2] += systUp[k];
                sums[4 * p + 3] += systDown[k];
            }
        }
        double up2 = 0;
        double down2 = 0;
        for (int p = 0; p < processCount; p++) {
            up2 += sums[4 * p] + sums[4 * p + 2] * sums[4 * p + 2];
            down2 += sums[4 * p + 1] + sums[4 * p + 3] * sums[4 * p + 3];
        }
        return new MergedBin(s, b, Math.sqrt(up2), Math.sqrt(down2));
    }

    /**
     * The background of each process in the given bins taken as one, in the order of
     * {@link #processes()}: values add, statistical and systematic errors as {@link #errors()}
     * says (linearly over the bins where they are correlated, in quadrature otherwise). Their
     * errors, added in quadrature over processes, are those of {@link #merge(Collection)}, except
     * that {@link ErrorCombination#ORIGINAL} adds the two W/top statistical errors linearly to each
     * other there.
     */
    public List<Estimate> mergeByProcess(Collection<Integer> selection) {
        int processCount = processes.size();
        boolean linearSyst = errors == ErrorCombination.CORRELATED_SYSTEMATICS;
        SortedSet<Integer> bins = new TreeSet<>(selection);
        List<Estimate> merged = new ArrayList<>(processCount);
        for (int p = 0; p < processCount; p++) {
            double b = 0;
            double[] statUps = new double[bins.size()];
            double[] statDowns = new double[bins.size()];
            double[] systUps = new double[bins.size()];
            double[] systDowns = new double[bins.size()];
            int i = 0;
            for (int bin : bins) {
                int k = bin * processCount + p;
                b += value[k];
                statUps[i] = Math.sqrt(statUp2[k]);
                statDowns[i] = Math.sqrt(statDown2[k]);
                systUps[i] = systUp[k];
                systDowns[i] = systDown[k];
                i++;
            }
            merged.add(new Estimate(b, combine(statUps, linearStat[p]), combine(statDowns, linearStat[p]),
                    combine(systUps, linearSyst), combine(systDowns, linearSyst)));
        }
        return merged;
    }

    /** Errors of several bins added linearly (fully correlated) or in quadrature (independent). */
    private static double combine(double[] errors, boolean linear) {
        double sum = 0;
        for (double error : errors) {
            sum += linear ? error : error * error;
        }
        return linear ? sum : Math.sqrt(sum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptimizationProblem that && analysis.equals(that.analysis) && model.equals(that.model)
                && processes.equals(that.processes) && bins.equals(that.bins) && errors == that.errors;
    }

    @Override
    public int hashCode() {
        return Objects.hash(analysis, model, processes, bins, errors);
    }

    @Override
    public String toString() {
        return "OptimizationProblem[" + analysis + ", " + model + ", " + size() + " bins, " + errors.id() + "]";
    }
}
