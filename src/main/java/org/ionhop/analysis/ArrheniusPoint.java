package org.ionhop.analysis;

/**
 * One temperature of an Arrhenius fit: D (cm²/s) or sigma (S/cm) with its standard error.
 */
public record ArrheniusPoint(double temperatureKelvin, double value, double stderr) {}
