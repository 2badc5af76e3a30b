/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MassPointTest {

    @Test
    void parsesAndNamesReferences() {
        MassPoint point = MassPoint.parse("T1tttt:1500:100");
        assertEquals(new MassPoint(SimplifiedModel.T1TTTT, 1500, 100), point);
        assertEquals("T1tttt_1500_100", point.name());
        assertEquals("T1tttt:1500:100", point.reference());
        assertEquals(Map.of("mGluino", 1500.0, "mLSP", 100.0), point.parameters());
        assertEquals("T1bbbb_1512.5_0", new MassPoint(SimplifiedModel.T1BBBB, 1512.5, 0).name());
        assertEquals(point, MassPoint.parse(point.reference()));
    }

    @Test
    void explainsForbiddenMasses() {
        assertMessage(() -> MassPoint.parse("T1tttt:1500:1200"),
                "T1tttt needs m_LSP < m_gluino - 2 m_t = 1155 GeV (gluino -> t tbar LSP on shell);"
                        + " got m_gluino = 1500 GeV, m_LSP = 1200 GeV");
        assertMessage(() -> MassPoint.parse("T1qqqq:1000:1000"),
                "T1qqqq needs m_LSP < m_gluino = 1000 GeV (gluino -> q qbar LSP on shell)");
        assertMessage(() -> MassPoint.parse("T1bbbb:1000:995"), "T1bbbb needs m_LSP < m_gluino - 2 m_b = 990.4 GeV");
        assertMessage(() -> MassPoint.parse("T1bbbb:1000:-5"), "Masses must be finite and m_LSP non-negative");
        assertMessage(() -> MassPoint.parse("T1bbbb:7000:100"), "m_gluino = 7000 GeV is beyond the 13 TeV kinematic limit");
        assertMessage(() -> MassPoint.parse("T5qqqq:1000:100"), "Unknown simplified model 'T5qqqq'; known: T1tttt, T1bbbb, T1qqqq");
        assertMessage(() -> MassPoint.parse("T1bbbb:heavy:100"), "m_gluino 'heavy' in 'T1bbbb:heavy:100' is not a number");
        assertMessage(() -> MassPoint.parse("T1bbbb:1000"), "Expected FAMILY:M_GLUINO:M_LSP");
    }

    @Test
    void gridsStopAtTheKinematicLimit() {
        List<MassPoint> bbbb = MassGrid.STANDARD.points(SimplifiedModel.T1BBBB);
        // m_gluino 800..2200 (29 values), m_LSP 0..m_gluino - 50: m_gluino/50 points each
        assertEquals(870, bbbb.size());
        assertEquals(new MassPoint(SimplifiedModel.T1BBBB, 800, 0), bbbb.get(0));
        assertEquals(new MassPoint(SimplifiedModel.T1BBBB, 2200, 2150), bbbb.get(bbbb.size() - 1));
        List<MassPoint> tttt = MassGrid.STANDARD.points(SimplifiedModel.T1TTTT);
        assertTrue(tttt.stream().allMatch(p -> p.mLsp() < p.mGluino() - 345));
        assertEquals(new MassPoint(SimplifiedModel.T1TTTT, 2200, 1850), tttt.get(tttt.size() - 1));
        // 600: LSP 0, 300; 650 and 700: 0, 300, 600
        assertEquals(8, new MassGrid(600, 700, 50, 0, 300).points(SimplifiedModel.T1QQQQ).size());
        assertThrows(IllegalArgumentException.class, () -> new MassGrid(800, 700, 50, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> new MassGrid(800, 900, 0, 0, 50));
    }

    private static void assertMessage(Runnable action, String expectedStart) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(error.getMessage().startsWith(expectedStart), error::getMessage);
    }
}
