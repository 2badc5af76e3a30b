/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

/** The lengths of the text columns, checked before writing so that a user gets a message instead of an SQL error. */
final class ColumnLimits {

    static final int SHORT_NAME = 100;
    static final int NAME = 200;
    static final int REFERENCE = 1000;
    static final int PROVENANCE = 2000;
    static final int DESCRIPTION = 4000;

    private ColumnLimits() {
    }

    static void check(String what, String value, int maximum) {
        if (value.length() > maximum) {
            throw new DatabaseException("The " + what + " is " + value.length() + " characters long; at most " + maximum
                    + " are stored: " + value.substring(0, 40) + "...");
        }
    }
}
