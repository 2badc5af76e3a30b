#!/usr/bin/env python3
# Copyright (c) 2026 Mini Analysis Workbench contributors
# SPDX-License-Identifier: EPL-2.0
"""Independent cross-check of the full RA2 likelihood of org.miniana.likelihood with numpy and scipy.

Reads the Combine counting cards itself (the search bins SR/card_signal*.txt in the order their
tags give, then the control-region cards CRs/), builds the same likelihood as the Java bundle
from its documented conventions (bundles/org.miniana.likelihood/README.md, written anew here:
no Java code is translated), puts a flat signal of --signal events into every search bin (none in control
regions), and prints one JSON object: the distinct background-only minima, the asymptotic CLs
limits on mu and the discovery significances (Cowan, Cranmer, Gross, Vitells, arXiv:1007.1727).

Conventions, the same as the Java side's so that absolute values compare:
- -ln L = sum_c [nu - n + n ln(n/nu)] + sum_lnN (theta - g)^2 / 2 + sum_gmN [m - N + N ln(N/m)]:
  every term minus its maximum (half the deviance), so no ln n! and no ln sqrt(2 pi).
- lnN: factor exp(theta logKappa(theta)), Combine's asymmetric interpolation (logKappa.h);
  lnU: factor kappa^theta with theta in [-1, 1] and no constraint; gmN N alpha: yield alpha m,
  m >= 0 constrained by Poisson(N | m).
- mu >= 0 scales the signal ('sig', process id <= 0); a placeholder rate SIGNAL in a background
  column is 0 (the cards' negligible entries the placeholder substitution overwrote).

Fits: scipy's L-BFGS-B with analytic gradients on variables scaled by the square root of their
Fisher information, so that lnU normalisations fixed by thousands of control-region events and
loosely constrained lnN have a comparable curvature.

Run: crosscheck_likelihood.py CARD_DIRECTORY [--signal 1.0]
"""

import argparse
import glob
import json
import math
import os
import re
import sys
import time

import numpy as np
import scipy
from scipy.optimize import brentq, minimize
from scipy.special import xlogy
from scipy.stats import norm, poisson

LN_N, LN_U, GM_N = "lnN", "lnU", "gmN"
PLACEHOLDER = "SIGNAL"


class CardError(Exception):
    """A problem in a card: names the file and line."""

    def __init__(self, path, line, problem):
        super().__init__(f"{path}:{line}: {problem}")


def read_card(path):
    """One single-channel counting card: observation, processes, rates and systematics."""
    card = {"path": path, "tag": "", "systematics": [], "processes": None, "ids": None}
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            try:
                read_line(card, raw, number)
            except (ValueError, IndexError) as e:
                raise CardError(path, number, f"cannot read '{raw.strip()}': {e}") from e
    if card["ids"] is None or "rates" not in card or "observed" not in card:
        raise CardError(path, 0, "incomplete card (observation, process or rate line missing)")
    return card


def read_line(card, raw, number):
    text, _, comment = raw.partition("#")
    if "tag =" in comment and not card["tag"]:
        card["tag"] = comment.split("tag =", 1)[1].strip()
    tokens = text.split()
    if not tokens or tokens[0].startswith("---") or tokens[0] in ("imax", "jmax", "kmax", "bin"):
        return
    key, values, names = tokens[0], tokens[1:], card["processes"]
    if key == "shapes":
        if values[2:3] != ["FAKE"]:
            raise CardError(card["path"], number, "only counting cards ('shapes * * FAKE') are supported")
    elif key == "observation":
        card["observed"] = float(values[0])
    elif key == "process":
        if names is None:
            card["processes"] = values
        elif len(values) != len(names):
            raise CardError(card["path"], number, "the process ids need one value per process")
        else:
            card["ids"] = [int(v) for v in values]
    elif key == "rate":
        if names is None or len(values) != len(names):
            raise CardError(card["path"], number, "the rate line needs one value per process")
        card["rates"] = [None if v == PLACEHOLDER else float(v) for v in values]
    else:
        if not values or values[0] not in (LN_N, LN_U, GM_N):
            raise CardError(card["path"], number, f"systematic '{key}' has an unsupported type")
        kind, entries, count = values[0], values[1:], None
        if kind == GM_N:
            count, entries = float(entries[0]), entries[1:]
        if names is None or len(entries) != len(names):
            raise CardError(card["path"], number, f"systematic '{key}' needs one entry per process")
        card["systematics"].append((key, kind, count, entries, number))


