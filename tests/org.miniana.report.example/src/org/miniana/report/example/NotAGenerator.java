/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.example;

/** Named by a contribution but no ReportGenerator: the registry must skip it. */
public final class NotAGenerator {
}
