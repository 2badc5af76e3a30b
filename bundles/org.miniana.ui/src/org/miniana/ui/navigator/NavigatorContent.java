/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.miniana.core.BinYields;
import org.miniana.core.ScanRecord;
import org.miniana.core.SearchResult;
import org.miniana.data.SignalModelSummary;

/**
 * What the database navigator shows, read in one go: the stored analyses with their bins, the
 * signal models grouped by family and then by their first parameter (the mother mass of the
 * simplified models), and the stored scans, newest first. Runs are read when a model is expanded.
 */
record NavigatorContent(List<Folder> roots) {

    static final String ANALYSES = "Analyses";
    static final String MODELS = "Signal models";
    static final String SCANS = "Scans";
    /** The family group of models that name none. */
    static final String NO_FAMILY = "(no family)";

    /** A top-level folder. */
    record Folder(String label, List<?> children) {
    }

    /** One analysis; its children are its bins. */
    record AnalysisNode(SearchResult result) {
    }

    /** One bin of an analysis. */
    record BinNode(SearchResult result, BinYields yields) {
    }

    /** The models of one family. */
    record FamilyNode(String family, List<Object> children) {
    }

    /** The models of one family that share the value of their first parameter, e.g. mGluino = 1500. */
    record MassNode(String family, String parameter, double value, List<SignalModelSummary> models) {
    }

    /**
     * What identifies a node across reloads, so that the tree keeps its expanded groups when
     * their members change: groups by their position, everything else by value.
     */
    static Object key(Object node) {
        return switch (node) {
        case Folder folder -> List.of(Folder.class, folder.label());
        case AnalysisNode analysis -> List.of(AnalysisNode.class, analysis.result().analysis().name());
        case FamilyNode family -> List.of(FamilyNode.class, family.family());
        case MassNode mass -> List.of(MassNode.class, mass.family(), mass.parameter(), mass.value());
        // a resumed scan keeps its node
        case ScanRecord scan -> List.of(ScanRecord.class, scan.id());
        default -> node;
        };
    }

    static NavigatorContent of(List<SearchResult> analyses, List<SignalModelSummary> models, List<ScanRecord> scans) {
        List<Object> analysisNodes = new ArrayList<>();
        analyses.forEach(result -> analysisNodes.add(new AnalysisNode(result)));
        Map<String, List<SignalModelSummary>> byFamily = new TreeMap<>();
        models.forEach(model -> byFamily
                .computeIfAbsent(model.family().isBlank() ? NO_FAMILY : model.family(), family -> new ArrayList<>())
                .add(model));
        List<Object> families = new ArrayList<>();
        byFamily.forEach((family, members) -> families.add(new FamilyNode(family, groupByMass(family, members))));
        return new NavigatorContent(List.of(new Folder(ANALYSES, analysisNodes), new Folder(MODELS, families),
                new Folder(SCANS, scans)));
    }

    /** Models with parameters grouped by the first one's value, ascending; the others listed beside the groups. */
    private static List<Object> groupByMass(String family, List<SignalModelSummary> members) {
        Map<String, Map<Double, List<SignalModelSummary>>> groups = new LinkedHashMap<>();
        List<Object> children = new ArrayList<>();
        Comparator<SignalModelSummary> byParameters = Comparator.comparing(
                (SignalModelSummary model) -> model.parameters().values().stream().skip(1).findFirst().orElse(0.0))
                .thenComparing(SignalModelSummary::name);
        for (SignalModelSummary model : members) {
            if (model.parameters().isEmpty()) {
                children.add(model);
            } else {
                var first = model.parameters().entrySet().iterator().next();
                groups.computeIfAbsent(first.getKey(), name -> new TreeMap<>())
                        .computeIfAbsent(first.getValue(), value -> new ArrayList<>()).add(model);
            }
        }
        List<Object> massNodes = new ArrayList<>();
        groups.forEach((parameter, byValue) -> byValue.forEach((value, models) -> {
            models.sort(byParameters);
            massNodes.add(new MassNode(family, parameter, value, List.copyOf(models)));
        }));
        massNodes.addAll(children);
        return massNodes;
    }
}
