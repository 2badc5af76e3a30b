/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

/**
 * Several bins taken together as one counting bin.
 *
 * @param signal summed expected signal
 * @param background summed background prediction
 * @param up upward total background error, combined as the problem's {@link ErrorCombination} says
 * @param down downward total background error, combined the same way
 */
public record MergedBin(double signal, double background, double up, double down) {
}
