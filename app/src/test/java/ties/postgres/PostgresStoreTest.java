package ties.postgres;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ties.Api;
import ties.Api.Answer;
import ties.app.integrity.Checkpointer;
import ties.app.storage.TiesPostgresDialect;
import ties.integrity.TamperEvidence;
import ties.query.AsOfJourney;
import ties.query.RebuildJourney;
import ties.query.store.ReadModels;
import ties.query.store.RowContent;
import ties.query.store.RowQuery;
import ties.storage.CollidingAppends;
import ties.storage.RevisionOneStatement;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;
import static ties.SeedJson.status;

/**
 * The service on PostgreSQL (profile {@code postgres}): Flyway's schema, Axon's event and token
 * storage as readable {@code bytea}, a gapless global index across a restart, the read models, and
 * tamper evidence (the steps of {@link TamperEvidence}, shared with the H2 test).
 *
 * <p>Runs whenever PostgreSQL answers at {@code TIES_TEST_DB_URL} (default the local server;
 * {@code TIES_TEST_DB_USER}, {@code TIES_TEST_DB_PASSWORD}); otherwise every test is reported
 * skipped with the reason. CI fails when this class was skipped (see {@code .ci/run}).
 *
 * <p>Each run gets a schema of its own ({@code ties_test_<random>}), created here and dropped at the
 * end. Three short-lived applications share it one after another: the whole service, then a
 * restart split into a command node and a query node (profiles {@code postgres,command} and
 * {@code postgres,query}).
 */
