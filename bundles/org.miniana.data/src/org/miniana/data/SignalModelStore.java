/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.miniana.core.SignalModel;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.PackedVariations;
import org.miniana.data.internal.PackedYields;
import org.miniana.data.internal.SignalModelEntity;

import jakarta.persistence.EntityManager;

/**
 * Signal models, each tied to the analysis whose bins its yields fill. A model is named within its
 * analysis: every lookup takes both, and two analyses may each have a model of the same name.
 */
public final class SignalModelStore {

    /** What restores a damaged model besides a backup. */
    private static final String REMEDY = "import the model again with --replace";

    /** Models written per flush of a large import. */
    private static final int FLUSH_EVERY = 200;

    private final ResultsDatabase database;

    SignalModelStore(ResultsDatabase database) {
        this.database = database;
    }

    /**
     * Stores models for an analysis in one transaction: all of them, or none when any is
     * invalid. A model whose name the analysis has already is refused, or with {@code replace} given
     * the new content: its runs are kept, each with the yields it was made with.
     */
    public void store(String analysisName, List<SignalModel> models, boolean replace) {
        database.inTransaction(em -> {
            store(em, analysisName, models, replace);
            return null;
        });
    }

    /**
     * Stores {@code models} as {@link Iterable#forEach} gives them: an import's source reads one
     * model at a time from its file, and they are written and forgotten in chunks, so that the
     * memory of an import does not grow with its size.
     */
    void store(EntityManager em, String analysisName, Iterable<SignalModel> models, boolean replace) {
        AnalysisEntity found = SearchResultStore.find(em, analysisName).orElseThrow(() -> new DatabaseException(
                "No analysis '" + analysisName + "' in " + database.description() + " for the signal models"));
        long analysisId = found.id();
        long bins = database.binCount(em, found);
        // One query for the stored names: a query per model would flush the pending models first,
        // which made large imports quadratic.
        Set<String> stored = new HashSet<>(em.createQuery("SELECT m.name FROM SignalModelEntity m WHERE m.analysis = :a",
                String.class).setParameter("a", found).getResultList());
        Set<String> seen = new HashSet<>();
        var chunk = new Object() {
            AnalysisEntity analysis = found;
            int pending;
        };
        models.forEach(model -> {
            ColumnLimits.check("model name", model.name(), ColumnLimits.NAME);
            ColumnLimits.check("model family", model.family(), ColumnLimits.SHORT_NAME);
            ColumnLimits.check("model provenance", model.provenance(), ColumnLimits.PROVENANCE);
            model.parameters().keySet()
                    .forEach(name -> ColumnLimits.check("parameter name", name, ColumnLimits.SHORT_NAME));
            if (model.yields().size() != bins) {
                throw new DatabaseException("Signal model '" + model.name() + "' has " + model.yields().size()
                        + " yields, but " + analysisName + " has " + bins + " bins");
            }
            if (!seen.add(model.name())) {
                throw new DatabaseException("Two signal models are named '" + model.name() + "' in this import;"
                        + " give each model its own name");
            }
            if (stored.contains(model.name())) {
                if (!replace) {
                    throw new DatabaseException("A signal model named '" + model.name() + "' is stored already for "
                            + analysisName + " (replace it with --replace, or give the new one another name)");
                }
                replace(em, find(em, analysisName, model.name()).orElseThrow(), model);
            } else {
                em.persist(new SignalModelEntity(model.name(), model.family(), chunk.analysis, model.crossSectionPb(),
                        model.provenance(), parameters(model), PackedYields.pack(model.yields()),
                        PackedVariations.pack(model.variations()), ContentDigest.of(model)));
            }
            if (++chunk.pending == FLUSH_EVERY) {
                em.flush();
                em.clear();
                chunk.analysis = em.find(AnalysisEntity.class, analysisId);
                chunk.pending = 0;
            }
        });
    }

    /**
     * The revision of a model's content, its content digest: a run records the revision it was
     * made with, so that it tells when its model has changed since.
     */
    public static String revision(SignalModel model) {
        return ContentDigest.of(model);
    }

