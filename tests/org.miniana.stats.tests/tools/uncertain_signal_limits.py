#!/usr/bin/env python3
# Copyright (c) 2026 Mini Analysis Workbench contributors
# SPDX-License-Identifier: EPL-2.0
"""Independent reference for the CLs limits with an uncertain signal (LimitsTest.uncertainSignal*).

Written from the stats README's conventions, not from the Java code: no integration by parts, no
peak following, no Gauss-Kronrod. CL_s+b(s) = E_{g,h}[P(N <= n | mu(g) + s k(h))] is the direct
double expectation, an outer scipy.integrate.quad over the signal nuisance h and an inner one over
the background nuisance g, each split where its function has a kink (g = 0 and the truncation point
of a linear background branch; h = 0), with the Poisson tails from scipy.stats.poisson.cdf.
CLs(s) = CL_s+b(s) / CL_b = 0.05 is solved with brentq to 1e-12 relative. Expected limits take the
smallest k with P(N <= k) >= q, P the background-only hybrid distribution from the same inner
integral, for q = Phi(-2), Phi(-1), 1/2, Phi(1), Phi(2).

Run: uncertain_signal_limits.py   (prints the rows LimitsTest holds; 9 CPU minutes with scipy 1.17.1)
"""

import math

import numpy as np
from scipy import integrate, optimize, stats

EPS = 1e-11


def background_mu(g, b, up, down):
    """The original tool's background model (stats README, Conventions)."""
    if b == 0:
        return abs(g) * up
    if g >= 0:
        return b * math.exp(g * math.log1p(up / b))
    if down < 0.8 * b:
        return b * math.exp(-g * math.log1p(-down / b))
    return max(0.0, b + g * min(down, b))


def signal_k(h, up, down):
    """The signal's factor: log-normal on each side, k(0) = 1 (down < 1)."""
    return math.exp(h * math.log1p(up)) if h >= 0 else math.exp(-h * math.log1p(-down))


def g_breaks(b, up, down):
    points = [-12.0, 0.0, 12.0]
    if b > 0 and down >= 0.8 * b:
        points.append(-b / min(down, b))
    return sorted(p for p in set(points) if -12 <= p <= 12)


def lower_tail(n, x, b, up, down):
    """E_g[P(N <= n | mu(g) + x)]."""
    if up == 0 and down == 0:
        return stats.poisson.cdf(n, b + x)
    f = lambda g: stats.poisson.cdf(n, background_mu(g, b, up, down) + x) * stats.norm.pdf(g)
    edges = g_breaks(b, up, down)
    return sum(integrate.quad(f, lo, hi, epsabs=0, epsrel=EPS, limit=400)[0] for lo, hi in zip(edges, edges[1:]))


def cls(s, n, b, up, down, sup, sdown, clb):
    f = lambda h: lower_tail(n, s * signal_k(h, sup, sdown), b, up, down) * stats.norm.pdf(h)
    total = 0.0
    for lo, hi, err in ((0.0, 9.0, sup), (-9.0, 0.0, sdown)):
        if err == 0:
            total += 0.5 * lower_tail(n, s, b, up, down)
        else:
            total += integrate.quad(f, lo, hi, epsabs=0, epsrel=EPS, limit=400)[0]
    return total / clb


def limit(n, b, up, down, sup, sdown):
    clb = lower_tail(n, 0, b, up, down)
    hi = n + 5.0
    while cls(hi, n, b, up, down, sup, sdown, clb) > 0.05:
        hi *= 2
    return optimize.brentq(lambda s: cls(s, n, b, up, down, sup, sdown, clb) - 0.05, 0, hi, xtol=1e-12, rtol=1e-12)


def expected(b, up, down, sup, sdown):
    limits = []
    k = 0
    for q in stats.norm.cdf([-2, -1, 0, 1, 2]):
        while lower_tail(k, 0, b, up, down) < q:
            k += 1
        limits.append(limit(k, b, up, down, sup, sdown))
    return limits


# (n, b, up, down, signal up, signal down): small and large backgrounds, a deficit, n = 0, a linear
# background branch, b = 0, symmetric and asymmetric signal errors, one side without error.
OBSERVED = [
    (25, 25, 5, 5, 0.2, 0.2),
    (25, 25, 5, 5, 0.1, 0.3),
    (3, 1.2, 0.5, 0.4, 0.3, 0.25),
    (0, 0.5, 0.2, 0.1, 0.5, 0.4),
    (2, 3, 1, 2.5, 0.15, 0.1),
    (420, 400, 40, 30, 0.25, 0.2),
    (5, 0, 0, 0, 0.2, 0.2),
    (10, 8, 2, 2, 0.2, 0),
    (10, 8, 2, 2, 0, 0.3),
    (12, 10, 3, 2, 1.0, 0.6),
]
EXPECTED = [
    (25, 5, 5, 0.2, 0.2),
    (3, 1, 1, 0.3, 0.25),
]

if __name__ == "__main__":
    print("# scipy", __import__("scipy").__version__, "numpy", np.__version__)
    for row in OBSERVED:
        print("{%s, %.10g}," % (", ".join(repr(v) for v in row), limit(*row)))
    for row in EXPECTED:
        print("{%s, %s}," % (", ".join(repr(v) for v in row), ", ".join("%.10g" % v for v in expected(*row))))