def search_bin(card):
    """The bin number from the tag NJets{a}_BTags{b}_MHT{c}_HT{d}: 40 a + 10 b + d."""
    parts = [re.fullmatch(r"([A-Za-z]+)(\d+)", part) for part in card["tag"].split("_")]
    fields = {part.group(1): int(part.group(2)) for part in parts if part}
    if not all(parts) or not {"NJets", "BTags", "HT"} <= fields.keys():
        raise CardError(card["path"], 1, f"the tag '{card['tag']}' is not NJets{{a}}_BTags{{b}}_MHT{{c}}_HT{{d}}")
    return 40 * fields["NJets"] + 10 * fields["BTags"] + fields["HT"]


def read_cards(directory):
    """The search-bin cards SR/card_signal*.txt in bin order, then the 360 control-region cards."""
    search = sorted((read_card(path) for path in glob.glob(os.path.join(directory, "SR", "card_signal*.txt"))),
                    key=search_bin)
    if [search_bin(card) for card in search] != list(range(len(search))):
        raise CardError(os.path.join(directory, "SR"), 0, "the tags do not number the search bins 0, 1, ...")
    names = [f"card_sphoton{i}.txt" for i in range(40)]
    for i in range(len(search)):
        names += [f"card_Lowdphi{i}.txt", f"card_SLControl{i}.txt"]
    return search, [read_card(os.path.join(directory, "CRs", name)) for name in names]