    /**
     * Gives a stored model new content. Its runs stay, and those made with its yields so far keep
     * them: a run is never lost by saving a model, and always says what it was made with.
     */
    private static void replace(EntityManager em, SignalModelEntity stored, SignalModel model) {
        em.createQuery("UPDATE AnalysisRunEntity r SET r.modelYields = :yields WHERE r.model = :model"
                + " AND r.modelYields IS NULL").setParameter("yields", stored.yields()).setParameter("model", stored)
                .executeUpdate();
        stored.replaceContent(model.family(), model.crossSectionPb(), model.provenance(), parameters(model),
                PackedYields.pack(model.yields()), PackedVariations.pack(model.variations()), ContentDigest.of(model));
    }

    /**
     * Stores a model unless the analysis has one of its name already, e.g. stored by another scan
     * of the same grid through a team server: then the stored one is kept.
     *
     * @return whether this model was stored
     */
    public boolean storeIfAbsent(String analysisName, SignalModel model) {
        try {
            return database.inTransaction(em -> {
                if (find(em, analysisName, model.name()).isPresent()) {
                    return false;
                }
                store(em, analysisName, List.of(model), false);
                return true;
            });
        } catch (DatabaseException e) {
            // another process stored the name between the check and the commit (the name is unique
            // within the analysis)
            if (find(analysisName, model.name()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Stores, in one transaction, those of the models whose names the analysis has not yet (a scan's new
     * models in batches: one commit for many models); a model stored meanwhile, e.g. by another
     * scan of the same grid through a team server, is kept.
     *
     * @return the names of the models this call stored
     */
    public Set<String> storeIfAbsent(String analysisName, List<SignalModel> models) {
        if (models.isEmpty()) {
            return Set.of();
        }
        try {
            return database.inTransaction(em -> {
                Set<String> stored = new HashSet<>(em.createQuery("SELECT m.name FROM SignalModelEntity m"
                        + " WHERE m.analysis.name = :analysis AND m.name IN :names", String.class)
                        .setParameter("analysis", analysisName)
                        .setParameter("names", models.stream().map(SignalModel::name).toList()).getResultList());
                List<SignalModel> absent = models.stream().filter(model -> !stored.contains(model.name())).toList();
                store(em, analysisName, absent, false);
                return absent.stream().map(SignalModel::name).collect(Collectors.toSet());
            });
        } catch (DatabaseException e) {
            // another process stored one of the names between the check and the commit (the names are
            // unique within the analysis): one at a time, which keeps what it stored
            Set<String> stored = new HashSet<>();
            for (SignalModel model : models) {
                if (storeIfAbsent(analysisName, model)) {
                    stored.add(model.name());
                }
            }
            return stored;
        }
    }

    /** The model of that name in the analysis, if it has one. */
    public Optional<SignalModel> find(String analysisName, String name) {
        return database.read(em -> find(em, analysisName, name).map(entity -> load(em, entity)));
    }

    /** The named model of the analysis, or a {@link DatabaseException} saying it is not stored. */
    public SignalModel get(String analysisName, String name) {
        return find(analysisName, name).orElseThrow(() -> notStored(analysisName, name));
    }

    /** The message that the analysis has no model of that name. */
    DatabaseException notStored(String analysisName, String name) {
        return new DatabaseException("No signal model '" + name + "' of " + analysisName + " in "
                + database.description() + " ('miniana models list' lists the models of every search)");
    }

    /** Names of the analysis's models, sorted. */
    public List<String> names(String analysisName) {
        return database.read(em -> em.createQuery("SELECT m.name FROM SignalModelEntity m"
                + " WHERE m.analysis.name = :analysis ORDER BY m.name", String.class)
                .setParameter("analysis", analysisName).getResultList());
    }

    /** How many models are stored, of every analysis. */
    public long count() {
        return database.read(em -> em.createQuery("SELECT COUNT(m) FROM SignalModelEntity m", Long.class)
                .getSingleResult());
    }

    /** The names of the stored models by analysis, both sorted: one query, without the models' content. */
    public Map<String, List<String>> namesByAnalysis() {
        return database.read(em -> em.createQuery("SELECT m.analysis.name, m.name FROM SignalModelEntity m"
                + " ORDER BY m.analysis.name, m.name", Object[].class).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (String) row[0], TreeMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.toList()))));
    }

    /**
     * Every stored model without its yields, sorted by analysis and name: two queries, however many
     * models there are.
     */
    public List<SignalModelSummary> summaries() {
        return database.read(em -> {
            Map<Long, Map<String, Double>> parameters = new HashMap<>();
            em.createQuery("SELECT m.id, p.name, p.value FROM SignalModelEntity m JOIN m.parameters p"
                    + " ORDER BY m.id, INDEX(p)", Object[].class).getResultList()
                    .forEach(row -> parameters.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                            .put((String) row[1], (Double) row[2]));
            return em.createQuery("SELECT m.id, m.name, m.family, m.analysis.name, m.crossSectionPb, m.provenance"
                    + " FROM SignalModelEntity m ORDER BY m.analysis.name, m.name", Object[].class).getResultList()
                    .stream().map(row -> new SignalModelSummary((String) row[1], (String) row[2], (String) row[3],
                            parameters.getOrDefault((Long) row[0], Map.of()), (Double) row[4], (String) row[5]))
                    .toList();
        });
    }

    /** Deletes a model of the analysis and the runs made with it; false when there is no such model. */
    public boolean delete(String analysisName, String name) {
        return database.inTransaction(em -> find(em, analysisName, name).map(entity -> {
            delete(em, entity);
            return true;
        }).orElse(false));
    }

    static Optional<SignalModelEntity> find(EntityManager em, String analysisName, String name) {
        return em.createQuery("SELECT m FROM SignalModelEntity m JOIN FETCH m.analysis"
                + " WHERE m.analysis.name = :analysis AND m.name = :name", SignalModelEntity.class)
                .setParameter("analysis", analysisName).setParameter("name", name).getResultStream().findFirst();
    }

    private static void delete(EntityManager em, SignalModelEntity entity) {
        em.createQuery("DELETE FROM AnalysisRunEntity r WHERE r.model = :m").setParameter("m", entity).executeUpdate();
        em.remove(entity);
    }

    private static List<SignalModelEntity.Parameter> parameters(SignalModel model) {
        List<SignalModelEntity.Parameter> parameters = new ArrayList<>();
        model.parameters().forEach((name, value) -> parameters.add(new SignalModelEntity.Parameter(name, value)));
        return parameters;
    }

    /**
     * Reads a stored model, refusing one without a yield for every bin of its analysis (a damaged
     * page makes Derby return fewer rows, and the list closes the gap) or whose digest differs.
     */
    SignalModel load(EntityManager em, SignalModelEntity entity) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        entity.parameters().forEach(parameter -> parameters.put(parameter.name(), parameter.value()));
        String subject = subject(entity.analysis().name(), entity.name());
        long bins = database.binCount(em, entity.analysis());
        if (PackedYields.bins(entity.yields()) != bins) {
            throw new DamagedDataException(database.description(), subject, "is incomplete ("
                    + Math.max(0, PackedYields.bins(entity.yields())) + " yields for the " + bins + " bins of "
                    + entity.analysis().name() + ")", REMEDY);
        }
        SignalModel model;
        try {
            model = new SignalModel(entity.name(), entity.family(), parameters, entity.crossSectionPb(),
                    entity.provenance(), PackedYields.unpack(entity.yields()).orElseThrow(),
                    PackedVariations.unpack(entity.variations()).orElseThrow(
                            () -> new DamagedDataException(database.description(), subject, ContentDigest.CHANGED, REMEDY)));
        } catch (IllegalArgumentException e) {
            // a negative or infinite yield is no model the tool stored
            throw new DamagedDataException(database.description(), subject, ContentDigest.CHANGED, REMEDY);
        }
        if (entity.digest() != null && !entity.digest().equals(ContentDigest.of(model))) {
            throw new DamagedDataException(database.description(), subject, ContentDigest.CHANGED, REMEDY);
        }
        return model;
    }

    static String subject(String analysisName, String modelName) {
        return "the signal model '" + modelName + "' of " + analysisName;
    }
}
