/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.render;

import org.miniana.figure.Axis;

/**
 * Where a panel's plot frame lies in a rendered image (pixels, y down) and how its axes map to
 * it, so that a surface showing the image can turn a mouse position into data coordinates.
 */
public record PlotArea(double left, double top, double right, double bottom, Axis x, Axis y) {

    public boolean contains(double pixelX, double pixelY) {
        return pixelX >= left && pixelX <= right && pixelY >= top && pixelY <= bottom;
    }

    /** The pixel column of an x value. */
    public double px(double value) {
        return px(left, right, x, value);
    }

    /** The pixel row of a y value. */
    public double py(double value) {
        return py(top, bottom, y, value);
    }

    /** The x value at a pixel column. */
    public double dataX(double pixelX) {
        return value(x, (pixelX - left) / (right - left));
    }

    /** The y value at a pixel row. */
    public double dataY(double pixelY) {
        return value(y, (bottom - pixelY) / (bottom - top));
    }

    /** The pixel column of an x value in a frame from left to right: the painter's mapping. */
    public static double px(double left, double right, Axis axis, double value) {
        return left + position(axis, value) * (right - left);
    }

    /** The pixel row of a y value in a frame from top to bottom: the painter's mapping. */
    public static double py(double top, double bottom, Axis axis, double value) {
        return bottom - position(axis, value) * (bottom - top);
    }

    private static double position(Axis axis, double value) {
        if (axis.log()) {
            double clamped = Math.max(value, Double.MIN_NORMAL);
            return (Math.log(clamped) - Math.log(axis.min())) / (Math.log(axis.max()) - Math.log(axis.min()));
        }
        return (value - axis.min()) / (axis.max() - axis.min());
    }

    private static double value(Axis axis, double position) {
        if (axis.log()) {
            return axis.min() * Math.pow(axis.max() / axis.min(), position);
        }
        return axis.min() + position * (axis.max() - axis.min());
    }
}
