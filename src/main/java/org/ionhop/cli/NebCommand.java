package org.ionhop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;
import org.ionhop.output.NebProfilePlot;
import org.ionhop.rates.neb.NebBarriers;
import org.ionhop.rates.neb.NebFormat;
import org.ionhop.rates.neb.NebProfile;
import org.ionhop.rates.neb.NebProfileReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop neb PROFILE}: barriers of an NEB profile, and a plot of it. */
@Command(name = "neb", mixinStandardHelpOptions = true,
        description = "Reads an NEB profile and prints its forward and backward barriers, reaction energy and E_KRA = E_saddle - (E_initial + E_final)/2 (the barrier a deck's hop class uses), and draws the profile with a cubic Hermite spline through the images to a PNG. Formats: VTST neb.dat (image, reaction coordinate Å, energy eV, tangential force eV/Å, image); two columns (reaction coordinate Å, energy eV, '#' comments); a VASP NEB directory with image folders 00..NN (energy(sigma->0) from OSZICAR E0= or OUTCAR).",
        footer = {"", "Examples:",
            "  ./ionhop neb inputs/neb/sin2-symmetric.neb.dat",
            "  ./ionhop neb inputs/neb/vasp-run --json --png /tmp/hop.png"})
public final class NebCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROFILE", description = "neb.dat, two-column file, or VASP NEB run directory")
    Path profilePath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default), nebdat, twocol, vasp or extxyz (ASE image set with energy= per frame)")
    String format;

    @Option(names = "--saddle", paramLabel = "WHICH", defaultValue = "images",
            description = "saddle energy used for the barriers: images (highest image, default; the climbing "
                    + "image of a CI-NEB) or spline (maximum of the spline)")
    String saddle;

    @Option(names = "--json", description = "print the result as JSON instead of text")
    boolean json;

    @Option(names = "--png", paramLabel = "FILE",
            description = "plot file (default: next to the profile, <name>.png; <dir>/neb-profile.png for a VASP "
                    + "directory)")
    Path png;

    @Option(names = "--no-png", description = "do not draw the plot")
    boolean noPng;

    @Override
    public Integer call() throws IOException {
        NebFormat nebFormat = option("--format", format, org.ionhop.deck.NebSource.FORMATS)
                .equals("auto") ? NebFormat.AUTO : NebFormat.parse(format);
        NebBarriers.Saddle which = NebBarriers.Saddle.valueOf(
                option("--saddle", saddle, java.util.List.of("images", "spline")).toUpperCase(Locale.ROOT));
        NebProfile profile = NebProfileReader.read(profilePath, nebFormat);
        NebBarriers b = NebBarriers.of(profile, which);
        Path plot = null;
        if (!noPng) {
            plot = png != null ? png : defaultPng(profilePath);
            NebProfilePlot.write(profile, b, plot);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(asMap(profile, b, plot)));
        } else {
            printText(out, profile, b, plot);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String option(String name, String value, java.util.List<String> allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InputException(null, 0, name, "unknown value '" + value + "'",
                    "use one of " + String.join(", ", allowed));
        }
        return v;
    }

    static Path defaultPng(Path profile) {
        Path abs = profile.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) return abs.resolve("neb-profile.png");
        String name = abs.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return abs.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".png");
    }

    private static void printText(PrintWriter out, NebProfile p, NebBarriers b, Path plot) {
        double[] x = p.reactionCoordinateAngstrom();
        double[] e = p.relativeEnergyEv();
        out.printf("NEB profile %s (%s, %d images; energy: %s)%n", p.source(), p.format().key(), p.imageCount(),
                p.energySource());
        String xHead = p.coordinateIsImageIndex() ? "x (image)" : "x (Å)";
        out.printf("  %5s  %10s  %12s%s%n", "image", xHead, "E-E0 (eV)",
                p.tangentialForceEvPerAngstrom().isPresent() ? "  F_tangent (eV/Å)" : "");
        for (int i = 0; i < p.imageCount(); i++) {
            out.printf("  %5d  %10.4f  %12.4f", i, x[i], e[i]);
            final int k = i;
            p.tangentialForceEvPerAngstrom().ifPresent(f -> out.printf("  %17.4f", f[k]));
            out.println();
        }
        String saddleText = b.saddle() == NebBarriers.Saddle.IMAGES ? "highest image" : "spline maximum";
        out.printf("forward barrier   %8.4f eV  (saddle - initial; saddle = %s)%n", b.forwardEv(), saddleText);
        out.printf("backward barrier  %8.4f eV  (saddle - final)%n", b.backwardEv());
        out.printf("reaction energy   %+8.4f eV  (final - initial)%n", b.reactionEnergyEv());
        out.printf("E_KRA             %8.4f eV  (saddle - (initial + final)/2: the deck's barrier_eV)%n", b.kraEv());
        out.printf("highest image     %d at x = %.4f, %.4f eV%n", b.highestImage(), b.imageSaddleAngstrom(),
                b.imageSaddleEv());
        out.printf("spline maximum    x = %.4f, %.4f eV  (slopes from %s)%n", b.splineSaddleAngstrom(),
                b.splineSaddleEv(), b.splineUsesForces() ? "tangential forces" : "finite differences");
        if (plot != null) out.printf("plot              %s%n", plot);
    }

    private static Map<String, Object> asMap(NebProfile p, NebBarriers b, Path plot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", p.source().toString());
        m.put("format", p.format().key());
        m.put("energy_source", p.energySource());
        m.put("images", p.imageCount());
        m.put(p.coordinateIsImageIndex() ? "reaction_coordinate_image" : "reaction_coordinate_angstrom",
                p.reactionCoordinateAngstrom());
        m.put("energy_relative_eV", p.relativeEnergyEv());
        p.tangentialForceEvPerAngstrom().ifPresent(f -> m.put("tangential_force_eV_per_angstrom", f));
        m.put("saddle", b.saddle().name().toLowerCase(Locale.ROOT));
        m.put("forward_barrier_eV", b.forwardEv());
        m.put("backward_barrier_eV", b.backwardEv());
        m.put("reaction_energy_eV", b.reactionEnergyEv());
        m.put("kra_barrier_eV", b.kraEv());
        m.put("highest_image", b.highestImage());
        m.put("highest_image_eV", b.imageSaddleEv());
        m.put("spline_max_eV", b.splineSaddleEv());
        m.put("spline_max_x", b.splineSaddleAngstrom());
        m.put("spline_slopes", b.splineUsesForces() ? "tangential_forces" : "finite_differences");
        m.put("png", plot == null ? null : plot.toString());
        return m;
    }
}
