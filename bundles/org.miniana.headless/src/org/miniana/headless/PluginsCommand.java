/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.miniana.extensions.Contributions.Unavailable;
import org.miniana.optimize.OptimizerRegistry;
import org.miniana.plugins.InstalledPlugin;
import org.miniana.plugins.PluginBundle;
import org.miniana.plugins.PluginInstallation;
import org.miniana.report.ReportRegistry;
import org.miniana.signal.SignalModelProviders;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code miniana plugins}: third-party plug-ins installed into this product through p2. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = { "Installs, lists and removes third-party plug-ins (optimizers, report generators, signal-model"
                + " providers) in this product, through p2.",
                "Changes take effect at the next start of miniana and of the workbench of this installation." })
final class PluginsCommand {

    static final String SHAPE = "plugins";

    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the installed plug-ins: id, version, name; for each of their bundles its state, what"
                    + " it contributes and any problem (a missing requirement, a contribution that cannot be used).")
    int list(@Option(names = "--json", description = "Print one JSON document (schema " + SHAPE
            + ") instead of text.") boolean json) throws CoreException {
        Map<String, List<String>> problems = Unavailable.byContributor(OptimizerRegistry.fromPlatform().unavailable(),
                ReportRegistry.fromPlatform().unavailable(), SignalModelProviders.fromPlatform().unavailable());
        List<InstalledPlugin> plugins = PluginInstallation.running()
                .list(bundle -> problems.getOrDefault(bundle, List.of()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode document = JsonOutput.document(SHAPE);
            ArrayNode list = document.putArray("plugins");
            for (InstalledPlugin plugin : plugins) {
                ObjectNode item = list.addObject().put("id", plugin.id()).put("version", plugin.version())
                        .put("name", plugin.name());
                ArrayNode bundles = item.putArray("bundles");
                for (PluginBundle bundle : plugin.bundles()) {
                    ObjectNode entry = bundles.addObject().put("symbolicName", bundle.symbolicName())
                            .put("version", bundle.version()).put("state", bundle.state().name().toLowerCase());
                    bundle.contributions().forEach(entry.putArray("contributions")::add);
                    bundle.problems().forEach(entry.putArray("problems")::add);
                }
            }
            JsonOutput.print(document, out);
            return 0;
        }
        if (plugins.isEmpty()) {
            out.println("No plug-ins are installed; 'miniana plugins install' adds one.");
        }
        plugins.forEach(plugin -> print(plugin, out));
        out.flush();
        return 0;
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = { "Installs plug-ins, checking first that this product meets their requirements; nothing is"
                    + " changed when it does not.",
                    "SOURCE is a plug-in jar, a folder of plug-in jars, a p2 repository (folder or zip) or a p2 repository's URL"
                            + " (then the members of its categories, else its features, else its bundles)." })
    int install(@Parameters(paramLabel = "SOURCE", description = "What to install.") String source)
            throws CoreException {
        List<InstalledPlugin> installed = PluginInstallation.running().install(source, new NullProgressMonitor());
        PrintWriter out = spec.commandLine().getOut();
        installed.forEach(plugin -> out.println("Installed " + plugin.id() + " " + plugin.version() + "."));
        out.println("It is loaded at the next start of miniana and of the workbench; 'miniana plugins list' shows it.");
        out.flush();
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a plug-in installed with 'plugins install' (and what it brought that nothing else"
                    + " needs); the product's own bundles cannot be removed.")
    int remove(@Parameters(paramLabel = "ID", description = "The plug-in's id, as 'plugins list' prints it.") String id)
            throws CoreException {
        InstalledPlugin removed = PluginInstallation.running().remove(id, new NullProgressMonitor());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Removed " + removed.id() + " " + removed.version() + "; it is gone at the next start.");
        out.flush();
        return 0;
    }

    private static void print(InstalledPlugin plugin, PrintWriter out) {
        out.println(plugin.id() + " " + plugin.version() + (plugin.name().equals(plugin.id()) ? ""
                : " (" + plugin.name() + ")"));
        for (PluginBundle bundle : plugin.bundles()) {
            out.println("  bundle " + bundle.symbolicName() + " " + bundle.version() + ": " + bundle.state().label());
            bundle.contributions().forEach(contribution -> out.println("    contributes " + contribution));
            bundle.problems().forEach(problem -> out.println("    problem: " + problem));
        }
    }
}
