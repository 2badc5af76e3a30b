/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The CMS RA2 jets + missing-HT search, CMS-PAS-SUS-16-014 (13 TeV, 12.9 fb^-1): its 160 search
 * bins in Njets x Nb x (HT, MHT) and its four background processes.
 *
 * <p>Bin number = 40 a + 10 b + d, with a the jet-multiplicity class, b the b-tag class and d
 * the HT-MHT box (see {@link #bin(int, int, int)}).
 */
public final class Ra2Search {

    public static final Analysis ANALYSIS = new Analysis("CMS-PAS-SUS-16-014", 13.0, 12902.808,
            "CMS Collaboration, CMS-PAS-SUS-16-014 (2016)",
            "Search for supersymmetry in events with jets and missing transverse momentum"
                    + " in proton-proton collisions at 13 TeV");

    public static final BackgroundProcess LOST_LEPTON = new BackgroundProcess("lostlepton", "Lost lepton", 0x6BAED6);
    public static final BackgroundProcess HADRONIC_TAU = new BackgroundProcess("hadtau", "Hadronic \u03c4", 0xFDAE6B);
    public static final BackgroundProcess Z_TO_NUNU = new BackgroundProcess("znunu", "Z\u2192\u03bd\u03bd", 0x74C476);
    public static final BackgroundProcess QCD = new BackgroundProcess("qcd", "QCD multijet", 0xE377C2);

    /** The processes in the stacking order of the RA2 figures. */
    public static final List<BackgroundProcess> PROCESSES = List.of(LOST_LEPTON, HADRONIC_TAU, Z_TO_NUNU, QCD);

    public static final int JET_CLASSES = 4;
    public static final int BTAG_CLASSES = 4;
    public static final int HT_MHT_BOXES = 10;
    public static final int BIN_COUNT = JET_CLASSES * BTAG_CLASSES * HT_MHT_BOXES;

    private static final Interval[] NJETS = { Interval.of(3, 5), Interval.of(5, 7), Interval.of(7, 9), Interval.atLeast(9) };
    private static final Interval[] NB = { Interval.of(0, 1), Interval.of(1, 2), Interval.of(2, 3), Interval.atLeast(3) };
    private static final Interval MHT_300 = Interval.of(300, 350);
    private static final Interval MHT_350 = Interval.of(350, 500);
    private static final Interval MHT_500 = Interval.of(500, 750);
    private static final Interval MHT_750 = Interval.atLeast(750);
    /** Per HT-MHT box d: the MHT band. */
    private static final Interval[] BOX_MHT = { MHT_300, MHT_300, MHT_300, MHT_350, MHT_350, MHT_350, MHT_500, MHT_500,
            MHT_750, MHT_750 };
    /** Per HT-MHT box d: the HT range. */
    private static final Interval[] BOX_HT = { Interval.of(300, 500), Interval.of(500, 1000), Interval.atLeast(1000),
            Interval.of(350, 500), Interval.of(500, 1000), Interval.atLeast(1000), Interval.of(500, 1000),
            Interval.atLeast(1000), Interval.of(750, 1500), Interval.atLeast(1500) };
    /** Per HT-MHT box d: the MHT band number c used in the datacard tags. */
    private static final int[] BOX_MHT_BAND = { 0, 0, 0, 1, 1, 1, 2, 2, 3, 3 };

    private static final List<SearchBin> BINS = createBins();

    private Ra2Search() {
    }

    /** All 160 bins, in index order. */
    public static List<SearchBin> bins() {
        return BINS;
    }

    public static SearchBin bin(int index) {
        return BINS.get(index);
    }

    /**
     * The bin of jet class a (0: 3-4, 1: 5-6, 2: 7-8, 3: &gt;=9 jets), b-tag class b (0, 1, 2,
     * &gt;=3) and HT-MHT box d (0..9).
     */
    public static SearchBin bin(int jetClass, int bTagClass, int box) {
        return BINS.get(index(jetClass, bTagClass, box));
    }

    public static int index(int jetClass, int bTagClass, int box) {
        if (jetClass < 0 || jetClass >= JET_CLASSES || bTagClass < 0 || bTagClass >= BTAG_CLASSES || box < 0
                || box >= HT_MHT_BOXES) {
            throw new IllegalArgumentException(
                    "No RA2 bin for jet class " + jetClass + ", b-tag class " + bTagClass + ", box " + box);
        }
        return 40 * jetClass + 10 * bTagClass + box;
    }

    public static int jetClass(int index) {
        return index / 40;
    }

    public static int bTagClass(int index) {
        return index / 10 % 4;
    }

    public static int box(int index) {
        return index % 10;
    }

    /** The MHT band c (0: 300-350, 1: 350-500, 2: 500-750, 3: &gt;750) of an HT-MHT box. */
    public static int mhtBand(int box) {
        return BOX_MHT_BAND[box];
    }

    /** The datacard tag of a bin, e.g. "NJets0_BTags0_MHT0_HT0". */
    public static String tag(int index) {
        int box = box(index);
        return "NJets" + jetClass(index) + "_BTags" + bTagClass(index) + "_MHT" + mhtBand(box) + "_HT" + box;
    }

    private static List<SearchBin> createBins() {
        List<SearchBin> bins = new ArrayList<>(BIN_COUNT);
        for (int index = 0; index < BIN_COUNT; index++) {
            int box = box(index);
            bins.add(new SearchBin(index, NJETS[jetClass(index)], NB[bTagClass(index)], BOX_HT[box], BOX_MHT[box]));
        }
        return List.copyOf(bins);
    }
}
