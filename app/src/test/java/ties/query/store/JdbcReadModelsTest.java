package ties.query.store;

import org.axonframework.config.ProcessingGroup;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database store on H2 with the application's schema: the contract every store keeps (each call
 * its own transaction), and what it does with the changes of a transaction, which it keeps until the
 * transaction commits.
 */
@DisplayName("Read models in the database: the store's contract, and a transaction's changes written as it commits")
class JdbcReadModelsTest extends ReadModelsContract {

    private static final String URL = "jdbc:h2:mem:read-models;DB_CLOSE_DELAY=-1";
    private static final DriverManagerDataSource DATA_SOURCE = new DriverManagerDataSource(URL, "sa", "");
    private static final JdbcTemplate JDBC = new JdbcTemplate(DATA_SOURCE);
    private static final TransactionTemplate TRANSACTION = new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE));

    private JdbcReadModels database;

    /** The models of this test, as a projection would declare them. */
    @ProcessingGroup("naval-cooperation")
    static final class Models implements Projection {
        @Override
        public List<String> models() {
            return List.of("m", "other");
        }
    }

    @BeforeAll
    static void schema() {
        migrated(DATA_SOURCE, null);
    }

    @BeforeEach
    void emptyStore() {
        JDBC.update("delete from read_model_tag");
        JDBC.update("delete from read_model_row");
        JDBC.update("delete from read_model_generation");
        database = node();
        store = eachCallInItsTransaction(database);
    }

    /** A store as one node of the application has it. */
    private static JdbcReadModels node() {
        return node(JDBC, URL);
    }

    private static JdbcReadModels node(JdbcTemplate jdbc, String url) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("models", new Models());
        return new JdbcReadModels(jdbc, InMemoryReadModels.applicationObjectMapper(),
                new Generations(jdbc, beans.getBeanProvider(Projection.class)), url);
    }

    /** A database of its own with the schema as migration {@code version} left it. */
    private static JdbcTemplate writtenBefore(String version) {
        return new JdbcTemplate(migrated(new DriverManagerDataSource(
                "jdbc:h2:mem:read-models-v" + version + ";DB_CLOSE_DELAY=-1", "sa", ""), version));
    }

    private static DataSource migrated(DataSource dataSource, String version) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2");
        (version == null ? flyway : flyway.target(version)).load().migrate();
        return dataSource;
    }

    private static ReadModels eachCallInItsTransaction(ReadModels store) {
        return (ReadModels) Proxy.newProxyInstance(ReadModels.class.getClassLoader(), new Class<?>[]{ReadModels.class},
                (proxy, method, arguments) -> TRANSACTION.execute(status -> {
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    @Override
    protected int versions(String model, String key) {
        return JDBC.queryForObject("select count(*) from read_model_row where model = ? and record_key = ?", Integer.class,
                model, key);
    }

    @Override
    protected int rowCount(String model) {
        return JDBC.queryForObject("select count(*) from read_model_row where model = ?", Integer.class, model);
    }

    @Test
    @DisplayName("a transaction's own reads see its changes before they are written; the commit writes each version once")
    void reads_see_unwritten_changes() {
        TRANSACTION.executeWithoutResult(status -> {
            database.put("m", "naval-exercises", T1, row("proposed", "1", Set.of("status:PROPOSED")));
            database.put("m", "naval-exercises", T2, row("under discussion", "1", Set.of("status:UNDER_DISCUSSION")));
            database.put("m", "border-patrols", T1, row("proposed", "2", Set.of("status:PROPOSED")));
            database.remove("m", "border-patrols", T2);

            assertThat(rowCount("m")).as("nothing written before the commit").isZero();
            assertThat(database.current("m", "naval-exercises", Doc.class)).contains(new Doc("under discussion"));
            assertThat(database.current("m", "border-patrols", Doc.class)).isEmpty();
            assertThat(database.currentKeysTagged("m", "status:PROPOSED")).isEmpty();
            assertThat(database.currentKeysTagged("m", "status:UNDER_DISCUSSION")).containsExactly("naval-exercises");
            assertThat(database.everStored("m", "border-patrols")).isTrue();
        });

        assertThat(versions("m", "naval-exercises")).isEqualTo(2);
        assertThat(versions("m", "border-patrols")).isEqualTo(1);
        assertThat(store.asOf("m", "naval-exercises", T1, Doc.class)).contains(new Doc("proposed"));
        assertThat(store.asOf("m", "border-patrols", T1, Doc.class)).contains(new Doc("proposed"));
        assertThat(store.current("m", "border-patrols", Doc.class)).isEmpty();
        assertThat(store.currentKeysTagged("m", "status:UNDER_DISCUSSION")).containsExactly("naval-exercises");
    }

    @Test
    @DisplayName("a query in a transaction writes its changes first; later changes close what was written")
    void queries_write_first() {
        store.put("m", "naval-exercises", T1, row("proposed", "1", Set.of("status:PROPOSED")));

        TRANSACTION.executeWithoutResult(status -> {
            database.put("m", "naval-exercises", T2, row("agreed", "1", Set.of("status:AGREED")));
            assertThat(database.currentKeysTagged("m", "status:PROPOSED")).as("written earlier, changed now").isEmpty();
            assertThat(database.find(RowQuery.all("m", 10).withTags(List.of("status:AGREED")), Doc.class))
                    .extracting(ReadModels.Found::document).containsExactly(new Doc("agreed"));
            database.put("m", "naval-exercises", T3, row("implementing", "1", Set.of("status:IMPLEMENTING")));
        });

        assertThat(versions("m", "naval-exercises")).isEqualTo(3);
        assertThat(store.asOf("m", "naval-exercises", T2, Doc.class)).contains(new Doc("agreed"));
        assertThat(store.currentKeysTagged("m", "status:AGREED")).isEmpty();
        assertThat(store.currentKeysTagged("m", "status:IMPLEMENTING")).containsExactly("naval-exercises");
    }

    @Test
    @DisplayName("a transaction rolled back leaves nothing behind")
    void rollback() {
        TRANSACTION.executeWithoutResult(status -> {
            database.put("m", "naval-exercises", T1, row("proposed", "1", Set.of("status:PROPOSED")));
            database.find(RowQuery.all("m", 10), Doc.class);
            status.setRollbackOnly();
        });

        assertThat(rowCount("m")).isZero();
        assertThat(store.everStored("m", "naval-exercises")).isFalse();
        assertThat(JDBC.queryForObject("select count(*) from read_model_tag", Integer.class)).isZero();
    }

    @Test
    @DisplayName("a refused value fails its transaction, and nothing of that transaction is written")
    void refused_value() {
        assertThatThrownBy(() -> TRANSACTION.executeWithoutResult(status -> {
            database.put("m", "naval-exercises", T1, row("proposed", "1", Set.of()));
            database.put("m", "border-patrols", T1, row("proposed", "x".repeat(401), Set.of()));
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(rowCount("m")).isZero();
    }

    @Test
    @DisplayName("two transactions replacing the same version: the one committing second fails and writes nothing")
    void concurrent_replacement() {
        store.put("m", "naval-exercises", T1, row("proposed", "1", Set.of("status:PROPOSED")));
        TransactionTemplate separate = new TransactionTemplate(TRANSACTION.getTransactionManager());
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> TRANSACTION.executeWithoutResult(status -> {
            database.put("m", "naval-exercises", T2, row("agreed", "1", Set.of("status:AGREED")));
            separate.executeWithoutResult(inner ->
                    database.put("m", "naval-exercises", T2, row("stalled", "1", Set.of("status:STALLED"))));
        })).isInstanceOf(ConcurrencyFailureException.class);

        assertThat(store.current("m", "naval-exercises", Doc.class)).contains(new Doc("stalled"));
        assertThat(versions("m", "naval-exercises")).isEqualTo(2);
        assertThat(store.currentKeysTagged("m", "status:AGREED")).isEmpty();
    }

    @Test
    @DisplayName("a rebuild switched the serving generation elsewhere: a processor's next transaction writes the new one, "
            + "whatever queries have cached")
    void writers_follow_a_switch_at_once() {
        store.put("m", "naval-exercises", T1, row("proposed", "1", Set.of("status:PROPOSED")));
        assertThat(database.current("m", "naval-exercises", Doc.class)).as("a query, which caches generation 0")
                .contains(new Doc("proposed"));

        JDBC.update("insert into read_model_generation (processing_group, serving) values ('naval-cooperation', 1)");
        store.put("m", "border-patrols", T2, row("proposed", "2", Set.of("status:PROPOSED")));

        assertThat(rowCount("m~1")).isEqualTo(1);
        assertThat(versions("m", "border-patrols")).as("nothing written to the replaced generation").isZero();
    }

    @Test
    @DisplayName("row ids come in blocks of the sequence's increment, so two nodes never share one, even when it is "
            + "lowered while they run")
    void row_ids_follow_the_sequence_increment() {
        ReadModels thisNode = eachCallInItsTransaction(node());
        ReadModels otherNode = eachCallInItsTransaction(node());
        thisNode.put("m", "joint-naval-exercises", T1, row("proposed", "0", Set.of()));
        JDBC.update("alter sequence read_model_row_seq increment by 1");
        try {
            // This node goes on with the block it took before, then takes blocks of one like the other node.
            for (int i = 0; i < 55; i++) {
                otherNode.put("m", "intelligence-sharing-" + i, T1, row("proposed", "2", Set.of()));
                thisNode.put("m", "joint-border-patrols-" + i, T1, row("proposed", "1", Set.of()));
            }
            assertThat(rowCount("m")).isEqualTo(111);
        } finally {
            // Raised again, the next block would reach back over the ids handed out one by one: the rows go first.
            JDBC.update("delete from read_model_row");
            JDBC.update("alter sequence read_model_row_seq increment by 50");
        }
    }
    @Test
    @DisplayName("a version keeps its tags on its row and one tag-index entry per tag; put again with the same tags it "
            + "is not versioned again, with other tags it is")
    void tags_kept_on_the_row() {
        store.put("m", "naval-exercises", T1, row("proposed", "1", Set.of("status:PROPOSED", "party:PK", "party:IR")));
        store.put("m", "naval-exercises", T2, row("proposed", "1", Set.of("party:IR", "party:PK", "status:PROPOSED")));

        assertThat(JDBC.queryForList("select tags from read_model_row where model = 'm'", String.class))
                .containsExactly("party:IR\nparty:PK\nstatus:PROPOSED");
        assertThat(JDBC.queryForList("select tag from read_model_tag order by tag", String.class))
                .containsExactly("party:IR", "party:PK", "status:PROPOSED");
        assertThat(versions("m", "naval-exercises")).isEqualTo(1);

        store.put("m", "naval-exercises", T3, row("proposed", "1", Set.of("party:IR", "party:PK", "status:STALLED")));
        assertThat(versions("m", "naval-exercises")).isEqualTo(2);
        assertThat(store.currentKeysTagged("m", "status:STALLED")).containsExactly("naval-exercises");
        assertThat(store.currentKeysTagged("m", "status:PROPOSED")).isEmpty();
    }

    @Test
    @DisplayName("a tag that is empty or spans lines is refused when put, and nothing is stored")
    void tags_are_single_lines() {
        assertThatThrownBy(() -> store.put("m", "naval-exercises", T1, row("proposed", "1", Set.of("party:IR\nparty:PK"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
        assertThatThrownBy(() -> store.put("m", "naval-exercises", T1, row("proposed", "1", Set.of(""))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(rowCount("m")).isZero();
    }

    @Test
    @DisplayName("clearing a model larger than one chunk deletes each of its versions and tag entries, and nothing of "
            + "another model")
    void clearing_a_large_model() {
        TRANSACTION.executeWithoutResult(status -> {
            for (int i = 0; i < 2_345; i++) {
                database.put("m", "naval-exercises-" + i, T1, row("proposed", "%05d".formatted(i), Set.of("party:IR", "edition:" + i)));
            }
            database.put("other", "border-patrols", T1, row("proposed", "1", Set.of("party:IR")));
        });
        TRANSACTION.executeWithoutResult(status -> database.put("m", "naval-exercises-7", T2, row("agreed", "00007", Set.of())));
        assertThat(rowCount("m")).isEqualTo(2_346);
        assertThat(JDBC.queryForObject("select count(*) from read_model_tag", Integer.class)).isEqualTo(4_691);

        store.clear(List.of("m"));

        assertThat(rowCount("m")).isZero();
        assertThat(rowCount("other")).isEqualTo(1);
        assertThat(JDBC.queryForList("select tag from read_model_tag", String.class)).containsExactly("party:IR");
        assertThat(store.currentKeysTagged("other", "party:IR")).containsExactly("border-patrols");
    }

    @Test
    @DisplayName("a store written before tags moved onto the rows (migration V8) keeps every version's tags")
    void tags_of_a_store_written_before_v8() {
        JdbcTemplate v7 = writtenBefore("7");
        v7.update("insert into read_model_row (row_id, model, record_key, valid_from, sort_key, document) values "
                + "(1, 'initiative', 'naval-exercises', timestamp with time zone '2025-01-16 09:00:00Z', '1', '{}'), "
                + "(2, 'initiative', 'border-patrols', timestamp with time zone '2025-01-16 09:00:00Z', '2', '{}')");
        v7.update("insert into read_model_tag (row_id, tag) values (1, 'status:PROPOSED'), (1, 'party:PK'), (1, 'party:IR')");

        migrated(v7.getDataSource(), null);

        assertThat(v7.queryForList("select tags from read_model_row order by row_id", String.class))
                .containsExactly("party:IR\nparty:PK\nstatus:PROPOSED", null);
        assertThat(v7.queryForList("select row_id from read_model_tag where tag = 'party:PK'", Long.class)).containsExactly(1L);
    }

    @Test
    @DisplayName("versions written as text before documents were packed (migration V9) still read; the next version is packed")
    void documents_of_a_store_written_before_v9() {
        JdbcTemplate v8 = writtenBefore("8");
        v8.update("insert into read_model_row (row_id, model, record_key, valid_from, sort_key, document, tags) values "
                + "(1000, 'm', 'naval-exercises', timestamp with time zone '2025-01-16 09:00:00Z', '1', '{\"text\":\"proposed\"}', "
                + "'status:PROPOSED')");

        migrated(v8.getDataSource(), null);
        JdbcReadModels upgraded = node(v8, "jdbc:h2:mem:read-models-v8");

        assertThat(upgraded.current("m", "naval-exercises", Doc.class)).contains(new Doc("proposed"));
        assertThat(upgraded.find(RowQuery.all("m", 10), Doc.class)).extracting(ReadModels.Found::document)
                .containsExactly(new Doc("proposed"));
        upgraded.put("m", "naval-exercises", T2, row("agreed", "1", Set.of("status:AGREED")));

        assertThat(upgraded.asOf("m", "naval-exercises", T1, Doc.class)).contains(new Doc("proposed"));
        assertThat(upgraded.current("m", "naval-exercises", Doc.class)).contains(new Doc("agreed"));
        assertThat(v8.queryForList("select document is null and packed is not null from read_model_row order by valid_from",
                Boolean.class)).containsExactly(false, true);
        assertThatThrownBy(() -> v8.update("update read_model_row set document = '{}' where row_id <> 1000"))
                .as("a row holds its document once").hasMessageContaining("READ_MODEL_ROW_ONE_DOCUMENT");
    }
}
