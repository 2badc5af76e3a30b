/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.miniana.plugins.PluginBundle;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.plugins.PluginsDialog;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Menus;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

/**
 * Help > Install Plug-ins... in the workbench's own p2 installation (the UI tests run in one): a
 * plug-in jar is installed, listed as loaded at the next start, and removed; each change offers a
 * restart, which the test declines. (The outside example in that installation was installed by p2
 * with the workbench, not as a user's plug-in, so the dialog does not list it.)
 */
class PluginsDialogTest {

    private static final String EXAMPLE = "org.miniana.tests.plain";
    private static final Duration OPEN = Duration.ofSeconds(20);
    private static final Duration CHANGE = Duration.ofSeconds(90);

    @Test
    void installsAPlugInJarAndRemovesIt() throws Exception {
        Path jar = Files.createTempDirectory("miniana-ui-plugins").resolve("plain.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", EXAMPLE);
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        manifest.getMainAttributes().putValue("Bundle-Name", "Plain test plug-in");
        try (JarOutputStream unused = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // a manifest is all it needs to be a plug-in
        }
        Shell shell = Workbench.window().getShell();
        Modal.drive(() -> Menus.click(Menus.item(shell, "Help", "Install Plug-ins...")), PluginsDialog.TITLE,
                dialog -> {
                    PluginsDialog plugins = (PluginsDialog) dialog.getData();
                    Table table = Widgets.byId(dialog, Table.class, WidgetIds.PLUGINS_TABLE);
                    assertEquals(List.of(), plugins.plugins());
                    assertEquals(0, table.getItemCount());

                    String installed = answerRestart(() -> plugins.install(jar.toString()));
                    assertTrue(installed.startsWith("Installed " + EXAMPLE + " 1.0.0."), installed);
                    assertTrue(installed.contains("Restart now?"), installed);
                    assertEquals(1, plugins.plugins().size());
                    PluginBundle bundle = plugins.plugins().get(0).bundles().get(0);
                    assertEquals(EXAMPLE, bundle.symbolicName());
                    assertEquals(PluginBundle.State.RESTART_NEEDED, bundle.state(),
                            "this workbench started without it");
                    assertEquals(List.of("installed, loaded at the next start"), Widgets.columnTexts(table, "State"));
                    assertEquals(List.of("Plain test plug-in"), Widgets.columnTexts(table, "Plug-in"));
                    assertFalse(Widgets.button(dialog, "Remove").isEnabled(), "nothing is selected yet");
                    Input.select(table, 0);
                    assertTrue(Widgets.button(dialog, "Remove").isEnabled(), "the selected plug-in can be removed");
                    Screenshots.capture(dialog, "plugins-dialog");

                    String removed = answerRestart(() -> plugins.remove(EXAMPLE));
                    assertTrue(removed.startsWith("Removed " + EXAMPLE + " 1.0.0."), removed);
                    assertEquals(List.of(), plugins.plugins());
                    assertEquals(0, table.getItemCount());
                    Input.click(Widgets.button(dialog, "Close"));
                }, CHANGE.plus(CHANGE));
    }

    /** Runs a change and declines the restart the dialog then offers; returns what the question said. */
    private static String answerRestart(Runnable change) {
        AtomicReference<String> question = new AtomicReference<>();
        Modal.drive(change, PluginsDialog.TITLE, dialog -> {
            question.set(String.join("\n", Stream.concat(
                    Widgets.all(dialog, Label.class, label -> true).stream().map(Label::getText),
                    Widgets.all(dialog, Text.class, field -> true).stream().map(Text::getText)).toList()).strip());
            assertFalse(Widgets.all(dialog, Button.class, button -> button.getText().replace("&", "").equals("No"))
                    .isEmpty(), () -> "no restart question but: " + question.get());
            Input.click(Widgets.button(dialog, "No"));
        }, CHANGE);
        return question.get();
    }
}
