/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.miniana.ui.session.DatabaseSession;

/** Opens windows on the Mini Analysis perspective. */
public final class MiniAnalysisWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return MiniAnalysisPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setTitle("Mini Analysis Workbench");
                window.setInitialSize(new Point(1400, 900));
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true);
                window.setShowCoolBar(true);
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
                return new MiniAnalysisActionBarAdvisor(configurer);
            }
        };
    }

    @Override
    public boolean preShutdown() {
        IWorkbenchWindow[] windows = getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows();
        return ExitGuard.mayExit(windows.length > 0 ? windows[0].getShell() : null);
    }

    @Override
    public void postShutdown() {
        // release the embedded database for other processes
        DatabaseSession.get().close();
    }
}
