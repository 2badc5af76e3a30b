/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Significances and limits for one counting bin.
 * <h2>Background model</h2>
 * As in the original RA2 mini-analysis tool, the expected background b with errors +up -down is
 * varied with one standard normal nuisance g:
 * <ul>
 * <li>g &gt;= 0: mu = b exp(g ln(1 + up/b));</li>
 * <li>g &lt; 0 and down &lt; 0.8 b: mu = b exp(-g ln(1 - down/b)) (mu &lt; b);</li>
 * <li>g &lt; 0 and down &gt;= 0.8 b: mu = max(0, b + g min(down, b));</li>
 * <li>b = 0: mu = |g| up.</li>
 * </ul>
 * The observed count is N ~ Poisson(mu (+ s)), and "hybrid" quantities average the Poisson
 * probability over g (the prior-predictive distribution of N).
 * <h2>Conventions</h2>
 * <ul>
 * <li>p-values are one-sided (excess). For an integer n, p = E[P(N &gt; n) + P(N = n)/2]: ties count
 * half, as the original tool counted its toys. For a non-integer n (an expected S + B),
 * p = E[P(N &gt; n)].</li>
 * <li>Z = Phi^-1(1 - p), computed from p (or from 1 - p for deficits) without ever forming the
 * rounded 1 - p: it is accurate for p far below 1e-15, and stays finite after p underflows to 0
 * (huge counts). Deficits have Z &lt; 0.</li>
 * <li>Upper limits are 95 % CL CLs limits on the signal yield s, hybrid in the same way. Expected
 * limits take the quantiles Phi(-2), Phi(-1), 1/2, Phi(1), Phi(2) of the background-only count
 * distribution, the q-quantile being the smallest k with P(N &lt;= k) &gt;= q.</li>
 * <li>An uncertain signal (the limits' overloads with relative signal errors) is multiplied by a
 * log-normal factor with its own standard normal nuisance h, built like the background model with
 * b = 1; CL_s+b averages over g and h, CL_b and the p-values are unchanged.</li>
 * </ul>
 * <h2>Entry points</h2>
 * <ul>
 * <li>{@link org.miniana.stats.PValue#hybrid}: the default, deterministic hybrid p-value, relative
 * accuracy better than 1e-6 (1e-7 in practice) down to p = 1e-15 and beyond.</li>
 * <li>{@link org.miniana.stats.ToyPValue#compute}: the original tool's toys, for cross-checks and
 * historical numbers.</li>
 * <li>{@link org.miniana.stats.Limits}: observed and expected CLs limits, for a certain or an
 * uncertain signal.</li>
 * <li>{@link org.miniana.stats.Asimov}, {@link org.miniana.stats.OnOff}: asymptotic and
 * frequentist alternatives (Z_A, Z_Bi, Z_PL).</li>
 * <li>{@link org.miniana.stats.Significance}: p &lt;-&gt; Z, and the original tool's ranking
 * quantity Q = 2 (sqrt(S + B) - sqrt(B)).</li>
 * <li>{@link org.miniana.stats.PoissonInterval}: the Garwood interval of a Poisson mean.</li>
 * <li>{@link org.miniana.stats.HybridCount}: the hybrid distribution of the count itself, for figures.</li>
 * </ul>
 * All methods are static and thread-safe; results are immutable records.
 */
package org.miniana.stats;
