/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.miniana.data.DefaultDatabase;
import org.miniana.ui.session.DatabaseSession;

/**
 * Where the results database is: an embedded folder (shared with the command line) or a Derby
 * Network Server. A change reconnects the workbench.
 */
public final class DatabasePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.miniana.ui.preferences.database";

    public DatabasePreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(UiPreferences.databaseStore());
        setDescription("The results database. In use now: " + DatabaseSession.get().description()
                + ". The system property " + DefaultDatabase.PROPERTY + " and the environment variable "
                + DefaultDatabase.ENVIRONMENT + " take precedence over the folder set here.");
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(DefaultDatabase.PREFERENCE, "Embedded database folder:",
                getFieldEditorParent()));
        addField(new StringFieldEditor(UiPreferences.SERVER_URL, "Server URL (team mode, optional):",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String url = getStringValue().strip();
                setErrorMessage("A Derby Network Server URL starts with jdbc:derby://host:port/");
                return url.isEmpty() || url.startsWith("jdbc:derby://");
            }
        });
    }

    @Override
    public boolean performOk() {
        String before = DatabaseSession.get().configuredDescription();
        boolean ok = super.performOk();
        if (ok && !before.equals(DatabaseSession.get().configuredDescription())) {
            DatabaseSession.get().reconnect();
        }
        return ok;
    }
}
