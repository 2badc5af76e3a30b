/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The standard File, Edit and Window menus (Save, Undo/Redo retargeted to the active editor,
 * Preferences); the Mini Analysis commands add themselves from plugin.xml. The status line
 * shows the database in use.
 */
final class MiniAnalysisActionBarAdvisor extends ActionBarAdvisor {

    static final String SHOW_VIEW_MENU = "showView";

    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IContributionItem views;

    MiniAnalysisActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        saveAs = register(ActionFactory.SAVE_AS.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(save);
        file.add(saveAs);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", SHOW_VIEW_MENU);
        showView.add(views);
        window.add(showView);
        window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(resetPerspective);
        window.add(new Separator());
        window.add(preferences);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        // Help > About and Help Contents come from plugin.xml (commands and handlers)
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menuBar.add(help);
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new DatabaseStatusItem());
    }
}
