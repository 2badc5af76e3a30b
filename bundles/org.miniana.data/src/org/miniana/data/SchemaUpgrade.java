/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalYield;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.BackgroundEstimateEntity;
import org.miniana.data.internal.PackedModel;
import org.miniana.data.internal.PackedYields;
import org.miniana.data.internal.SignalModelEntity;

import jakarta.persistence.EntityManager;

/** Brings a database of an older schema to the current one, inside the transaction that opens it. */
final class SchemaUpgrade {

    private SchemaUpgrade() {
    }

    /**
     * Version 1 to 2: version 1 kept no statistical model, and its RA2 predictions counted the
     * placeholders of empty control regions. The bundled RA2 search gets its model from the bundled
     * cards and its corrected predictions; searches imported from JSON or CSV keep what they have
     * (they have no model). Models and runs are kept as they are.
     */
    static void fromVersion1(EntityManager em, Consumer<String> messages) {
        for (AnalysisEntity analysis : em.createQuery("SELECT a FROM AnalysisEntity a ORDER BY a.name",
                AnalysisEntity.class).getResultList()) {
            if (!analysis.name().equals(Ra2Search.ANALYSIS.name())) {
                messages.accept(analysis.name() + ": no datacards were stored with it, so it has no full statistical"
                        + " model; import its cards again (a new name) to use the full likelihood.");
                continue;
            }
            Ra2DatacardImporter.CardSearch bundled;
            try {
                var cards = Ra2DatacardImporter.bundled();
                bundled = Ra2DatacardImporter.readSearch(cards, cards, cards, warning -> {
                });
            } catch (IOException | InputFormatException e) {
                throw new DatabaseException("The bundled RA2 datacards cannot be read: " + e.getMessage(), e);
            }
            List<BinYields> bins = bundled.result().bins();
            int updated = 0;
            for (BackgroundEstimateEntity estimate : em.createQuery(
                    "SELECT e FROM BackgroundEstimateEntity e WHERE e.bin.analysis = :a", BackgroundEstimateEntity.class)
                    .setParameter("a", analysis).getResultList()) {
                BinYields bin = bins.get(estimate.bin().binIndex());
                if (bin.observed() != estimate.bin().observed()) {
                    throw new DatabaseException("The stored " + analysis.name() + " differs from the bundled cards in bin "
                            + bin.bin().index() + " (observed " + estimate.bin().observed() + ", cards " + bin.observed()
                            + "); the upgrade stops and changes nothing.");
                }
                estimate.update(bin.background(bundled.result().processes().stream()
                        .filter(process -> process.name().equals(estimate.process().name())).findFirst()
                        .orElseThrow(() -> new DatabaseException("The stored " + analysis.name() + " has a process '"
                                + estimate.process().name() + "' the bundled cards do not have"))));
                updated++;
            }
            StatisticalModelStore.store(em, analysis, bundled.model());
            long runs = em.createQuery("SELECT COUNT(r) FROM AnalysisRunEntity r", Long.class).getSingleResult();
            messages.accept(analysis.name() + ": stored its full statistical model (" + bundled.model().channels().size()
                    + " channels, " + bundled.model().parameters().size() + " nuisances) and corrected " + updated
                    + " pre-fit background predictions (empty control regions now predict 0). The " + runs
                    + " stored runs keep the numbers they were made with; run them again for the new predictions.");
        }
    }

    /**
     * Schemas before 5 kept a row per bin of every model (SIGNAL_YIELD): each model gets its yields
     * packed into its own row, and the table goes. A model whose rows do not run 0..n-1 (a damaged
     * table) gets none, so that reading it and {@code miniana db check} say it is incomplete.
     *
     * @return how many models were packed
     */
    static int packSignalYields(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        int packed = 0;
        try (Statement rows = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("UPDATE SIGNAL_MODEL SET YIELDS = ? WHERE ID = ?")) {
            List<SignalYield> yields = new ArrayList<>();
            long model = -1;
            boolean whole = true;
            try (ResultSet row = rows.executeQuery("SELECT MODEL_ID, BIN_INDEX, YIELD_VALUE, MC_STAT_ERROR FROM"
                    + " SIGNAL_YIELD ORDER BY MODEL_ID, BIN_INDEX")) {
                while (row.next()) {
                    if (row.getLong(1) != model) {
                        packed += pack(update, model, yields, whole);
                        model = row.getLong(1);
                        yields.clear();
                        whole = true;
                    }
                    whole &= row.getInt(2) == yields.size();
                    yields.add(new SignalYield(row.getDouble(3), row.getDouble(4)));
                }
            }
            packed += pack(update, model, yields, whole);
            update.executeBatch();
            rows.executeUpdate("DROP TABLE SIGNAL_YIELD");
        } catch (SQLException e) {
            throw new DatabaseException("The signal yields cannot be moved into their models' rows: " + e.getMessage()
                    + "; the upgrade stops and changes nothing.", e);
        }
        return packed;
    }

