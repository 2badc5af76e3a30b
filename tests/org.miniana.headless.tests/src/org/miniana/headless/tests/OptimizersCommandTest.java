/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code miniana optimizers} in the product: the built-ins are contributed and listed. */
class OptimizersCommandTest {

    @Test
    void listsTheBuiltInOptimizersWithTheirNamesAndDescriptions() throws Exception {
        ProductProcess.Result result = ProductProcess.run("optimizers");
        assertEquals(0, result.exitCode(), result.err());
        List<String> ids = result.outLines().stream().filter(line -> !line.startsWith(" "))
                .map(line -> line.split("\\s+")[0]).toList();
        assertEquals(List.of("greedy-q", "ranked-prefix", "rectangular-cuts", "local-search"), ids, result.out());
        assertTrue(result.out().contains("greedy-q          Greedy Q (original RA2 algorithm) [org.miniana.optimize]"),
                result.out());
        assertTrue(result.out().contains("                  Starts from the best of the other built-ins"),
                result.out());
    }
}
