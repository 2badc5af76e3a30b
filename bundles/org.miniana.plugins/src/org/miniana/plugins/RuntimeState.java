/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.plugins;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/** How the running platform sees an installed plug-in's bundle. */
final class RuntimeState {

    private RuntimeState() {
    }

    static PluginBundle of(BundleContext context, String symbolicName, String version, List<String> contributionProblems) {
        Bundle bundle = find(context, symbolicName, version);
        if (bundle == null) {
            return new PluginBundle(symbolicName, version, PluginBundle.State.RESTART_NEEDED, List.of(), List.of());
        }
        List<String> missing = missingRequirements(context, bundle);
        PluginBundle.State state = missing.isEmpty() && (bundle.getState() & Bundle.INSTALLED) == 0
                ? PluginBundle.State.RESOLVED : PluginBundle.State.UNRESOLVED;
        List<String> problems = new ArrayList<>(missing);
        problems.addAll(contributionProblems);
        return new PluginBundle(symbolicName, version, state, contributions(bundle), problems);
    }

    private static Bundle find(BundleContext context, String symbolicName, String version) {
        Version wanted = Version.parseVersion(version);
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && wanted.equals(bundle.getVersion())) {
                return bundle;
            }
        }
        return null;
    }

    /** The mandatory requirements no bundle of the platform meets, e.g. "requires package a.b [1.0,2.0)". */
    private static List<String> missingRequirements(BundleContext context, Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null || (bundle.getState() & Bundle.INSTALLED) == 0) {
            return List.of();
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : revision.getRequirements(null)) {
            boolean optional = Namespace.RESOLUTION_OPTIONAL
                    .equals(requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
            if (!optional && wiring.findProviders(requirement).isEmpty()) {
                missing.add("requires " + requirement.getNamespace() + " "
                        + requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
            }
        }
        if (missing.isEmpty()) {
            missing.add("not resolved, although each requirement has a provider (a conflict between them)");
        }
        return missing;
    }

    /** One entry per contributed element: "extension point: id" (the element's name when it has no id). */
    private static List<String> contributions(Bundle bundle) {
        List<String> contributions = new ArrayList<>();
        for (IExtension extension : Platform.getExtensionRegistry()
                .getExtensions(ContributorFactoryOSGi.createContributor(bundle))) {
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                String id = element.getAttribute("id");
                contributions.add(extension.getExtensionPointUniqueIdentifier() + ": "
                        + (id == null ? "<" + element.getName() + ">" : id));
            }
        }
        return contributions;
    }
}
