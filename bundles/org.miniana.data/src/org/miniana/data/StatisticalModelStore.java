/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.ModelChannelEntity;
import org.miniana.data.internal.ModelModifierEntity;
import org.miniana.data.internal.ModelParameterEntity;
import org.miniana.data.internal.ModelSampleEntity;

import jakarta.persistence.EntityManager;

/**
 * The full statistical models of the stored searches (schema version 2): every channel, sample,
 * nuisance parameter and modifier of the cards a search was imported from. A search imported
 * from a JSON or CSV result has none.
 */
public final class StatisticalModelStore {

    private final ResultsDatabase database;

    StatisticalModelStore(ResultsDatabase database) {
        this.database = database;
    }

    /** The full model of the named search, if it was imported from datacards. */
    public Optional<StatisticalModel> find(String analysisName) {
        return database.read(em -> SearchResultStore.find(em, analysisName).flatMap(analysis -> load(em, analysis)));
    }

    static void store(EntityManager em, AnalysisEntity analysis, StatisticalModel model) {
        analysis.recordModelDigest(ContentDigest.of(model));
        int position = 0;
        for (NuisanceParameter parameter : model.parameters()) {
            ColumnLimits.check("nuisance name", parameter.name(), ColumnLimits.NAME);
            em.persist(new ModelParameterEntity(analysis, position++, parameter.name(), parameter.type().keyword(),
                    parameter.controlCount()));
        }
        position = 0;
        for (Channel channel : model.channels()) {
            ColumnLimits.check("channel name", channel.name(), ColumnLimits.NAME);
            ColumnLimits.check("card name", channel.card(), ColumnLimits.REFERENCE);
            ColumnLimits.check("card tag", channel.tag(), ColumnLimits.NAME);
            var channelEntity = new ModelChannelEntity(analysis, position++, channel.name(), channel.card(),
                    channel.tag(), channel.searchBin(), channel.observed());
            em.persist(channelEntity);
            int samplePosition = 0;
            for (Sample sample : channel.samples()) {
                ColumnLimits.check("process name", sample.name(), ColumnLimits.NAME);
                var sampleEntity = new ModelSampleEntity(channelEntity, samplePosition++, sample.name(), sample.process(),
                        sample.signal(), sample.rate());
                em.persist(sampleEntity);
                for (Modifier modifier : sample.modifiers()) {
                    em.persist(new ModelModifierEntity(sampleEntity, modifier.parameter(), modifier.down(),
                            modifier.up()));
                }
            }
        }
    }

    /**
     * Reads the model with four scalar queries: loading the entities would fetch each modifier's
     * sample and channel again (relations are eager without weaving). A model whose rows no longer
     * fit together, or whose digest differs, is refused.
     */
    Optional<StatisticalModel> load(EntityManager em, AnalysisEntity analysis) {
        List<NuisanceParameter> parameters = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT p.name, p.type, p.controlCount FROM ModelParameterEntity p"
                + " WHERE p.analysis = :a ORDER BY p.position", Object[].class).setParameter("a", analysis)
                .getResultList()) {
            NuisanceParameter.Type type = NuisanceParameter.Type.fromKeyword((String) row[1]);
            if (type == null) {
                throw new DatabaseException("The stored model of " + analysis.name() + " has a parameter '" + row[0]
                        + "' of unknown type '" + row[1] + "'");
            }
            parameters.add(new NuisanceParameter((String) row[0], type, ((Number) row[2]).longValue()));
        }
        Map<Long, List<Modifier>> modifiers = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.sample.id, m.parameterPosition, m.factorDown, m.factorUp"
                + " FROM ModelModifierEntity m WHERE m.sample.channel.analysis = :a"
                + " ORDER BY m.sample.id, m.parameterPosition", Object[].class).setParameter("a", analysis)
                .getResultList()) {
            modifiers.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new Modifier((Integer) row[1], (Double) row[2], (Double) row[3]));
        }
        Map<Long, List<Sample>> samples = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.channel.id, s.id, s.name, s.process, s.signalSample, s.rate"
                + " FROM ModelSampleEntity s WHERE s.channel.analysis = :a ORDER BY s.channel.id, s.position",
                Object[].class).setParameter("a", analysis).getResultList()) {
            samples.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new Sample((String) row[2],
                    (String) row[3], (Boolean) row[4], (Double) row[5], modifiers.getOrDefault((Long) row[1], List.of())));
        }
        List<Channel> channels = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT c.id, c.name, c.card, c.tag, c.searchBin, c.observed"
                + " FROM ModelChannelEntity c WHERE c.analysis = :a ORDER BY c.position", Object[].class)
                .setParameter("a", analysis).getResultList()) {
            channels.add(new Channel((String) row[1], (String) row[2], (String) row[3], (Integer) row[4],
                    (Long) row[5], samples.getOrDefault((Long) row[0], List.of())));
        }
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        String subject = subject(analysis.name());
        StatisticalModel model;
        try {
            model = new StatisticalModel(parameters, channels);
        } catch (IllegalArgumentException e) {
            throw new DamagedDataException(database.description(), subject, "is inconsistent (" + e.getMessage() + ")",
                    SearchResultStore.REMEDY);
        }
        channels.stream().filter(channel -> channel.samples().isEmpty()).findFirst().ifPresent(channel -> {
            throw new DamagedDataException(database.description(), subject, "is incomplete (channel '" + channel.name()
                    + "' has no sample)", SearchResultStore.REMEDY);
        });
        if (analysis.modelDigest() != null && !analysis.modelDigest().equals(ContentDigest.of(model))) {
            throw new DamagedDataException(database.description(), subject, ContentDigest.CHANGED,
                    SearchResultStore.REMEDY);
        }
        return Optional.of(model);
    }

    static String subject(String analysisName) {
        return "the statistical model of '" + analysisName + "'";
    }
}