@ExtendWith(PostgresStoreTest.RequiresPostgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("PostgreSQL store: Flyway schema, bytea events, gapless global index, read models, tamper evidence")
class PostgresStoreTest {

    static final String URL = PostgresAvailability.url();
    static final String USER = PostgresAvailability.user();
    static final String PASSWORD = PostgresAvailability.password();

    /** Axon's JPA tables: every binary column in them must be bytea. */
    static final List<String> AXON_TABLES = List.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "saga_entry", "association_value_entry", "dead_letter_entry");

    static final List<String> ALL_TABLES = List.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "saga_entry", "association_value_entry", "dead_letter_entry", "record_directory", "actor_name",
            "read_model_row", "read_model_tag", "read_model_generation", "processing_node", "event_seal",
            "integrity_checkpoint", "flyway_schema_history");

    /** Ties's own binary columns: the hash chain's (docs/integrity.md). */
    static final List<String> INTEGRITY_TABLES = List.of("event_seal", "integrity_checkpoint");

    static final String EDITOR = "editor";

    final String schema = "ties_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String schemaUrl;
    long largeObjectsBefore;

    ConfigurableApplicationContext app;
    Api api;
    long lastPosition;

    /** Skips the whole class, saying why, when no PostgreSQL answers at {@link #URL}. */
    static class RequiresPostgres implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (Connection connection = connect(URL)) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
            } catch (SQLException e) {
                return ConditionEvaluationResult.disabled("PostgreSQL suite skipped: no PostgreSQL at " + URL
                        + " as " + USER + " (" + e.getMessage() + "); set TIES_TEST_DB_URL, TIES_TEST_DB_USER, "
                        + "TIES_TEST_DB_PASSWORD");
            }
        }
    }

    @BeforeAll
    void createSchema() throws SQLException {
        try (Connection connection = connect(URL)) {
            exec(connection, "create schema " + schema);
            largeObjectsBefore = count(connection, "select count(*) from pg_largeobject_metadata");
        }
        schemaUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        app = start("postgres");
        api = new Api(port(app), EDITOR);
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (app != null) {
            app.close();
        }
        if (schemaUrl != null) {
            try (Connection connection = connect(URL)) {
                exec(connection, "drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    @Order(1)
    void flyway_creates_the_schema_and_hibernate_validates_it() throws SQLException {
        Flyway flyway = app.getBean(Flyway.class);
        assertThat(flyway.info().applied()).extracting(migration -> migration.getVersion().getVersion())
                .containsExactly("1", "2", "4", "5", "6", "7", "8", "9");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.getConfiguration().getLocations()).extracting(Object::toString)
                .containsExactly("classpath:db/migration/postgresql");

        SessionFactoryImplementor hibernate = app.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class);
        assertThat(hibernate.getProperties().get("hibernate.hbm2ddl.auto")).isEqualTo("validate");
        assertThat(hibernate.getJdbcServices().getDialect()).isInstanceOf(TiesPostgresDialect.class);

        try (Connection connection = connect(schemaUrl)) {
            assertThat(strings(connection, "select table_name from information_schema.tables where table_schema = '"
                    + schema + "'")).containsExactlyInAnyOrderElementsOf(ALL_TABLES);
            assertThat(strings(connection, "select indexname from pg_indexes where schemaname = '" + schema + "'"))
                    .contains("domain_event_entry_pk", "domain_event_entry_aggregate_uk", "domain_event_entry_event_uk",
                            "token_entry_pk", "read_model_row_current", "read_model_row_current_key", "read_model_row_order", "read_model_row_history", "read_model_tag_pk",
                            "actor_name_by_name");
            assertThat(strings(connection, "select sequence_name || ' +' || increment from information_schema.sequences "
                    + "where sequence_schema = '" + schema + "'"))
                    .containsExactlyInAnyOrder("domain_event_entry_seq +1", "read_model_row_seq +50",
                            "association_value_entry_seq +50");
        }
    }

    @Test
    @Order(2)
    void commands_land_as_events_whose_payload_and_metadata_plain_sql_can_read() throws SQLException {
        record("1");

        try (Connection connection = connect(schemaUrl)) {
            assertThat(count(connection, "select count(*) from domain_event_entry")).isGreaterThanOrEqualTo(3);
            assertThat(strings(connection, "select pg_typeof(payload)::text || ',' || pg_typeof(meta_data)::text "
                    + "from domain_event_entry")).containsOnly("bytea,bytea");
            assertThat(strings(connection, "select convert_from(payload, 'UTF8') from domain_event_entry"))
                    .allSatisfy(json -> assertThat(json).startsWith("{"))
                    .anySatisfy(json -> assertThat(json).contains("\"Mohammad Hossein Bagheri 1\""))
                    .anySatisfy(json -> assertThat(json).contains("\"Joint naval exercises 1\""))
                    .anySatisfy(json -> assertThat(json).contains("UNDER_DISCUSSION"));
            assertThat(strings(connection, "select convert_from(meta_data, 'UTF8') from domain_event_entry"))
                    .allSatisfy(json -> assertThat(json).startsWith("{").contains(EDITOR));
        }
    }

    @Test
    @Order(3)
    void the_read_models_fill_from_the_postgresql_event_store() {
        Answer board = api.get("/api/initiatives?limit=500&minPosition=" + lastPosition);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body().path("initiatives").findValuesAsText("initiativeId")).contains("pg-naval-exercises-1");
        assertThat(board.body().path("initiatives").get(0).path("status").asText()).isEqualTo("UNDER_DISCUSSION");

        Answer timeline = api.get("/api/timeline?initiative=pg-naval-exercises-1&minPosition=" + lastPosition);
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body().path("developments")).isNotEmpty();
        assertThat(timeline.body().path("developments").findValuesAsText("recordedBy")).containsOnly(EDITOR);
    }

    @Test
    @Order(3)
    void the_current_version_of_a_document_and_the_keys_of_a_tag_are_found_through_indexes_without_statistics() throws SQLException {
        // This schema was never analyzed (as on a PostgreSQL with autovacuum off): the planner has no
        // statistics, and must still not walk every current row of the model to find one document.
        try (Connection connection = connect(schemaUrl)) {
            assertThat(String.join("\n", strings(connection, "explain select r.row_id from read_model_row r "
                    + "where r.model = 'initiative' and r.record_key = 'pg-naval-exercises-1' and r.valid_to is null")))
                    .contains("read_model_row_current_key");
            // Keys by tag (JdbcReadModels.currentKeysTagged): from the tag's rows, not every current row of the model.
            assertThat(String.join("\n", strings(connection, "explain select r.record_key, r.model, r.valid_to is null "
                    + "from read_model_row r where r.row_id = any(array(select t.row_id from read_model_tag t "
                    + "where t.tag = 'party:IR'))")))
                    .contains("read_model_tag_pk").doesNotContain("read_model_row_order", "read_model_row_current_key");
        }
    }

    @Test
    @Order(3)
    void plans_cached_while_the_tables_were_nearly_empty_still_reach_rows_through_an_index_on_their_keys()
            throws SQLException {
        // Pooled connections cache a generic plan per statement after a few executions and keep it as the
        // tables grow (no statistics here: autovacuum may be off). This schema held a handful of rows when
        // they did, so a plan that scans a table or walks an index past its key would be kept for the
        // connection's life.
        for (int i = 0; i < 6; i++) {
            record("plan-" + i);
        }
        Map<String, String> plans = cachedGenericPlans(app.getBean(DataSource.class));

        // Not vacuous: the hot path of a command and of its projections is among them.
        assertThat(plans.keySet()).anySatisfy(sql -> assertThat(sql).contains("from read_model_row r where r.model = $1 and r.record_key = $2 and r.valid_to is null"))
                .anySatisfy(sql -> assertThat(sql).startsWith("insert into read_model_row"))
                .anySatisfy(sql -> assertThat(sql).contains("from domain_event_entry where global_index > $1"));
        plans.forEach((sql, plan) -> assertThat(plan).as(sql)
                .doesNotContain("Seq Scan on domain_event_entry", "Seq Scan on read_model_row", "Seq Scan on read_model_tag",
                        "Seq Scan on event_seal", "Seq Scan on record_directory", "Seq Scan on actor_name")
                .doesNotContainPattern("Filter: .*record_key"));
    }

    @Test
    @Order(3)
    void statements_whose_index_depends_on_their_values_are_planned_for_each_call() {
        ReadModels store = app.getBean(ReadModels.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<String> prepared = new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(status -> {
            for (int i = 0; i < 12; i++) {
                String key = "pg-naval-exercises-" + i;
                store.current("initiative", key, Map.class);
                store.everStored("initiative", key + "-absent");
                store.currentKeysTagged("initiative", "series:" + key);
                store.asOf("initiative", key, Instant.now(), Map.class);
                store.find(RowQuery.all("initiative", 10).withTags(List.of("series:" + key)), Map.class);
                store.find(RowQuery.all("initiative", 10).withCategories(List.of("party:IR")), Map.class);
                store.find(RowQuery.all("initiative", 10).withTags(List.of("series:" + key)).asOf(Instant.now()), Map.class);
            }
            // As-of pages switch sorting and bitmap scans off for themselves alone (PlannedPerCall.inIndexOrder).
            assertThat(jdbc.queryForList("select setting from pg_settings where name in ('enable_sort', 'enable_bitmapscan')",
                    String.class)).as("the planner's settings after as-of pages").containsExactly("on", "on");
            // This transaction's connection: what its session keeps prepared.
            return jdbc.queryForList("select statement from pg_prepared_statements where not from_sql", String.class);
        });
        assertThat(prepared).as("statements prepared on the connection")
                .anySatisfy(sql -> assertThat(sql).contains("r.model = $1 and r.record_key = $2 and r.valid_to is null"))
                .noneSatisfy(sql -> assertThat(sql).contains("select 1 from read_model_row"))
                .noneSatisfy(sql -> assertThat(sql).contains("from read_model_tag t where t.tag"))
                .noneSatisfy(sql -> assertThat(sql).contains("concat(chr(10), r.tags, chr(10))"))
                .noneSatisfy(sql -> assertThat(sql).contains("valid_from <="));
    }

    @Test
    @Order(3)
    void categories_are_matched_on_the_row_exactly_and_only_tags_are_indexed() {
        ReadModels store = app.getBean(ReadModels.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            Instant at = Instant.now();
            store.put("initiative", "pg-coastguard-patrols", at, new RowContent(Map.of("title", "Coastguard patrols"),
                    "pg-categories-1", Set.of("record:pg-coastguard-patrols"), Set.of("party:MV", "party:LK", "status:PROPOSED"),
                    null, null, null, null));
            store.put("initiative", "pg-hydrographic-survey", at, new RowContent(Map.of("title", "Hydrographic survey"),
                    "pg-categories-2", Set.of("record:pg-hydrographic-survey"), Set.of("party:LK", "status:AGREED"),
                    null, null, null, null));
            RowQuery all = RowQuery.all("initiative", 10);

            assertThat(keys(store, all.withCategories(List.of("party:LK"))))
                    .containsExactly("pg-coastguard-patrols", "pg-hydrographic-survey");
            assertThat(keys(store, all.withCategories(List.of("party:LK", "status:AGREED")))).containsExactly("pg-hydrographic-survey");
            assertThat(keys(store, all.withCategories(List.of("party:LK")).asOf(Instant.now()))).hasSize(2);
            assertThat(keys(store, all.withCategories(List.of("party:L")))).as("a whole line, not a prefix").isEmpty();
            assertThat(keys(store, all.withCategories(List.of("party:_K")))).as("no wildcard").isEmpty();
            assertThat(keys(store, all.withTags(List.of("record:pg-coastguard-patrols")).withCategories(List.of("party:MV"))))
                    .containsExactly("pg-coastguard-patrols");
            assertThat(jdbc.queryForList("select t.tag from read_model_tag t join read_model_row r on r.row_id = t.row_id "
                    + "where r.record_key like 'pg-%' order by t.tag", String.class))
                    .containsExactly("record:pg-coastguard-patrols", "record:pg-hydrographic-survey");
            status.setRollbackOnly();
        });
    }

    private static List<String> keys(ReadModels store, RowQuery query) {
        return store.find(query, Map.class).stream().map(ReadModels.Found::key).toList();
    }

    @Test
    @Order(4)
    void an_auditor_sees_the_board_initiative_and_timeline_as_they_stood_before_a_change() throws Exception {
        new AsOfJourney(port(app), "pg").theDashboardsAsTheyStoodBeforeAChange();
    }

    @Test
    @Order(4)
    void the_board_rebuilt_while_editors_write_and_dashboards_read_never_fails_or_goes_backwards() throws Exception {
        new RebuildJourney(port(app), "pg").rebuildWhileInUse(new JdbcTemplate(app.getBean(DataSource.class)));
    }

    @Test
    @Order(5)
    void a_failed_rebuild_leaves_the_serving_generation_answering() throws Exception {
        new RebuildJourney(port(app), "pg-failing").failedRebuildLeavesTheServingGeneration(
                new JdbcTemplate(app.getBean(DataSource.class)));
    }

    @Test
    @Order(6)
    void verification_names_the_first_broken_link_and_exports_verify_offline(@TempDir Path folder) throws Exception {
        new TamperEvidence(port(app), () -> connect(schemaUrl),
                () -> app.getBean(Checkpointer.class).checkpoint(Instant.now()),
                List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + schemaUrl,
                        "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD))
                .run("pg", folder);
    }

    @Test
    @Order(7)
    void a_statement_stored_before_statements_had_a_language_reads_through_the_upcaster() throws Exception {
        new RevisionOneStatement(port(app), new JdbcTemplate(app.getBean(DataSource.class)), app.getBean(EventStore.class),
                "select nextval('domain_event_entry_seq')").readsAndCorrects();
    }

    @Test
    @Order(8)
    void the_global_index_has_no_gaps_across_a_restart_split_into_command_and_query_nodes() throws SQLException {
        long before = maxGlobalIndex();
        app.close();
        app = null;

        ConfigurableApplicationContext commandNode = start("postgres", "command");
        ConfigurableApplicationContext queryNode = null;
        try {
            queryNode = start("postgres", "query");
            api = new Api(port(commandNode), EDITOR);
            record("2");
            assertThat(maxGlobalIndex()).isGreaterThan(before);

            try (Connection connection = connect(schemaUrl)) {
                List<Long> indexes = longs(connection, "select global_index from domain_event_entry order by global_index");
                assertThat(indexes).containsExactlyElementsOf(LongStream.rangeClosed(1, indexes.size()).boxed().toList());
            }

            // The query node resumes from the tokens the first application stored (bytea, read back).
            Api reader = new Api(port(queryNode), EDITOR);
            Answer board = reader.get("/api/initiatives?limit=500&minPosition=" + lastPosition);
            assertThat(board.status()).isEqualTo(200);
            assertThat(board.body().path("initiatives").findValuesAsText("initiativeId"))
                    .contains("pg-naval-exercises-1", "pg-naval-exercises-2");
            Answer timeline = reader.get("/api/timeline?initiative=pg-naval-exercises-2&minPosition=" + lastPosition);
            assertThat(timeline.body().path("developments")).isNotEmpty();
            // The command node runs no read model: it has no query API.
            assertThat(api.get("/api/timeline").status()).isEqualTo(404);
        } finally {
            if (queryNode != null) {
                queryNode.close();
            }
            commandNode.close();
        }
    }

    /** Last: a refused append leaves a gap in the global index, as any rolled-back transaction does. */
    @Test
    @Order(10)
    void an_append_colliding_with_a_stored_event_is_a_conflict_and_stores_nothing() {
        try (ConfigurableApplicationContext commandNode = start("postgres", "command")) {
            CollidingAppends.areRefusedWhole(new Api(port(commandNode), EDITOR), "pg-taken-asim-munir",
                    commandNode.getBean(EventStorageEngine.class), commandNode.getBean(TransactionTemplate.class),
                    commandNode.getBean(JdbcTemplate.class));
        }
    }

    @Test
    @Order(9)
    void axon_tables_hold_bytea_and_no_large_objects() throws SQLException {
        try (Connection connection = connect(schemaUrl)) {
            assertThat(strings(connection, "select table_name || '.' || column_name from information_schema.columns "
                    + "where table_schema = '" + schema + "' and data_type = 'oid'")).isEmpty();
            assertThat(strings(connection, "select table_name || '.' || column_name from information_schema.columns "
                    + "where table_schema = '" + schema + "' and data_type = 'bytea'"))
                    .containsExactlyInAnyOrder("domain_event_entry.payload", "domain_event_entry.meta_data",
                            "snapshot_event_entry.payload", "snapshot_event_entry.meta_data", "token_entry.token",
                            "saga_entry.serialized_saga", "dead_letter_entry.payload", "dead_letter_entry.meta_data",
                            "dead_letter_entry.token", "dead_letter_entry.diagnostics", "event_seal.previous_hash",
                            "event_seal.hash", "integrity_checkpoint.previous_hash", "integrity_checkpoint.hash",
                            "read_model_row.packed");
            assertThat(strings(connection, "select distinct table_name from information_schema.columns "
                    + "where table_schema = '" + schema + "' and data_type = 'bytea'"))
                    .allSatisfy(table -> assertThat(table).isIn(Stream.concat(Stream.concat(AXON_TABLES.stream(),
                            INTEGRITY_TABLES.stream()), Stream.of("read_model_row")).toList()));

            // Tokens were written and rewritten by both applications: still plain bytes.
            assertThat(strings(connection, "select convert_from(token, 'UTF8') from token_entry where token is not null"))
                    .isNotEmpty().allSatisfy(token -> assertThat(token).startsWith("{"));
            assertThat(count(connection, "select count(*) from pg_largeobject_metadata")).isEqualTo(largeObjectsBefore);
        }
    }

    /** Registers an actor, proposes an initiative and moves it on: three commands, each an event. */
    private void record(String suffix) {
        String actor = "pg-bagheri-" + suffix;
        assertThat(api.put("/api/actors/" + actor, person("Mohammad Hossein Bagheri " + suffix, "IR")).status())
                .isEqualTo(201);
        String initiative = "pg-naval-exercises-" + suffix;
        assertThat(api.put("/api/initiatives/" + initiative,
                initiative("Joint naval exercises " + suffix, "JOINT_EXERCISE", actor, "recently")).status())
                .isEqualTo(201);
        Answer moved = api.post("/api/initiatives/" + initiative + "/status", status("UNDER_DISCUSSION", "recently"));
        assertThat(moved.status()).isEqualTo(200);
        lastPosition = moved.body().path("position").asLong();
    }

    /**
     * The plan of every statement a pooled connection runs from its cached generic plan, by statement:
     * from as many connections as the pool hands out within its timeout (a processor may hold the rest).
     */
    private static Map<String, String> cachedGenericPlans(DataSource pool) throws SQLException {
        Map<String, String> plans = new TreeMap<>();
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < pool.unwrap(HikariDataSource.class).getMaximumPoolSize(); i++) {
                borrowed.add(pool.getConnection());
            }
        } catch (SQLTransientConnectionException busy) {
            // The connections borrowed so far are checked.
        }
        try {
            for (Connection connection : borrowed) {
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                        "select name, statement, cardinality(parameter_types) from pg_prepared_statements "
                                + "where not from_sql and generic_plans > 0")) {
                    while (rows.next()) {
                        String nulls = String.join(", ", Collections.nCopies(rows.getInt(3), "null"));
                        plans.put(rows.getString(2), String.join("\n", strings(connection,
                                "explain execute \"" + rows.getString(1) + "\"" + (nulls.isEmpty() ? "" : "(" + nulls + ")"))));
                    }
                }
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        return plans;
    }

    private ConfigurableApplicationContext start(String... profiles) {
        return PostgresAvailability.startService(schemaUrl, List.of(), profiles);
    }

    private long maxGlobalIndex() throws SQLException {
        try (Connection connection = connect(schemaUrl)) {
            return count(connection, "select coalesce(max(global_index), 0) from domain_event_entry");
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        List<Long> values = longs(connection, sql);
        return values.get(0);
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