class Model:
    """The likelihood in flat numpy arrays; parameter 0 is mu."""

    def __init__(self, directory, signal):
        search, controls = read_cards(directory)
        self.names, self.kinds, self.counts = ["mu"], [None], [None]
        index = {}
        rate, is_signal, channel, gamma = [], [], [], []
        m_sample, m_param, m_up, m_down = [], [], [], []
        self.observed, self.tags, self.search_bins, self.placeholders = [], [], 0, 0
        for c, card in enumerate(search + controls):
            in_search = c < len(search)
            self.search_bins += in_search
            self.observed.append(card["observed"])
            self.tags.append(card["tag"])
            signal_columns = sum(1 for i in card["ids"] if i <= 0)
            first_sample = len(rate)
            for column, process_id in enumerate(card["ids"]):
                if process_id <= 0:
                    # The card's signal is replaced: the tested signal in search bins, none in control regions.
                    rate.append(signal / signal_columns if in_search else 0.0)
                else:
                    value = card["rates"][column]
                    if value is None:
                        self.placeholders += 1
                    rate.append(0.0 if value is None else value)
                is_signal.append(process_id <= 0)
                channel.append(c)
                gamma.append(-1)
            for key, kind, count, entries, line in card["systematics"]:
                if key not in index:
                    index[key] = len(self.names)
                    self.names.append(key)
                    self.kinds.append(kind)
                    self.counts.append(count)
                elif self.kinds[index[key]] != kind or self.counts[index[key]] != count:
                    raise CardError(card["path"], line, f"'{key}' is declared differently in another card")
                p = index[key]
                for column, entry in enumerate(entries):
                    if entry == "-":
                        continue
                    s = first_sample + column
                    if kind == GM_N:
                        if gamma[s] >= 0:
                            raise CardError(card["path"], line, f"process {column} has two gmN parameters")
                        rate[s], gamma[s] = float(entry), p
                        continue
                    down, slash, up = entry.partition("/")
                    if slash and kind == LN_U:
                        raise CardError(card["path"], line, f"lnU '{key}' must have one kappa")
                    up = float(up) if slash else float(down)
                    down = float(down) if slash else 1.0 / up
                    if not (up > 0 and down > 0):
                        raise CardError(card["path"], line, f"kappa of '{key}' must be positive")
                    m_sample.append(s)
                    m_param.append(p)
                    m_up.append(math.log(up))
                    m_down.append(math.log(down))
        self.observed = np.array(self.observed)
        self.rate = np.array(rate)
        self.signal = np.array(is_signal)
        self.channel = np.array(channel)
        self.gamma = np.array(gamma)
        self.m_sample = np.array(m_sample)
        self.m_param = np.array(m_param)
        log_up, log_down = np.array(m_up), np.array(m_down)
        # logKappa is 'high' above +1/2, 'low' below -1/2; in between avg + half * h(2 theta).
        self.high = log_up
        self.low = -log_down
        self.avg = 0.5 * (self.high + self.low)
        self.half = 0.5 * (self.high - self.low)
        self.P = len(self.names)
        self.C = len(self.observed)
        self.S = len(self.rate)
        kinds = np.array(self.kinds[1:])
        self.is_lnn = np.concatenate([[False], kinds == LN_N])
        self.is_gmn = np.concatenate([[False], kinds == GM_N])
        self.gmn_count = np.array([c if c is not None else 0.0 for c in self.counts])
        self.lower = np.where(self.is_lnn, -np.inf, 0.0)
        self.upper = np.full(self.P, np.inf)
        lnu = np.concatenate([[False], kinds == LN_U])
        self.lower[lnu], self.upper[lnu] = -1.0, 1.0
        self.nominal = np.where(self.is_gmn, self.gmn_count, 0.0)
        self.nominal[0] = 1.0
        self.index = index
        pairs, self.pair_of_modifier = np.unique(self.channel[self.m_sample] * self.P + self.m_param,
                                                 return_inverse=True)
        self.pair_channel, self.pair_param = pairs // self.P, pairs % self.P

    def data(self):
        """The observed counts with the nominal global observables (0 for lnN, N for gmN)."""
        return self.observed.copy(), np.where(self.is_gmn, self.gmn_count, 0.0)

    def asimov(self, x):
        """Counts at their expectation and global observables at x: x maximises its likelihood."""
        return self.expected(x), np.where(self.is_lnn | self.is_gmn, x, 0.0)

    def _exponent(self, x):
        theta = x[self.m_param]
        t = np.clip(2.0 * theta, -1.0, 1.0)
        inside = np.abs(theta) < 0.5
        h = t * (t * t * (3 * t * t - 10) + 15) / 8
        dh = 15.0 / 8.0 * (1 - t * t) ** 2
        log_kappa = np.where(inside, self.avg + self.half * h, np.where(theta >= 0, self.high, self.low))
        d_log_kappa = np.where(inside, 2 * self.half * dh, 0.0)
        phi = theta * log_kappa
        dphi = log_kappa + theta * d_log_kappa
        return np.bincount(self.m_sample, phi, self.S), dphi

    def sample_yields(self, x):
        """Per sample the yield, E = rate exp(sum of phi) and the gmN factor; per modifier d phi / d theta."""
        exponent, dphi = self._exponent(x)
        e = self.rate * np.exp(exponent)
        linear = np.where(self.gamma >= 0, x[np.maximum(self.gamma, 0)], 1.0)
        nu = e * linear * np.where(self.signal, x[0], 1.0)
        return nu, e, linear, dphi

    def expected(self, x):
        return np.bincount(self.channel, self.sample_yields(x)[0], self.C)

    def nll(self, x, data, gradient=False):
        counts, globals_ = data
        nu_s, e, linear, dphi = self.sample_yields(x)
        nu = np.bincount(self.channel, nu_s, self.C)
        if np.any(nu < 0) or np.any((nu <= 0) & (counts > 0)):
            return (np.inf, np.zeros(self.P)) if gradient else np.inf
        safe = np.where(nu > 0, nu, 1.0)
        value = np.sum(nu - counts + xlogy(counts, counts) - xlogy(counts, safe))
        d = x - globals_
        value += 0.5 * np.sum(d[self.is_lnn] ** 2)
        m, big = x[self.is_gmn], globals_[self.is_gmn]
        value += np.sum(m - big + xlogy(big, big) - xlogy(big, m))
        if not gradient:
            return value
        residual = (1.0 - counts / safe)[self.channel]
        g = np.bincount(self.m_param, (residual * nu_s)[self.m_sample] * dphi, self.P)
        g[0] += np.sum((residual * e * linear)[self.signal])
        has_gamma = self.gamma >= 0
        if np.any(has_gamma):
            per_n = residual * e * np.where(self.signal, x[0], 1.0)
            g += np.bincount(self.gamma[has_gamma], per_n[has_gamma], self.P)
        g[self.is_lnn] += d[self.is_lnn]
        g[self.is_gmn] += 1.0 - np.divide(big, m, out=np.zeros_like(m), where=m > 0)
        return value, g

    def scales(self, x, data):
        """1 / sqrt(diagonal Fisher information) at x: the variables' natural units."""
        nu_s, e, linear, dphi = self.sample_yields(x)
        nu = np.bincount(self.channel, nu_s, self.C)
        weight = 1.0 / np.maximum(nu, 1e-3)
        # Fisher information of parameter p: sum_c (d nu_c / d p)^2 / nu_c, per (channel, parameter) pair.
        derivative = np.bincount(self.pair_of_modifier, nu_s[self.m_sample] * dphi, len(self.pair_param))
        info = np.bincount(self.pair_param, derivative ** 2 * weight[self.pair_channel], self.P)
        info[0] = np.sum(np.bincount(self.channel, e * linear * self.signal, self.C) ** 2 * weight)
        info[self.is_lnn] += 1.0
        info[self.is_gmn] += 1.0 / np.maximum(x[self.is_gmn], 1.0)
        return 1.0 / np.sqrt(np.maximum(info, 1e-2))

    def fit(self, data, start, mu=None, hold=()):
        """The minimum from start, mu fixed when given and the parameters in hold fixed at their
        start values: L-BFGS-B on scaled variables."""
        x0 = np.array(start, dtype=float)
        lower, upper = self.lower.copy(), self.upper.copy()
        if mu is not None:
            x0[0] = mu
        for p in ([0] if mu is not None else []) + list(hold):
            lower[p] = upper[p] = x0[p]
        x0 = np.clip(x0, lower, upper)
        scale = self.scales(x0, data)
        scale[lower == upper] = 1.0

        def objective(y):
            value, g = self.nll(y * scale, data, gradient=True)
            return value, g * scale

        bounds = list(zip(lower / scale, upper / scale))
        result = minimize(objective, x0 / scale, jac=True, method="L-BFGS-B", bounds=bounds,
                          options={"ftol": 1e-13, "gtol": 1e-8, "maxiter": 20000, "maxcor": 30})
        if not np.isfinite(result.fun):
            raise RuntimeError(f"fit failed: {result.message}")
        # y * scale can miss a bound by a rounding error: put such parameters on it
        x = result.x * scale
        x = np.where(np.abs(x - lower) <= 1e-12 * scale, lower, np.where(np.abs(x - upper) <= 1e-12 * scale, upper, x))
        gradient = self.nll(x, data, gradient=True)[1] * scale
        held = (lower == upper) | ((x <= lower) & (gradient > 0)) | ((x >= upper) & (gradient < 0))
        worst = np.max(np.abs(gradient[~held]), initial=0.0)
        if worst > 1e-4:
            # L-BFGS-B's line search ends at the rounding level of -ln L ('ABNORMAL'), which is fine
            # unless the projected gradient is still large
            print(f"warning: L-BFGS-B stopped ({result.message}) with a projected gradient of {worst:.2g}"
                  f" at -ln L {result.fun}", file=sys.stderr)
        return self.nll(x, data), x


