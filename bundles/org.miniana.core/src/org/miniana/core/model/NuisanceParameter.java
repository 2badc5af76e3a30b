/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core.model;

import java.util.Objects;

/**
 * One nuisance parameter of a {@link StatisticalModel}, shared by name across channels.
 *
 * @param name the datacard name (unique within a model)
 * @param type how it is constrained and how it acts on yields
 * @param controlCount for {@link Type#GM_N} the control-region count N of the card's
 *        {@code gmN N} entry; 0 for the other types
 */
public record NuisanceParameter(String name, Type type, long controlCount) {

    /** The Combine datacard types of counting cards. */
    public enum Type {
        /**
         * Log-normal: a unit-Gaussian-constrained theta multiplies a yield by kappa^theta
         * (asymmetric kappas interpolated as Combine does).
         */
        LN_N("lnN"),
        /** Log-uniform: a free normalisation within [1/kappa, kappa], no constraint. */
        LN_U("lnU"),
        /**
         * Gamma: the yield is alpha times a Poisson mean constrained by N observed control events
         * (the card's rate is alpha N).
         */
        GM_N("gmN");

        private final String keyword;

        Type(String keyword) {
            this.keyword = keyword;
        }

        /** The datacard keyword. */
        public String keyword() {
            return keyword;
        }

        /** The type named by a datacard keyword, or null. */
        public static Type fromKeyword(String keyword) {
            for (Type type : values()) {
                if (type.keyword.equals(keyword)) {
                    return type;
                }
            }
            return null;
        }
    }

    public NuisanceParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A nuisance parameter needs a name");
        }
        if (controlCount < 0 || type != Type.GM_N && controlCount != 0) {
            throw new IllegalArgumentException("Only a gmN parameter has a control count, and it is not negative: "
                    + name + " " + type.keyword() + " " + controlCount);
        }
    }

    public static NuisanceParameter lnN(String name) {
        return new NuisanceParameter(name, Type.LN_N, 0);
    }

    public static NuisanceParameter lnU(String name) {
        return new NuisanceParameter(name, Type.LN_U, 0);
    }
}
