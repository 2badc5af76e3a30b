/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.miniana.core.InputChecks;
import org.miniana.data.InputFormatException;

/**
 * Reads a bounded UTF-8 text file as lines (a leading byte-order mark is skipped), reporting
 * invalid bytes, control and bidirectional-formatting characters on their own line.
 */
public final class TextLines {

    /** Input files of this tool are kB to a few MB; larger ones are refused before they exhaust memory. */
    public static final int MAX_BYTES = 64 << 20;

    private TextLines() {
    }

    /** The lines of {@code in} (without terminators), at most {@code maxBytes} long in all. */
    public static List<String> read(String source, InputStream in, int maxBytes) throws InputFormatException, IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new InputFormatException(source, 0, "file is larger than " + (maxBytes >> 20) + " MiB");
        }
        // Lines are decoded one by one so that invalid UTF-8 is reported on its own line.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line;
            try {
                line = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new InputFormatException(source, lines.size() + 1, "not valid UTF-8 text");
            }
            String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            lines.add(InputFormatException.checked(source, lines.size() + 1, () -> InputChecks.text("the line", text)));
            start = end + 1;
        }
        return lines;
    }
}
