/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.preferences;

import java.util.List;
import java.util.function.Function;

import org.miniana.optimize.OptimizerDescriptor;
import org.miniana.optimize.OptimizerRegistry;

/** The choices the preference page and the run dialogs offer, the same in both. */
public final class Choices {

    private Choices() {
    }

    /**
     * The contributed optimizers whose class can be created: a broken plug-in is logged by the
     * registry, not offered.
     */
    public static List<OptimizerDescriptor> optimizers(OptimizerRegistry registry) {
        return registry.descriptors().stream().filter(descriptor -> registry.optimizer(descriptor.id()).isPresent())
                .toList();
    }

    /** Label-value pairs for a {@link org.eclipse.jface.preference.ComboFieldEditor}. */
    public static <T> String[][] entries(List<T> choices, Function<T, String> label, Function<T, String> id) {
        return choices.stream().map(choice -> new String[] { label.apply(choice), id.apply(choice) })
                .toArray(String[][]::new);
    }
}