    /**
     * Schemas before 6 kept a model's name unique across the database, so two searches could not
     * each have a model of the same name: the unique constraint on the name, to which Derby gave a
     * generated name, goes, and one on (analysis, name) takes its place. Every model and run stays.
     *
     * @return how many models there are, for the upgrade's message
     */
    static long nameModelsPerAnalysis(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        try (Statement statement = connection.createStatement()) {
            List<String> constraints = new ArrayList<>();
            // CURRENT SCHEMA is the one the unqualified table name below resolves to
            try (ResultSet row = statement.executeQuery("SELECT c.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS c"
                    + " JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
                    + " WHERE s.SCHEMANAME = CURRENT SCHEMA AND t.TABLENAME = 'SIGNAL_MODEL' AND c.TYPE = 'U'")) {
                while (row.next()) {
                    constraints.add(row.getString(1));
                }
            }
            // the only unique constraint before schema 6 was the name's; opening may have added the new one
            for (String constraint : constraints) {
                if (!constraint.equals(SignalModelEntity.UNIQUE_NAME)) {
                    statement.executeUpdate("ALTER TABLE SIGNAL_MODEL DROP CONSTRAINT \"" + constraint + "\"");
                }
            }
            if (!constraints.contains(SignalModelEntity.UNIQUE_NAME)) {
                statement.executeUpdate("ALTER TABLE SIGNAL_MODEL ADD CONSTRAINT " + SignalModelEntity.UNIQUE_NAME
                        + " UNIQUE (ANALYSIS_ID, NAME)");
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM SIGNAL_MODEL")) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new DatabaseException("The signal models' names cannot be made unique per search: " + e.getMessage()
                    + "; the upgrade stops and changes nothing.", e);
        }
    }

    /** The tables of a statistical model's rows before schema 7 and their ids, in the order they can be dropped. */
    private static final List<String> MODEL_ROW_TABLES = List.of("MODEL_MODIFIER", "MODEL_SAMPLE", "MODEL_CHANNEL",
            "MODEL_PARAMETER", "MODEL_ID_SEQUENCE");

    private record ParameterRow(String name, String type, long controlCount) {
    }

    private record ChannelRow(long id, String name, String card, String tag, int searchBin, long observed) {
    }

    private record SampleRow(String name, String process, boolean signal, double rate, List<ModifierRow> modifiers) {
    }

    private record ModifierRow(int parameter, double down, double up) {
    }

    /**
     * Schemas 2 to 6 kept a statistical model as a row per parameter, channel, sample and modifier:
     * each search's rows are packed into one row of STATISTICAL_MODEL, as they are (rows that no
     * longer fit together are refused when the model is read, as before, and its digest still
     * checks it), and the tables go.
     *
     * @return how many models were packed
     */
    static int packStatisticalModels(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        int packed = 0;
        try (Statement statement = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO STATISTICAL_MODEL (ANALYSIS_ID, PACKED) VALUES (?, ?)")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s"
                    + " ON t.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = CURRENT SCHEMA")) {
                while (row.next()) {
                    tables.add(row.getString(1));
                }
            }
            // every schema from 2 to 6 has all of them; a missing one fails the upgrade with Derby's message
            if (tables.contains("MODEL_CHANNEL")) {
                List<Long> analyses = new ArrayList<>();
                try (ResultSet row = statement.executeQuery("SELECT DISTINCT ANALYSIS_ID FROM MODEL_CHANNEL")) {
                    while (row.next()) {
                        analyses.add(row.getLong(1));
                    }
                }
                for (long analysis : analyses) {
                    insert.setLong(1, analysis);
                    insert.setBytes(2, packModelRows(connection, analysis));
                    insert.executeUpdate();
                    packed++;
                }
            }
            for (String table : MODEL_ROW_TABLES) {
                if (tables.contains(table)) {
                    statement.executeUpdate("DROP TABLE " + table);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("The statistical models cannot be packed into one row per search: "
                    + e.getMessage() + "; the upgrade stops and changes nothing.", e);
        }
        return packed;
    }

