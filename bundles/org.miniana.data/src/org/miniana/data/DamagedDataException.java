/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

/**
 * Stored content read back incomplete or different from what was stored: the database was damaged
 * or changed outside the tool. Reads refuse such content rather than compute with it.
 */
public final class DamagedDataException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final String finding;

    /**
     * @param database the embedded path or server URL
     * @param subject what is damaged, e.g. "the search result 'X'"
     * @param finding what is wrong with it, e.g. "is incomplete (bin 8 has no estimate for 'znn')"
     * @param remedy what restores it besides a backup, e.g. "import the model again with --replace"
     */
    DamagedDataException(String database, String subject, String finding, String remedy) {
        super(capitalized(subject) + " in " + database + " " + finding + ": run `miniana db check`, then restore the"
                + " database from a backup or " + remedy + ".");
        this.finding = finding;
    }

    private DamagedDataException(String message, String finding, Throwable cause) {
        super(message, cause);
        this.finding = finding;
    }

    /** Derby found its files damaged, e.g. a page that cannot be read; {@code reason} is Derby's, in short. */
    static DamagedDataException files(String database, String reason, Throwable cause) {
        return new DamagedDataException("The database " + database + " is damaged (Derby: " + reason + "): run"
                + " `miniana db check`, restore it from a backup or import again.",
                "cannot be read: the database's files are damaged (Derby: " + reason + ")", cause);
    }

    /**
     * What is wrong, without the subject and the advice, e.g. "is incomplete (...)": a problem of
     * {@code miniana db check} follows what it read with it.
     */
    public String finding() {
        return finding;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
