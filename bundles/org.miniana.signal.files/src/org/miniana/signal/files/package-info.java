/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The signal model provider of JSON and CSV model files and filled
 * datacards ({@link org.miniana.signal.files.FileSignalModelProvider}), contributed to
 * {@code org.miniana.signal.providers}; nothing imports it.
 */
package org.miniana.signal.files;