    /** One search's model rows, packed in the order the reads of schemas 2 to 6 gave them. */
    private static byte[] packModelRows(Connection connection, long analysis) throws SQLException {
        String ofAnalysis = " JOIN MODEL_CHANNEL c ON s.CHANNEL_ID = c.ID WHERE c.ANALYSIS_ID = ?";
        Map<Long, List<ModifierRow>> modifiers = new HashMap<>();
        try (ResultSet row = query(connection, "SELECT m.SAMPLE_ID, m.PARAMETERPOSITION, m.FACTORDOWN, m.FACTORUP"
                + " FROM MODEL_MODIFIER m JOIN MODEL_SAMPLE s ON m.SAMPLE_ID = s.ID" + ofAnalysis
                + " ORDER BY m.SAMPLE_ID, m.PARAMETERPOSITION", analysis)) {
            while (row.next()) {
                modifiers.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new ModifierRow(row.getInt(2), row.getDouble(3), row.getDouble(4)));
            }
        }
        Map<Long, List<SampleRow>> samples = new HashMap<>();
        try (ResultSet row = query(connection, "SELECT s.CHANNEL_ID, s.ID, s.NAME, s.PROCESS, s.SIGNALSAMPLE, s.RATE"
                + " FROM MODEL_SAMPLE s" + ofAnalysis + " ORDER BY s.CHANNEL_ID, s.POSITION", analysis)) {
            while (row.next()) {
                samples.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new SampleRow(row.getString(3),
                        row.getString(4), row.getBoolean(5), row.getDouble(6),
                        modifiers.getOrDefault(row.getLong(2), List.of())));
            }
        }
        List<ParameterRow> parameters = new ArrayList<>();
        try (ResultSet row = query(connection, "SELECT NAME, TYPE, CONTROLCOUNT FROM MODEL_PARAMETER"
                + " WHERE ANALYSIS_ID = ? ORDER BY POSITION", analysis)) {
            while (row.next()) {
                parameters.add(new ParameterRow(row.getString(1), row.getString(2), row.getLong(3)));
            }
        }
        var writer = new PackedModel.Writer(parameters.size());
        parameters.forEach(parameter -> writer.parameter(parameter.name(), parameter.type(), parameter.controlCount()));
        List<ChannelRow> channels = new ArrayList<>();
        try (ResultSet row = query(connection, "SELECT ID, NAME, CARD, TAG, SEARCHBIN, OBSERVED FROM MODEL_CHANNEL"
                + " WHERE ANALYSIS_ID = ? ORDER BY POSITION", analysis)) {
            while (row.next()) {
                channels.add(new ChannelRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), row.getLong(6)));
            }
        }
        writer.channels(channels.size());
        for (ChannelRow channel : channels) {
            List<SampleRow> ofChannel = samples.getOrDefault(channel.id(), List.of());
            writer.channel(channel.name(), channel.card(), channel.tag(), channel.searchBin(), channel.observed(),
                    ofChannel.size());
            for (SampleRow sample : ofChannel) {
                writer.sample(sample.name(), sample.process(), sample.signal(), sample.rate(), sample.modifiers().size());
                sample.modifiers().forEach(modifier -> writer.modifier(modifier.parameter(), modifier.down(), modifier.up()));
            }
        }
        return writer.finish();
    }

    private static ResultSet query(Connection connection, String sql, long analysis) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, analysis);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }

    private static int pack(PreparedStatement update, long model, List<SignalYield> yields, boolean whole)
            throws SQLException {
        if (model < 0 || !whole) {
            return 0;
        }
        update.setBytes(1, PackedYields.pack(yields));
        update.setLong(2, model);
        update.addBatch();
        return 1;
    }
}
