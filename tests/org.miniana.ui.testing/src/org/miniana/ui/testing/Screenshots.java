/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a control shows on screen as a PNG, copied from the display. The folder is the
 * system property {@value #PROPERTY} (the test build sets it to target/screenshots), else
 * target/screenshots below the working directory.
 */
public final class Screenshots {

    public static final String PROPERTY = "miniana.screenshots";

    private Screenshots() {
    }

    /** Captures {@code control} as it is on screen into NAME.png and returns the file. */
    public static Path capture(Control control, String name) {
        return save(grab(control), name);
    }

    /** The pixels {@code control} shows on screen, copied from the display after pending paints. */
    public static ImageData grab(Control control) {
        Shell shell = control.getShell();
        shell.forceActive();
        Waits.flush();
        control.update();
        Display display = control.getDisplay();
        Rectangle bounds = control.getBounds();
        // a shell's bounds are in display coordinates already, a dialog's too although it has a parent
        Point origin = control instanceof Shell || control.getParent() == null ? new Point(bounds.x, bounds.y)
                : control.getParent().toDisplay(bounds.x, bounds.y);
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Writes pixels as NAME.png into the screenshot folder and returns the file. */
    public static Path save(ImageData pixels, String name) {
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { pixels };
            Path file = folder().resolve(name + ".png");
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + name, e);
        }
    }

    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        return configured == null || configured.isBlank() ? Path.of("target", "screenshots") : Path.of(configured);
    }
}
