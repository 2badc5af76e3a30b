/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.miniana.core.SearchBin;

/**
 * Selections of search bins as the views exchange them through the workbench selection service:
 * structured selections of {@link BinRow}s or {@link SearchBin}s.
 */
public final class BinSelections {

    private BinSelections() {
    }

    /** The bin indices a selection holds; empty when it holds no bins. */
    public static Set<Integer> indices(ISelection selection) {
        Set<Integer> indices = new TreeSet<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof BinRow row) {
                    indices.add(row.index());
                } else if (element instanceof SearchBin bin) {
                    indices.add(bin.index());
                }
            }
        }
        return indices;
    }
}
