/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The listing of an extension point's contributions ({@code optimizers}, {@code reports}), as text or JSON. */
record Contributions(String extensionPoint, List<Contribution> contributions) {

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
        out.flush();
    }
}
