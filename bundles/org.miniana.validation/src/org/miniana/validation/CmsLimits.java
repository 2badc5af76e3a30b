/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.miniana.data.InputFormatException;
import org.miniana.signal.SimplifiedModel;

/**
 * CMS's published observed 95% CL cross-section upper limits of CMS-PAS-SUS-16-014 (Figure 10),
 * bundled in {@code data/cms-sus-16-014/}: CMS's own histograms, one node per bin centre.
 */
public final class CmsLimits {

    /** Where the limits were published. */
    public static final String PUBLICATION = "CMS-PAS-SUS-16-014, Figure 10";
    /** The families CMS's limits are bundled for. */
    public static final List<SimplifiedModel> FAMILIES = List.of(SimplifiedModel.T1BBBB, SimplifiedModel.T1QQQQ);

    private static final Map<SimplifiedModel, LimitMap> LOADED = new EnumMap<>(SimplifiedModel.class);

    private CmsLimits() {
    }

    /** The resource path of a family's table. */
    static String resource(SimplifiedModel family) {
        return "/data/cms-sus-16-014/" + family.family() + "-observed-xsec-ul.csv";
    }

    /**
     * CMS's observed limits for a family, read once.
     *
     * @throws IllegalArgumentException for a family CMS's limits are not bundled for
     */
    public static synchronized LimitMap observed(SimplifiedModel family) {
        if (!FAMILIES.contains(family)) {
            throw new IllegalArgumentException("CMS's published limits are bundled for "
                    + String.join(" and ", FAMILIES.stream().map(SimplifiedModel::family).toList()) + " only, not for "
                    + family.family());
        }
        return LOADED.computeIfAbsent(family, CmsLimits::load);
    }

    private static LimitMap load(SimplifiedModel family) {
        String resource = resource(family);
        try (InputStream in = CmsLimits.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("No bundled resource " + resource);
            }
            return LimitMap.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    resource.substring(resource.lastIndexOf('/') + 1));
        } catch (IOException | InputFormatException e) {
            throw new IllegalStateException("CMS's bundled limits are unreadable: " + e.getMessage(), e);
        }
    }
}
