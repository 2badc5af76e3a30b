#!/usr/bin/env python3
# Copyright (c) 2026 Mini Analysis Workbench contributors
# SPDX-License-Identifier: EPL-2.0
"""Rakes a simulated signal model's yields to the recast efficiencies of CMS-SUS-16-033's aggregate
regions at one mass point, so that the full likelihood can show how much of the gap to CMS's
limits the efficiencies explain (signal README, issue #15).

Iterative proportional fitting: each region whose recast efficiency is at least 0.3% in turn scales
the RA2 bins inside it until its efficiency is the recast's; 200 sweeps. Bins outside every region
keep their yields. Usage:

  miniana export --model T1qqqq_1500_100 -o model.csv
  rake_to_recast.py model.csv T1qqqq 1500 110 > raked.csv   # the recast point nearest the model
  miniana import raked.csv && miniana analyze T1qqqq_1500_100_recast --statistics full
"""
import csv
import sys
from pathlib import Path

LUMINOSITY_INV_PB = 12902.808
TABLE = (Path(__file__).resolve().parents[2] / "org.miniana.validation" / "data" / "cms-sus-16-033"
         / "aggregate-region-efficiencies.csv")
# AggregateRegion.CMS_SUS_16_033 (Java): Njets from, Nb (exact, or from with '+'), first RA2 HT-MHT box kept
REGIONS = [(2, "0", 6), (3, "0", 9), (5, "0", 6), (5, "0", 9), (9, "0", 9), (2, "2+", 6),
           (3, "1+", 8), (5, "3+", 6), (5, "2+", 9), (9, "3+", 8), (7, "1+", 0), (5, "1+", 8)]
# RA2 boxes inside "HT, MHT from 500" (6), "from 750" (8), "HT from 1500, MHT from 750" (9), all (0)
BOXES = {6: {6, 7, 8, 9}, 8: {8, 9}, 9: {9}, 0: set(range(10))}


def inside(bin_index, region):
    njets_from, nb, box = region
    njets = (3, 5, 7, 9)[bin_index // 40]
    btags = (bin_index // 10) % 4
    nb_from = int(nb[0])
    nb_ok = btags >= nb_from if nb.endswith("+") else btags == nb_from
    return njets >= njets_from and nb_ok and bin_index % 10 in BOXES[box]


def main(model_file, family, m_gluino, m_lsp):
    lines = Path(model_file).read_text().splitlines()
    header = [line for line in lines if line.startswith("#")]
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    cross_section = float(next(h for h in header if h.startswith("# cross_section_pb")).split("=")[1])
    name = next(h for h in header if h.startswith("# model")).split("=")[1].strip()
    yields = {int(r["bin"]): float(r["yield"]) for r in rows}
    errors = {int(r["bin"]): float(r["mc_stat_error"]) for r in rows}
    with TABLE.open() as table:
        target = next([float(x) for x in r[3:]] for r in csv.reader(l for l in table if not l.startswith("#"))
                      if r[:3] == [family, m_gluino, m_lsp])
    weights = dict.fromkeys(yields, 1.0)
    for _ in range(200):
        for region, efficiency in zip(REGIONS, target):
            if efficiency < 0.003:
                continue
            ours = sum(yields[b] * weights[b] for b in yields if inside(b, region)) / (cross_section * LUMINOSITY_INV_PB)
            if ours > 0:
                for b in yields:
                    if inside(b, region):
                        weights[b] *= efficiency / ours
    out = sys.stdout
    for line in header:
        if line.startswith("# model"):
            line = "# model = " + name + "_recast"
        elif line.startswith("# provenance"):
            line = (f"# provenance = {line.split('=', 1)[1].strip()}; raked to the recast efficiencies of"
                    f" CMS-SUS-16-033 at {m_gluino}/{m_lsp} GeV")
        out.write(line + "\n")
    out.write("bin,yield,mc_stat_error\n")
    for b in sorted(yields):
        out.write(f"{b},{yields[b] * weights[b]!r},{errors[b] * weights[b]!r}\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
