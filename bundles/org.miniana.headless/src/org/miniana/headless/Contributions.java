/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.List;

import org.miniana.extensions.Contributions.Unavailable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The listing of an extension point's contributions ({@code optimizers}, {@code reports}), as text or
 * JSON: those that can be used, then, under a heading of their own, those that cannot and why.
 */
record Contributions(String extensionPoint, List<Contribution> contributions, List<Unavailable> unavailable) {

    static final String SHAPE = "contributions";

    record Contribution(String id, String name, String contributor, String description) {
    }

    /** Id, name and contributing plug-in, the description indented below; or the JSON document. */
    void print(boolean json, PrintWriter out) {
        if (json) {
            ObjectNode document = JsonOutput.document(SHAPE).put("extensionPoint", extensionPoint);
            ArrayNode list = document.putArray("contributions");
            contributions.forEach(item -> list.addObject().put("id", item.id()).put("name", item.name())
                    .put("contributor", item.contributor()).put("description", item.description()));
            ArrayNode broken = document.putArray("unavailable");
            unavailable.forEach(item -> broken.addObject().put("id", item.id()).put("contributor", item.contributor())
                    .put("reason", item.reason()));
            JsonOutput.print(document, out);
            return;
        }
        int width = contributions.stream().mapToInt(item -> item.id().length()).max().orElse(0);
        for (Contribution item : contributions) {
            out.printf("%-" + width + "s  %s [%s]%n", item.id(), item.name(), item.contributor());
            if (!item.description().isEmpty()) {
                out.printf("%-" + width + "s  %s%n", "", item.description());
            }
        }
        if (!unavailable.isEmpty()) {
            out.printf("%nNot available:%n");
            for (Unavailable item : unavailable) {
                out.printf("%s [%s]%n    %s%n", item.id().isEmpty() ? "(no id)" : item.id(), item.contributor(),
                        item.reason());
            }
        }
        out.flush();
    }
}
