/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * The sentence a user reads for a failure: what went wrong and where, never a Java class name
 * (users of a physics tool should not have to read "java.nio.file.NoSuchFileException: x").
 */
public final class FailureMessages {

    /** A qualified exception class name, as Throwable.toString() and wrapping constructors put it into messages. */
    private static final Pattern CLASS_NAME = Pattern
            .compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|\\b)");

    private FailureMessages() {
    }

    /** One line for {@code failure}; its stack trace is for --debug. */
    public static String of(Throwable failure) {
        Throwable shown = failure;
        // wrappers say nothing of their own: what the user needs is in what they wrap
        while ((shown instanceof UncheckedIOException || shown instanceof CompletionException
                || shown instanceof ExecutionException) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown instanceof FileSystemException file ? fileProblem(file) : shown.getMessage();
        String cleaned = message == null ? "" : CLASS_NAME.matcher(message).replaceAll("").strip();
        if (!cleaned.isEmpty()) {
            return cleaned;
        }
        return shown.getCause() != null && shown.getCause() != shown ? of(shown.getCause())
                : "an internal error without a description";
    }

    private static String fileProblem(FileSystemException failure) {
        String file = failure.getFile();
        String problem = switch (failure) {
            case NoSuchFileException e -> "no such file or folder";
            case AccessDeniedException e -> "permission denied";
            case FileAlreadyExistsException e -> "exists already";
            case DirectoryNotEmptyException e -> "the folder is not empty";
            case NotDirectoryException e -> "not a folder";
            default -> failure.getReason() == null ? "cannot be read or written" : failure.getReason();
        };
        String other = failure.getOtherFile() == null ? "" : " (with " + failure.getOtherFile() + ")";
        return file == null ? problem : file + other + ": " + problem;
    }
}
