/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Team mode's authentication inside the Derby network server
 * ({@link org.miniana.derby.team.TeamAuthenticator}): it lives in this fragment of Derby because
 * Derby loads its authenticator with its own class loader.
 */
package org.miniana.derby.team;
