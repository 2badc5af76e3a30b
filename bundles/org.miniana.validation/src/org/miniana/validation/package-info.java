/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Comparison of our results with published ones: CMS's published SUS-16-014 cross-section limits
 * ({@link org.miniana.validation.CmsLimits}, {@link org.miniana.validation.LimitMap}), compared with
 * our full-likelihood limits point by point and by their exclusion contours
 * ({@link org.miniana.validation.LimitComparison}), as {@code miniana validate limits} runs it
 * ({@link org.miniana.validation.LimitValidation}).
 */
package org.miniana.validation;
