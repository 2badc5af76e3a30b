/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.internal.AboutHandler;
import org.miniana.ui.internal.UserGuideHandler;
import org.miniana.ui.run.RunAnalysisDialog;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Menus;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

/** The standard workbench menus, tool tips and key bindings, driven by the events users send. */
class MenusTest {

    private static final Duration OPEN = Duration.ofSeconds(20);

    @Test
    void windowShowViewOpensTheProgressView() {
        Shell shell = Workbench.window().getShell();
        Workbench.page().hideView(Workbench.page().findView(IPageLayout.ID_PROGRESS_VIEW));
        Menus.click(Menus.item(shell, "Window", "Show View", "Progress"));
        assertNotNull(Workbench.page().findView(IPageLayout.ID_PROGRESS_VIEW), "the Progress view is open");
        Workbench.page().hideView(Workbench.page().findView(IPageLayout.ID_PROGRESS_VIEW));
    }

    @Test
    void helpAboutNamesTheVersionsAndTheDatabaseInUse() {
        Shell shell = Workbench.window().getShell();
        Modal.drive(() -> Menus.click(Menus.item(shell, "Help", "About Mini Analysis Workbench")), AboutHandler.TITLE,
                dialog -> {
                    // JFace shows the message in a label or, in newer versions, a read-only text
                    String text = String.join("\n", Stream.concat(
                            Widgets.all(dialog, Label.class, label -> true).stream().map(Label::getText),
                            Widgets.all(dialog, Text.class, field -> true).stream().map(Text::getText)).toList());
                    assertTrue(text.contains("Mini Analysis Workbench 0.1.0"), text);
                    assertTrue(text.contains("Eclipse Platform 3."), text);
                    assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
                    assertTrue(text.contains("Database in use: " + DatabaseSession.get().description()), text);
                    Input.click(Widgets.button(dialog, "OK"));
                }, OPEN);
    }

    @Test
    void helpContentsShowsTheUserGuideOfTheReadme() {
        Shell shell = Workbench.window().getShell();
        Modal.drive(() -> Menus.click(Menus.item(shell, "Help", "Help Contents")), UserGuideHandler.TITLE, dialog -> {
            String guide = Widgets.byId(dialog, Text.class, WidgetIds.USER_GUIDE_TEXT).getText();
            assertTrue(guide.startsWith("## The workbench"), guide.substring(0, Math.min(80, guide.length())));
            assertTrue(guide.contains("**Bin Results**"), "the views are described");
            assertTrue(!guide.contains("## Where the data lives"), "only the workbench's section");
            Input.click(Widgets.button(dialog, "Close"));
        }, OPEN);
    }

    @Test
    void toolTipsNameTheKeyBindingOnce() {
        Shell shell = Workbench.window().getShell();
        List<String> tips = Widgets.all(shell, ToolBar.class, bar -> true).stream()
                .flatMap(bar -> List.of(bar.getItems()).stream()).map(ToolItem::getToolTipText)
                .filter(tip -> tip != null && tip.startsWith("Run ")).toList();
        assertTrue(tips.contains("Run Analysis (Ctrl+Alt+R)"), tips.toString());
        assertTrue(tips.contains("Run Scan (Ctrl+Alt+S)"), tips.toString());
    }

    @Test
    void ctrlAltRTypedOnTheKeyboardOpensRunAnalysis() {
        Shell shell = Workbench.window().getShell();
        shell.forceActive();
        Modal.drive(() -> Menus.press('r', SWT.CTRL, SWT.ALT), RunAnalysisDialog.TITLE,
                dialog -> Input.click(Widgets.button(dialog, "Cancel")), OPEN);
        assertEquals(shell, shell.getDisplay().getActiveShell(), "back in the workbench window");
    }
}