def distinct(fits, nll_tolerance=1e-6, parameter_tolerance=1e-2):
    """The distinct minima of (nll, x) pairs, lowest first."""
    minima = []
    for value, x in sorted(fits, key=lambda fit: fit[0]):
        if not any(abs(value - v) < nll_tolerance and np.max(np.abs(x - y)) < parameter_tolerance
                   for v, y in minima):
            minima.append((value, x))
    return minima


def probe_parameters(model, asymmetry=0.1, channels=10):
    """The lnN parameters whose kappas are strongly asymmetric (ln kappaUp + ln kappaDown above
    asymmetry in some entry) in many channels: where such a parameter bends the yields of many
    channels the same way, the likelihood can have a second minimum on the other side of 0."""
    parameters = []
    for p in range(1, model.P):
        if model.kinds[p] != LN_N:
            continue
        entries = model.m_param == p
        spread = np.max(np.abs(model.high[entries] - model.low[entries]), initial=0.0)
        shared = len(np.unique(model.channel[model.m_sample[entries]]))
        if spread > asymmetry and shared >= channels:
            parameters.append(p)
    return parameters


def background_minima(model, data):
    """The background-only fits from the nominal point and from each probe parameter held at +1
    and at -1 while the others adapt, then released (a free fit from +1 with the others nominal
    rolls over to the other side: the others first have to follow); (label, nll, x) for each."""
    fits = [("nominal",) + model.fit(data, model.nominal, 0.0)]
    for p in probe_parameters(model):
        for sign in (1.0, -1.0):
            start = model.nominal.copy()
            start[p] = sign
            held = model.fit(data, start, 0.0, hold=[p])[1]
            fits.append((f"{model.names[p]} from {sign:+.0f}",) + model.fit(data, held, 0.0))
    return fits


