package ties.query.store;

import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

/**
 * Which generation of each read model is read and written. Queries and the live processors use the
 * serving generation of the model's processing group; a rebuild's handlers write the generation it
 * builds ({@link #building}). For queries the serving generations are cached for a second: a switch
 * made on another node is seen that late, and the generation it replaced is kept for longer than that.
 * Writers read them in their own transaction instead ({@link #readServing}), since a live processor
 * that took over a segment just after a switch must not write the generation being dropped.
 */
@Component
public class Generations {

    private static final int DROP_CHUNK = 1000;

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);
    private static final ThreadLocal<Integer> BUILDING = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final ObjectProvider<Projection> projections;
    private volatile Map<String, String> groupOfModel;
    /** Null until first read. */
    private volatile Map<String, Integer> serving;
    private volatile long servingReadAt;

    Generations(JdbcTemplate jdbc, ObjectProvider<Projection> projections) {
        this.jdbc = jdbc;
        this.projections = projections;
    }

    /** The name under which a generation of a model is stored. */
    private static String stored(String model, int generation) {
        return generation == 0 ? model : model + "~" + generation;
    }

    /** Runs a rebuild's handler: whatever it reads and writes is that generation of its models. */
    public static <T> T building(int generation, Callable<T> handler) throws Exception {
        BUILDING.set(generation);
        try {
            return handler.call();
        } finally {
            BUILDING.remove();
        }
    }

    /** Whether the model versions written now are the ones queries see (not a rebuild's). */
    boolean writingServing() {
        return BUILDING.get() == null;
    }

    /** The stored name of the model generation to use now, with the serving generations as cached. */
    String stored(String model) {
        return stored(model, this::serving);
    }

    /** The stored name of the model generation to use now, with the serving generation per group given. */
    String stored(String model, ToIntFunction<String> servingOfGroup) {
        Integer building = BUILDING.get();
        return stored(model, building != null ? building : servingOfGroup.applyAsInt(groupOf(model)));
    }

    /** The generation of a processing group's read models that queries see. */
    public int serving(String processingGroup) {
        if (stale()) {
            synchronized (this) {
                // One of the queries that found the cache stale reads it again; the others then use that.
                if (stale()) {
                    refresh();
                }
            }
        }
        return serving.getOrDefault(processingGroup, 0);
    }

    private boolean stale() {
        return serving == null || System.nanoTime() - servingReadAt > FRESH_FOR.toNanos();
    }

    /**
     * Reads the serving generations again, at once: after this node switched one. Synchronized so that
     * a query's refresh that read before the switch committed cannot install its answer after this one.
     */
    public synchronized void refresh() {
        serving = readServing();
        servingReadAt = System.nanoTime();
    }

    /** The serving generation of each processing group, as the database holds it now. */
    Map<String, Integer> readServing() {
        Map<String, Integer> read = new HashMap<>();
        jdbc.query("select processing_group, serving from read_model_generation",
                row -> {
                    read.put(row.getString(1), row.getInt(2));
                });
        return Map.copyOf(read);
    }

    /**
     * Claims the next generation of a processing group for a rebuild by {@code node}: empty while
     * another rebuild holds a claim it renewed after {@code staleBefore}.
     */
    public OptionalInt claim(String processingGroup, String node, Instant staleBefore) {
        try {
            jdbc.update("insert into read_model_generation (processing_group, serving) values (?, 0)", processingGroup);
        } catch (DuplicateKeyException known) {
            // the usual case: the group has been rebuilt before
        }
        Map<String, Object> row = jdbc.queryForMap("select serving, building from read_model_generation "
                + "where processing_group = ?", processingGroup);
        int serving = ((Number) row.get("serving")).intValue();
        Number building = (Number) row.get("building");
        int next = Math.max(serving, building == null ? 0 : building.intValue()) + 1;
        int claimed = jdbc.update("update read_model_generation set building = ?, building_node = ?, building_seen = ? "
                        + "where processing_group = ? and (building is null or (building = ? and building_seen < ?))",
                next, node, utc(Instant.now()), processingGroup, building == null ? -1 : building.intValue(), utc(staleBefore));
        return claimed == 1 ? OptionalInt.of(next) : OptionalInt.empty();
    }

    /** Says that the rebuild holding a claim is still at work. */
    public void renew(String processingGroup, int generation) {
        jdbc.update("update read_model_generation set building_seen = ? where processing_group = ? and building = ?",
                utc(Instant.now()), processingGroup, generation);
    }

    /**
     * Makes a built generation the serving one, in the caller's transaction.
     *
     * @return false if the rebuild's claim was lost (taken over as stale), in which case nothing changed
     */
    public boolean serve(String processingGroup, int generation) {
        return jdbc.update("update read_model_generation set serving = ?, building = null, building_node = null, "
                + "building_seen = null where processing_group = ? and building = ?", generation, processingGroup, generation) == 1;
    }

    /** Gives up a rebuild's claim. */
    public void release(String processingGroup, int generation) {
        jdbc.update("update read_model_generation set building = null, building_node = null, building_seen = null "
                + "where processing_group = ? and building = ?", processingGroup, generation);
    }

    /**
     * Deletes every version of the stored models named: a generation no longer served, or never finished.
     * A thousand versions at a time, each with the tags its row names (read_model_tag is keyed by tag),
     * so that memory stays bounded however large the generation.
     */
    public void drop(Collection<String> storedModels) {
        for (String model : storedModels) {
            List<Long> rows;
            do {
                List<Object[]> tags = new ArrayList<>();
                rows = jdbc.query("select row_id, tags from read_model_row where model = ? limit " + DROP_CHUNK, (row, n) -> {
                    long rowId = row.getLong("row_id");
                    RowTags.split(row.getString("tags")).forEach(tag -> tags.add(new Object[]{tag, rowId}));
                    return rowId;
                }, model);
                jdbc.batchUpdate("delete from read_model_tag where tag = ? and row_id = ?", tags);
                jdbc.batchUpdate("delete from read_model_row where row_id = ?", rows.stream().map(id -> new Object[]{id}).toList());
            } while (rows.size() == DROP_CHUNK);
        }
    }

    /**
     * The stored names of a group's models in generations {@code from} (inclusive) to {@code to}
     * (exclusive): named, not searched, since a search by name pattern reads the whole table.
     */
    public List<String> storedGenerations(String processingGroup, int from, int to) {
        List<String> stored = new ArrayList<>();
        for (int generation = from; generation < to; generation++) {
            for (String model : modelsOf(processingGroup)) {
                stored.add(stored(model, generation));
            }
        }
        return stored;
    }

    /** The read models of a processing group, as its projections declare them. */
    private List<String> modelsOf(String processingGroup) {
        return groupOfModel().entrySet().stream().filter(e -> e.getValue().equals(processingGroup))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The projections handling a processing group's events. */
    public List<Projection> projectionsOf(String processingGroup) {
        return projections.orderedStream().filter(p -> groupOf(p).equals(processingGroup)).toList();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private String groupOf(String model) {
        String group = groupOfModel().get(model);
        if (group == null) {
            throw new IllegalArgumentException("no projection declares the read model '" + model + "'");
        }
        return group;
    }

    private Map<String, String> groupOfModel() {
        // Resolved on first use: projections need the store, so they cannot be handed in at construction.
        if (groupOfModel == null) {
            Map<String, String> groups = new HashMap<>();
            projections.orderedStream().forEach(projection -> projection.models().forEach(model -> {
                String previous = groups.put(model, groupOf(projection));
                if (previous != null && !previous.equals(groupOf(projection))) {
                    throw new IllegalStateException("read model '" + model + "' is written by two processing groups");
                }
            }));
            groupOfModel = Map.copyOf(groups);
        }
        return groupOfModel;
    }

    private static String groupOf(Projection projection) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(AopUtils.getTargetClass(projection),
                ProcessingGroup.class);
        if (group == null) {
            throw new IllegalStateException(projection.getClass().getName() + " has no @ProcessingGroup");
        }
        return group.value();
    }
}
