/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The results database: EclipseLink JPA on embedded or networked Derby
 * ({@link org.miniana.data.ResultsDatabase}, {@link org.miniana.data.DefaultDatabase}), the stores of
 * search results, models, runs and scans, schema upgrades and integrity checks, team mode
 * ({@link org.miniana.data.TeamServer}, {@link org.miniana.data.TeamCredentials}) and the user's area
 * ({@link org.miniana.data.UserArea}). The JPA entities behind it are in
 * {@code org.miniana.data.internal}.
 */
package org.miniana.data;
