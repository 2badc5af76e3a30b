/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.extensions;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One contribution read by {@link Contributions}: what it declares, read without loading its
 * class, and its object, created from the class on first use. Thread-safe.
 *
 * @param <T> what the class implements
 */
public final class Contribution<T> {

    private final Contributions.Spec<T> spec;
    /** The bundle whose log entries these are: the one that declares the extension point. */
    private final String pluginId;
    private final IConfigurationElement element;
    private final ILog log;
    private final String id;
    private final String name;
    private final String description;
    private final String contributor;
    /** Null until the first attempt; empty when it failed, so that a failure is logged once. */
    private Optional<T> created;
    /** Why creating the object failed; null while it has not failed. */
    private String problem;

    Contribution(Contributions.Spec<T> spec, String pluginId, IConfigurationElement element, ILog log) {
        this.spec = spec;
        this.pluginId = pluginId;
        this.element = element;
        this.log = log;
        this.id = attribute(element, "id");
        String declared = attribute(element, "name");
        this.name = declared.isEmpty() ? id : declared;
        this.description = attribute(element, "description");
        this.contributor = element.getContributor().getName();
    }

    public String id() {
        return id;
    }

    /** The name for people; the id when the extension point does not require one and none is given. */
    public String name() {
        return name;
    }

    /** What it does; empty when not given. */
    public String description() {
        return description;
    }

    /** The symbolic name of the bundle that contributed it. */
    public String contributor() {
        return contributor;
    }

    /**
     * Another attribute the extension point's schema declares, read without loading the class:
     * its value without surrounding blanks, empty when it is absent.
     */
    public String attribute(String name) {
        return attribute(element, name);
    }

    /**
     * The object of the class, created on the first call. Empty, with an error in the log the first
     * time, when the class cannot be loaded, its constructor fails or it does not implement
     * {@code T}; later calls are empty without logging again.
     */
    public synchronized Optional<T> instance() {
        if (created == null) {
            created = create();
        }
        return created;
    }

    /**
     * Why the object cannot be created (e.g. "its class a.B cannot be created: ClassNotFoundException:
     * a.B"), trying to create it when that has not been tried yet; empty when it can.
     */
    public synchronized Optional<String> problem() {
        instance();
        return Optional.ofNullable(problem);
    }

    private Optional<T> create() {
        String theClass = "its class " + attribute(element, "class");
        try {
            Object instance = element.createExecutableExtension("class");
            if (spec.type().isInstance(instance)) {
                return Optional.of(spec.type().cast(instance));
            }
            problem = theClass + " does not implement " + spec.type().getName();
            log.log(new Status(IStatus.ERROR, pluginId, skipped() + problem));
        } catch (CoreException | RuntimeException | LinkageError e) {
            problem = theClass + " cannot be created: " + rootCause(e);
            log.log(new Status(IStatus.ERROR, pluginId, skipped() + problem, e));
        }
        return Optional.empty();
    }

    /** The innermost cause, as its simple class name and message: what a plug-in's author needs to read. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The start of every message about this contribution. */
    String skipped() {
        return spec.label() + (id.isEmpty() ? "" : " '" + id + "'") + " contributed by " + contributor
                + " is skipped: ";
    }

    IConfigurationElement element() {
        return element;
    }

    /** The attribute's value without surrounding blanks; empty when it is absent. */
    static String attribute(IConfigurationElement element, String name) {
        String value = element.getAttribute(name);
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return id + " (" + name + ", from " + contributor + ")";
    }
}
