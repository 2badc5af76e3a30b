/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The original tool's calculator, run as the product. */
class SignificanceCommandTest {

    /** The original tool's own example: figures_of_merit.py 40 25 5 5 gives Z = 1.925. */
    @Test
    void reproducesTheOriginalExample() throws Exception {
        ProductProcess.Result result = ProductProcess.run("significance", "40", "25", "5", "5");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Z = 1.925"), result.out());
        // Q = 2 (sqrt(40) - sqrt(25))
        assertTrue(result.out().contains(String.format("%.4f", 2 * (Math.sqrt(40) - 5))), result.out());
    }

    @Test
    void printsJsonWithToysOnRequest() throws Exception {
        ProductProcess.Result result = ProductProcess.run("significance", "40", "25", "5", "5", "--observed", "--toys",
                "--json");
        assertEquals(0, result.exitCode(), result.err());
        String json = result.out();
        assertTrue(json.matches("(?s)\\{.*\"hybridZ\" : 1\\.92(49|50)\\d*.*\\}\\s*"), json);
        assertTrue(json.contains("\"toys\" : "), json);
        assertTrue(json.contains("\"observed\" : true"), json);
    }

    @Test
    void refusesNegativeBackgroundAsAUsageError() throws Exception {
        ProductProcess.Result result = ProductProcess.run("significance", "40", "--", "-25", "5", "5");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("must be finite and >= 0"), result.err());
    }
}
