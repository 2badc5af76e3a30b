/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.miniana.core.UserDirectories;

/**
 * The user's own area of both products: the Eclipse instance area (the workbench's layout and
 * the settings, in the instance scope) is {@code UserDirectories.data()/workbench} unless
 * {@code -data} chose another. Without this Equinox takes {@code ./workspace} of whatever folder
 * a product was started in, and settings in the configuration scope land in the installation,
 * shared by all its users and impossible on a read-only one.
 */
public final class UserArea {

    private UserArea() {
    }

    /**
     * Where settings are read: the user's, then those an earlier version wrote into the
     * installation (still honoured, never written).
     */
    public static IScopeContext[] settings() {
        return new IScopeContext[] { InstanceScope.INSTANCE, ConfigurationScope.INSTANCE };
    }

    /** The default instance area. */
    public static Path folder() {
        return UserDirectories.data().resolve("workbench");
    }

    /**
     * Points the instance area at {@link #folder()} unless it is set already ({@code -data}, or a
     * test runtime's own); called first by each application.
     */
    public static void useUnlessChosen() {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || instance.isSet() || instance.isReadOnly()) {
            return;
        }
        try {
            instance.set(folder().toUri().toURL(), false);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(folder() + " is not a URL", e);
        } catch (IllegalStateException | IOException e) {
            // Set meanwhile by the platform: its choice stands.
        }
    }
}
