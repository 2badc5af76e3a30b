/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that records which schema version wrote the database. */
@Entity
@Table(name = "SCHEMA_VERSION")
public class SchemaVersionEntity {

    public static final int SINGLETON_ID = 1;

    @Id
    private int id = SINGLETON_ID;

    private int version;

    protected SchemaVersionEntity() {
    }

    public SchemaVersionEntity(int version) {
        this.version = version;
    }

    /** Records that the database now has {@code newVersion} (after an upgrade). */
    public void upgradeTo(int newVersion) {
        this.version = newVersion;
    }

    public int version() {
        return version;
    }
}
