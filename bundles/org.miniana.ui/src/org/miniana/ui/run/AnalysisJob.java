/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.core.AnalysisRun;
import org.miniana.core.SignalModel;
import org.miniana.data.ResultsDatabase;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.session.WorkbenchJob;
import org.miniana.ui.views.BinResultsView;
import org.miniana.ui.views.SignificanceView;

/**
 * Runs the headless single-bin analysis of a stored model, stores the run, and shows it in the
 * result views.
 */
public final class AnalysisJob extends WorkbenchJob {

    /** Family of analysis jobs, for waiting on them. */
    public static final Object FAMILY = new Object();

    private final String analysis;
    private final String modelName;
    private final AnalysisOptions options;
    private final IWorkbenchPage page;

    /** Analyses the model named {@code modelName} in the search {@code analysis}. */
    public AnalysisJob(String analysis, String modelName, AnalysisOptions options, IWorkbenchPage page) {
        super("Analysing " + modelName + " with " + options.optimizer(), FAMILY);
        this.analysis = analysis;
        this.modelName = modelName;
        this.options = options;
        this.page = page;
    }

    @Override
    protected IStatus work(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
        DatabaseSession session = DatabaseSession.get();
        ResultsDatabase database = session.database();
        SignalModel model = database.signalModels().get(analysis, modelName);
        var search = session.searchResult(analysis);
        // also for the merged bin alone: its signal uncertainty comes from the model's signal nuisances
        var fullModel = session.statisticalModel(analysis).orElse(null);
        // the optimizers and fits take no monitor: a cancellation stops the job before and after them
        progress.split(1).subTask("Choosing the bins and testing them, and the full likelihood");
        AnalysisOutcome outcome = SingleBinAnalysis.fromPlatform().run(search, fullModel, model, options);
        progress.split(1);
        AnalysisRun run = outcome.toRun("");
        database.runs().store(run);
        session.changed(DatabaseSession.Change.RUNS);
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(outcome, run));
        progress.worked(1);
        return Status.OK_STATUS;
    }

    private void show(AnalysisOutcome outcome, AnalysisRun run) {
        RunContext.get().show(RunContext.State.of(outcome, run));
        try {
            page.showView(BinResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            page.showView(SignificanceView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
