/**
 * Where results go: the HDF5 result file ({@link org.ionhop.output.Hdf5ResultWriter}), PNG plots
 * ({@link org.ionhop.output.ResultPlots}), the terminal table ({@link org.ionhop.output.SummaryTable})
 * and its JSON twin ({@link org.ionhop.output.SummaryJson}). Every file is written atomically
 * ({@link org.ionhop.output.AtomicFiles}): a crash never leaves a half-written file under the final name.
 */
package org.ionhop.output;