class Inference:
    """Asymptotic CLs and q0 on one dataset; every fit is made from each background-only minimum
    (warm-started from the nearest earlier fit of that minimum) and the lowest counts."""

    def __init__(self, model, data, minima):
        self.model, self.data = model, data
        self.minima = [x for _, x in minima]
        self.background = minima[0]
        self.best = min((model.fit(data, x) for x in self.minima), key=lambda fit: fit[0])
        self.asimov = model.asimov(self.background[1])
        self.asimov_minimum = model.nll(self.background[1], self.asimov)
        # per (dataset, background-only minimum): mu -> parameters of the fit started there
        self.chains = {}
        self.profiled = {}
        self.fits = 0

    def profile(self, data, name, mu):
        """min over the background-only minima of -ln L(mu, profiled nuisances), each chain
        warm-started from its fit at the nearest mu so far."""
        if (name, mu) not in self.profiled:
            values = []
            for m, start in enumerate(self.minima):
                chain = self.chains.setdefault((name, m), {})
                x0 = chain[min(chain, key=lambda k: abs(k - mu))] if chain else start
                value, chain[mu] = self.model.fit(data, x0, mu)
                self.fits += 1
                values.append(value)
            self.profiled[(name, mu)] = min(values)
        return self.profiled[(name, mu)]

    def q_observed(self, mu):
        if self.best[1][0] >= mu:
            return 0.0
        return max(0.0, 2 * (self.profile(self.data, "observed", mu) - self.best[0]))

    def q_asimov(self, mu):
        return max(0.0, 2 * (self.profile(self.asimov, "asimov", mu) - self.asimov_minimum))

    @staticmethod
    def cls(q, qa):
        if qa <= 0:
            return 1.0
        if q <= qa:
            return norm.sf(math.sqrt(q)) / norm.cdf(math.sqrt(qa) - math.sqrt(q))
        return norm.sf((q + qa) / (2 * math.sqrt(qa))) / norm.sf((q - qa) / (2 * math.sqrt(qa)))

    @staticmethod
    def root(f, guess):
        """The root of an increasing f of mu > 0 near guess, to 1e-7 relative."""
        low, high = guess / 1.3, guess * 1.3
        while f(low) > 0:
            low /= 1.5
        while f(high) < 0:
            high *= 1.5
        return brentq(f, low, high, rtol=1e-8, xtol=1e-9 * guess)

    def limits(self, cl=0.95):
        alpha = 1 - cl
        # sigma of mu from a first Asimov point: sqrt(q_A) is close to mu / sigma
        probe = 0.1
        sigma = probe / math.sqrt(self.q_asimov(probe))
        expected = {}
        for n in (0, -1, 1, -2, 2):
            k = n + norm.isf(alpha * norm.cdf(n))
            expected[n] = self.root(lambda mu: math.sqrt(self.q_asimov(mu)) - k, k * sigma)
        observed = self.root(lambda mu: math.log(alpha) - math.log(self.cls(self.q_observed(mu), self.q_asimov(mu))),
                             expected[0])
        return observed, expected

    def discovery(self):
        mu_hat = self.best[1][0]
        z = math.sqrt(max(0.0, 2 * (self.background[0] - self.best[0]))) if mu_hat > 0 else 0.0
        signal = min((self.model.fit(self.data, x, 1.0) for x in self.minima), key=lambda fit: fit[0])
        asimov = self.model.asimov(signal[1])
        top = self.model.nll(signal[1], asimov)
        zero = min((self.model.fit(asimov, x, 0.0) for x in self.minima), key=lambda fit: fit[0])
        return z, math.sqrt(max(0.0, 2 * (zero[0] - top)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", help="the card directory (SR/, CRs/)")
    parser.add_argument("--signal", type=float, default=1.0, help="signal events in every search bin")
    parser.add_argument("--low-background", type=float, default=2.0,
                        help="post-fit background below which a search bin counts as low-background")
    args = parser.parse_args()
    started = time.time()
    model = Model(args.cards, args.signal)
    data = model.data()
    dy = model.index["DYsysNj"]

    fits = background_minima(model, data)
    minima = distinct([(v, x) for _, v, x in fits])

    inference = Inference(model, data, minima)
    observed, expected = inference.limits()
    z, z_expected = inference.discovery()

    # Where a flat signal is tested most sharply, the search bins with little background: their
    # observed counts against the background-only fit, the local excesses, and the slope of
    # -ln L in mu at 0 (fixed nuisances) from those bins and from the rest.
    bins = slice(0, model.search_bins)
    background = model.expected(minima[0][1])[bins]
    with_signal = minima[0][1].copy()
    with_signal[0] = 1.0
    signal = model.expected(with_signal)[bins] - background
    n = model.observed[bins]
    low = background < args.low_background
    p_value = poisson.sf(n - 1, background)
    excess = np.where(low & (n > background))[0]
    excess = excess[np.argsort(p_value[excess])]
    slope = signal * (1 - n / background)

    def summary(value, x):
        return {"nll": value, "DYsysNj": float(x[dy]),
                "searchBinBackground": float(np.sum(model.expected(x)[bins]))}

    print(json.dumps({
        "format": "miniana-scipy-crosscheck", "version": 1,
        "numpy": np.__version__, "scipy": scipy.__version__,
        "channels": model.C, "searchBins": model.search_bins, "parameters": model.P,
        "modifiers": int(len(model.m_param)), "placeholderBackgroundRates": model.placeholders,
        "signalPerSearchBin": args.signal,
        "starts": [{"start": label, "nll": v, "DYsysNj": float(x[dy])} for label, v, x in fits],
        "minima": [summary(v, x) for v, x in minima],
        "nominalStartMinimum": summary(fits[0][1], fits[0][2]),
        "muHat": float(inference.best[1][0]),
        "limit": {"observed": observed, "expectedMinus2": expected[-2], "expectedMinus1": expected[-1],
                  "expectedMedian": expected[0], "expectedPlus1": expected[1], "expectedPlus2": expected[2]},
        "discovery": {"observedZ": z, "expectedZ": z_expected},
        "lowBackgroundBins": {
            "postFitBelow": args.low_background, "bins": int(np.sum(low)),
            "observed": float(np.sum(n[low])), "postFitBackground": float(np.sum(background[low])),
            "poissonP": float(poisson.sf(np.sum(n[low]) - 1, np.sum(background[low]))),
            "binsWithExcess": int(len(excess)),
            "shareOfSignalInformation": float(np.sum((signal ** 2 / background)[low])
                                              / np.sum(signal ** 2 / background)),
            "muSlopeAtZero": float(np.sum(slope[low])), "muSlopeAtZeroOtherBins": float(np.sum(slope[~low]))},
        "largestExcesses": [{"bin": int(i), "tag": model.tags[i], "observed": float(n[i]),
                             "postFitBackground": float(background[i]), "poissonP": float(p_value[i])}
                            for i in excess[:8]],
        "fits": 2 * len(fits) - 1 + inference.fits + 3 * len(minima),
        "seconds": time.time() - started,
    }, indent=1))


if __name__ == "__main__":
    try:
        main()
    except (CardError, OSError) as e:
        sys.exit(str(e))
