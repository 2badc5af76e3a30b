/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The JPA entities of the results database and their packed yields. Not API:
 * exported to the test fragment only; clients use the stores of {@code org.miniana.data}, which map
 * these entities to the records of {@code org.miniana.core}.
 */
package org.miniana.data.internal;
