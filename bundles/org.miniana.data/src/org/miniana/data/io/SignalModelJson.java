/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import static org.miniana.data.io.JsonSupport.nonNegative;
import static org.miniana.data.io.JsonSupport.require;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.core.SignalYield;
import org.miniana.data.InputFormatException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Signal models as JSON ({@value #FORMAT}, version {@value #VERSION}): one or more models for
 * one analysis. The format is described in this bundle's README and shown by
 * {@code examples/signal-models.json}.
 */
public final class SignalModelJson {

    public static final String FORMAT = "miniana-signal-models";
    /** Version 2 added the optional systematic variations; version 1 files read as models without any. */
    public static final int VERSION = 2;
    private static final int OLDEST_VERSION = 1;

    /** Models read from a file, with the analysis whose bins they fill. */
    public record SignalModels(String analysis, List<SignalModel> models) {
        public SignalModels {
            models = List.copyOf(models);
        }
    }

    record YieldJson(Integer bin, Double value, Double mcStatError) {
        YieldJson {
            require(bin, "bin");
            nonNegative(value, "value");
            nonNegative(mcStatError, "mcStatError");
        }
    }

    record VariationJson(String name, List<Double> up, List<Double> down) {
        VariationJson {
            require(name, "name");
            require(up, "up");
            require(down, "down");
        }
    }

    record ModelJson(String name, String family, Map<String, Double> parameters, Double crossSectionPb,
            String provenance, List<YieldJson> yields,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VariationJson> variations) {
        ModelJson {
            if (require(name, "name").isBlank()) {
                throw new IllegalArgumentException("'name' must not be blank");
            }
            require(family, "family");
            require(parameters, "parameters").forEach((key, value) -> {
                if (value == null || !Double.isFinite(value)) {
                    throw new IllegalArgumentException("parameter '" + key + "' must be a finite number");
                }
            });
            nonNegative(crossSectionPb, "crossSectionPb");
            if (require(yields, "yields").isEmpty()) {
                throw new IllegalArgumentException("model '" + name + "' has no yields");
            }
            boolean[] seen = new boolean[yields.size()];
            for (YieldJson yield : yields) {
                if (yield.bin() < 0 || yield.bin() >= yields.size() || seen[yield.bin()]) {
                    throw new IllegalArgumentException("model '" + name + "': bin " + yield.bin()
                            + " is out of range 0.." + (yields.size() - 1) + " or given twice");
                }
                seen[yield.bin()] = true;
            }
        }

        SignalModel toModel() {
            SignalYield[] inBinOrder = new SignalYield[yields.size()];
            yields.forEach(y -> inBinOrder[y.bin()] = new SignalYield(y.value(), y.mcStatError()));
            List<SignalVariation> inModel = variations == null ? List.of() : variations.stream()
                    .map(variation -> new SignalVariation(variation.name(), variation.up(), variation.down())).toList();
            return new SignalModel(name, family, parameters, crossSectionPb, provenance, Arrays.asList(inBinOrder),
                    inModel);
        }
    }

    record Document(String format, Integer version, String analysis, List<ModelJson> models) {
        Document {
            require(analysis, "analysis");
            require(models, "models");
        }
    }

    /** One model of a document being read: what follows it is the document's, not trailing text. */
    private static final ObjectReader MODEL_READER = JsonSupport.MAPPER.readerFor(ModelJson.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SignalModelJson() {
    }

    public static SignalModels read(String source, InputStream in) throws InputFormatException, IOException {
        JsonSupport.Located<Document> located = JsonSupport.read(source, in, Document.class, FORMAT,
                OLDEST_VERSION, VERSION);
        List<SignalModel> models = new ArrayList<>();
        Map<String, Integer> lineOfName = new HashMap<>();
        for (ModelJson model : located.value().models()) {
            int line = located.line("models[" + models.size() + "]");
            Integer first = lineOfName.putIfAbsent(model.name(), line);
            if (first != null) {
                throw new InputFormatException(source, line, "a second model named '" + model.name()
                        + "' in this file (the first begins on line " + first + ")");
            }
            models.add(model.toModel());
        }
        return new SignalModels(located.value().analysis(), models);
    }

    /**
     * Reads the models of a file that {@link #read} accepted one at a time, so that storing them
     * holds one model, not the file's thousands; the file is checked again as far as binding
     * checks it (a file changed since is refused, not half-read).
     */
    static void forEachModel(String source, InputStream in, Consumer<SignalModel> action)
            throws InputFormatException, IOException {
        try (JsonParser parser = JsonSupport.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputFormatException(source, parser.currentLocation().getLineNr(), "expected a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken value = parser.nextToken();
                if (!parser.currentName().equals("models")) {
                    parser.skipChildren();
                } else if (value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        action.accept(MODEL_READER.<ModelJson>readValue(parser).toModel());
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new InputFormatException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "changed while being imported: " + JsonSupport.describe(e));
        }
    }

    public static void write(SignalModels models, OutputStream out) throws IOException {
        List<ModelJson> documents = new ArrayList<>();
        for (SignalModel model : models.models()) {
            List<YieldJson> yields = new ArrayList<>();
            for (int bin = 0; bin < model.yields().size(); bin++) {
                yields.add(new YieldJson(bin, model.yield(bin).value(), model.yield(bin).mcStatError()));
            }
            documents.add(new ModelJson(model.name(), model.family(), new LinkedHashMap<>(model.parameters()),
                    model.crossSectionPb(), model.provenance(), yields, model.variations().stream()
                            .map(variation -> new VariationJson(variation.name(), variation.up(), variation.down()))
                            .toList()));
        }
        JsonSupport.MAPPER.writeValue(out, new Document(FORMAT, VERSION, models.analysis(), documents));
    }
}
