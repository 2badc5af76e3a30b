/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Signal models: the extension point {@code org.miniana.signal.providers}
 * with its {@link org.miniana.signal.SignalModelProvider} interface and registry
 * ({@link org.miniana.signal.SignalModelProviders}), and the built-in fast simulation of gluino pair
 * production in the simplified models T1tttt, T1bbbb and T1qqqq
 * ({@link org.miniana.signal.FastSimulation}, {@link org.miniana.signal.PointSimulator},
 * {@link org.miniana.signal.SignalGrid}) with its cross-section tables
 * ({@link org.miniana.signal.CrossSectionTable}).
 */
package org.miniana.signal;
