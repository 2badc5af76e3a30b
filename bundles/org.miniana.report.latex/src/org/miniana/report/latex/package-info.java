/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The {@code latex-paper} report generator
 * ({@link org.miniana.report.latex.LatexPaperGenerator}): a skeleton paper of a run written as LaTeX
 * ({@link org.miniana.report.latex.LatexPaper}, with the escaping of {@link org.miniana.report.latex.Latex})
 * and compiled with pdflatex when it is installed ({@link org.miniana.report.latex.TexCompiler}).
 */
package org.miniana.report.latex;
