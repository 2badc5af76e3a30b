/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.data.internal.PackedModel;

/** The packed statistical model of schema 7: equal after a round trip, and damaged bytes never read as a model. */
class PackedModelTest {

    private static final StatisticalModel SMALL = new StatisticalModel(List.of(NuisanceParameter.lnN("lumi"),
            NuisanceParameter.lnU("norm"), new NuisanceParameter("cr", NuisanceParameter.Type.GM_N, 4)), List.of(
                    new Channel("bin0", "SR/card0.txt", "NJets0", 0, 12, List.of(
                            new Sample("sig", "", true, 0, List.of(new Modifier(0, 1 / 1.027, 1.027))),
                            new Sample("qcd", "QCD", false, 3.5, List.of(new Modifier(1, 0.5, 2),
                                    new Modifier(2, 0.25, 0.25))))),
                    new Channel("cr0", "CR/card0.txt", "", Channel.CONTROL_REGION, 4, List.of(
                            new Sample("qcd", "", false, 4, List.of(new Modifier(1, 0.5, 2)))))));

    private static StatisticalModel read(byte[] packed) {
        PackedModel.Parts parts = PackedModel.unpack(packed);
        return new StatisticalModel(parts.parameters(), parts.channels());
    }

    @Test
    void theRa2ModelReadsBackEqual() throws Exception {
        var cards = Ra2DatacardImporter.bundled();
        StatisticalModel ra2 = Ra2DatacardImporter.readSearch(cards, cards, cards, warning -> {
        }).model();
        byte[] packed = PackedModel.pack(ra2);
        StatisticalModelStoreTest.assertSameModel(ra2, read(packed));
        assertEquals(ContentDigest.of(ra2), ContentDigest.of(read(packed)));
    }

    @Test
    void everyCutIsRefusedNamingIt() {
        byte[] packed = PackedModel.pack(SMALL);
        assertEquals(SMALL, read(packed));
        for (int length = 0; length < packed.length; length++) {
            byte[] cut = Arrays.copyOf(packed, length);
            var refused = assertThrows(IllegalArgumentException.class, () -> PackedModel.unpack(cut), "cut at " + length);
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "cut at " + length);
        }
        var longer = assertThrows(IllegalArgumentException.class, () -> PackedModel.unpack(Arrays.copyOf(packed,
                packed.length + 3)));
        assertEquals("3 bytes follow the model", longer.getMessage());
    }

    /** Any byte changed gives a refusal or a model (which the digest then refuses), never another exception. */
    @Test
    void everyChangedByteIsRefusedOrReadsAsAModel() {
        byte[] packed = PackedModel.pack(SMALL);
        for (int at = 0; at < packed.length; at++) {
            for (int value : new int[] { 0, 0x7f, 0x80, 0xff }) {
                byte[] changed = packed.clone();
                changed[at] = (byte) value;
                try {
                    read(changed);
                } catch (IllegalArgumentException expected) {
                    assertTrue(expected.getMessage() != null, "byte " + at);
                }
            }
        }
    }

    @Test
    void otherBytesAreNoModel() {
        assertEquals("its bytes are no packed model", assertThrows(IllegalArgumentException.class,
                () -> PackedModel.unpack(new byte[16])).getMessage());
        byte[] future = PackedModel.pack(SMALL);
        future[7] = 2;
        assertEquals("it is packed in format version 2, not 1", assertThrows(IllegalArgumentException.class,
                () -> PackedModel.unpack(future)).getMessage());
    }
}
