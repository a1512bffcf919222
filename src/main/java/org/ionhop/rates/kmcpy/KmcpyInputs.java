package org.ionhop.rates.kmcpy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionhop.common.InputException;

/**
 * kMCpy's input set as it is on disk (kMCpy commit 7761fdd, tests/files/input): run settings
 * ({@code kmc_input.json}), the composite model ({@code model.json}, or {@code lce.json} +
 * {@code fitting_results.json} and {@code lce_site.json} + {@code fitting_results_site.json}),
 * the events ({@code events.json}) and the initial occupation ({@code initial_state.json}). Each
 * file may also be gzip-compressed ({@code .json.gz}). Only reads; the meaning is applied by
 * {@link KmcpyImport}.
 */
public final class KmcpyInputs {
    final Path folder;
    final JsonNode settings;
    final JsonNode kraLce;
    final JsonNode kraParameters;
    final JsonNode siteLce;        // null without a site model
    final JsonNode siteParameters;
    final JsonNode events;
    final JsonNode initialState;
    final List<String> filesRead = new ArrayList<>();

    private KmcpyInputs(Path folder) {
        this.folder = folder;
        settings = readJson(find("kmc_input.json", null));
        String modelName = settings.path("model_file").asText("model.json");
        Path model = findOptional(fileName(modelName));
        if (model == null) model = findOptional("model.json");
        if (model != null) {
            JsonNode m = readJson(model);
            kraLce = need(model, m.path("kra"), "lce");
            kraParameters = need(model, m.path("kra"), "parameters");
            JsonNode site = m.get("site");
            siteLce = site == null || site.isNull() ? null : need(model, site, "lce");
            siteParameters = siteLce == null ? null : need(model, site, "parameters");
        } else {
            kraLce = readJson(find("lce.json", "model.json"));
            kraParameters = latestFit(find("fitting_results.json", "model.json"));
            Path siteFile = findOptional("lce_site.json");
            siteLce = siteFile == null ? null : readJson(siteFile);
            siteParameters = siteFile == null ? null : latestFit(find("fitting_results_site.json", "lce_site.json"));
        }
        events = readJson(find(fileName(settings.path("event_file").asText("events.json")), "events.json"));
        initialState = readJson(find(fileName(settings.path("initial_state_file").asText("initial_state.json")),
                "initial_state.json"));
    }

    /** Reads kMCpy's files from a folder (or the folder of a given {@code kmc_input.json}). */
    public static KmcpyInputs read(Path folderOrInput) {
        if (!Files.exists(folderOrInput)) {
            throw new InputException(folderOrInput, 0, null, "no such folder or file",
                    "give the folder holding kMCpy's kmc_input.json (or that file)");
        }
        Path folder = Files.isDirectory(folderOrInput) ? folderOrInput : folderOrInput.toAbsolutePath().getParent();
        return new KmcpyInputs(folder);
    }

    private static String fileName(String path) { return Path.of(path).getFileName().toString(); }

    /** kMCpy's fitting-results file holds one entry per fit, keyed "0", "1", ...: the last one is used. */
    private JsonNode latestFit(Path file) {
        JsonNode root = readJson(file);
        if (root.has("keci")) return root;
        JsonNode last = null;
        long best = -1;
        var it = root.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            try {
                long n = Long.parseLong(k);
                if (n > best) {
                    best = n;
                    last = root.get(k);
                }
            } catch (NumberFormatException ignored) {
                // not a fit entry
            }
        }
        if (last == null || !last.has("keci")) {
            throw new InputException(file, 0, "keci", "no fitted coefficients found", "give kMCpy's fitting_results.json");
        }
        return last;
    }

    private JsonNode need(Path file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new InputException(file, 0, key, "missing in the composite model", "give kMCpy's model.json");
        }
        return v;
    }

    private Path findOptional(String name) {
        for (String n : List.of(name, name + ".gz")) {
            Path p = folder.resolve(n);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private Path find(String name, String alternative) {
        Path p = findOptional(name);
        if (p == null) {
            throw new InputException(folder.resolve(name), 0, null, "kMCpy input file not found"
                    + (alternative == null ? "" : " (nor " + alternative + ")"),
                    "give the folder holding kMCpy's kmc_input.json, model/lce files, events.json and initial_state.json");
        }
        return p;
    }

    private JsonNode readJson(Path p) {
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                : Files.newInputStream(p)) {
            filesRead.add(p.getFileName().toString());
            return new ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(p, Math.max(line, 0), null, "not valid JSON: " + e.getOriginalMessage(),
                    "give kMCpy's unmodified file");
        } catch (IOException e) {
            throw new InputException(p, 0, null, "cannot read: " + e.getMessage(), "check the file is kMCpy's JSON");
        }
    }

    public List<String> filesRead() { return List.copyOf(filesRead); }
}
