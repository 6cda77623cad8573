package ties.query.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read models in the database, as versioned rows ({@link ReadModelRow}). */
@Component
class JpaReadModels implements ReadModels {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Generations generations;
    private final boolean onH2;

    JpaReadModels(EntityManager entityManager, ObjectMapper objectMapper, Generations generations,
                  @Value("${spring.datasource.url:}") String databaseUrl) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.generations = generations;
        this.onH2 = databaseUrl.startsWith("jdbc:h2:");
    }

    @Override
    public boolean isServing() {
        return generations.writingServing();
    }

    @Override
    public <T> Optional<T> current(String model, String key, Class<T> type) {
        return currentRow(generations.stored(model), key).map(row -> read(row.document(), type));
    }

    @Override
    public boolean put(String model, String key, Instant at, RowContent content) {
        String document = write(content.document());
        String stored = generations.stored(model);
        Optional<ReadModelRow> current = currentRow(stored, key);
        if (current.isPresent() && current.get().holds(content, document)) {
            return false;
        }
        current.ifPresent(row -> row.close(at));
        ReadModelRow row = new ReadModelRow(stored, key, at, content, document);
        entityManager.persist(row);
        cache().put(cacheKey(stored, key), Optional.of(row));
        return true;
    }

    @Override
    public boolean remove(String model, String key, Instant at) {
        String stored = generations.stored(model);
        Optional<ReadModelRow> current = currentRow(stored, key);
        current.ifPresent(row -> row.close(at));
        cache().put(cacheKey(stored, key), Optional.empty());
        return current.isPresent();
    }

    @Override
    public List<String> currentKeysTagged(String model, String tag) {
        // Driven from the tag index: "member of" would test every current row of the model.
        return entityManager.createQuery("select r.recordKey from ReadModelRow r join r.tags t where t = :tag "
                        + "and r.model = :model and r.validTo is null", String.class)
                .setParameter("model", generations.stored(model)).setParameter("tag", tag)
                .getResultList();
    }

    @Override
    public <T> List<Found<T>> find(RowQuery query, Class<T> type) {
        // SQL rather than JPQL: as-of pages need an index hint on H2 (below).
        StringBuilder sql = new StringBuilder("select r.* from read_model_row r");
        Map<String, Object> parameters = new HashMap<>();
        String direction = query.descending() ? " desc" : " asc";
        String order;
        if (query.asOf() == null) {
            sql.append(" where r.model = :model and r.valid_to is null");
            // The current view fixes model and valid_to (null); naming them in the order anyway lets H2
            // read a page in (model, valid_to, sort_key) index order instead of sorting every current
            // row of the model (90,000 timeline rows for a page of 50; docs/benchmarks.md).
            order = " order by r.model" + direction + ", r.valid_to" + direction + ", r.sort_key" + direction;
        } else {
            // A page as of T walks (model, sort_key, valid_from, valid_to) in order and reads only the
            // rows valid at T; H2's planner prefers the current-row index and then reads and sorts every
            // version of the model (4.3 s against 0.15 s for a board page at 100,000 events).
            if (onH2) {
                sql.append(" use index (read_model_row_history)");
            }
            sql.append(" where r.model = :model and r.valid_from <= :asOf and (r.valid_to is null or r.valid_to > :asOf)");
            parameters.put("asOf", query.asOf());
            order = " order by r.model" + direction + ", r.sort_key" + direction;
        }
        parameters.put("model", generations.stored(query.model()));
        for (int i = 0; i < query.tags().size(); i++) {
            sql.append(" and exists (select 1 from read_model_tag t where t.row_id = r.row_id and t.tag = :tag")
                    .append(i).append(")");
            parameters.put("tag" + i, query.tags().get(i));
        }
        for (int i = 0; i < query.words().size(); i++) {
            sql.append(" and r.search_text like :word").append(i).append(" escape '!'");
            parameters.put("word" + i, "%" + escapeLike(query.words().get(i)) + "%");
        }
        if (query.from() != null) {
            sql.append(" and r.occurred_to >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" and r.occurred_from <= :to");
            parameters.put("to", query.to());
        }
        if (query.after() != null) {
            sql.append(query.descending() ? " and r.sort_key < :after" : " and r.sort_key > :after");
            parameters.put("after", query.after());
        }
        Query typed = entityManager.createNativeQuery(sql.append(order).toString(), ReadModelRow.class)
                .setMaxResults(query.limit());
        parameters.forEach(typed::setParameter);
        @SuppressWarnings("unchecked")
        List<ReadModelRow> rows = typed.getResultList();
        return rows.stream()
                .map(row -> new Found<>(row.recordKey(), read(row.document(), type), row.sortKey(), row.validFrom()))
                .toList();
    }

    @Override
    public <T> Optional<T> asOf(String model, String key, Instant asOf, Class<T> type) {
        return entityManager.createQuery("select r from ReadModelRow r where r.model = :model and r.recordKey = :key "
                        + "and r.validFrom <= :asOf and (r.validTo is null or r.validTo > :asOf)", ReadModelRow.class)
                .setParameter("model", generations.stored(model)).setParameter("key", key).setParameter("asOf", asOf)
                .getResultStream().findFirst().map(row -> read(row.document(), type));
    }

    @Override
    public void clear(Collection<String> models) {
        entityManager.flush();
        generations.drop(models.stream().map(generations::stored).toList());
        entityManager.clear();
        cache().clear();
    }

    /** The current row under a stored model name (generation included) and key. */
    private Optional<ReadModelRow> currentRow(String stored, String key) {
        // Within a transaction the cache is authoritative for keys it has seen, which spares a
        // flush and a query per event during replays.
        return cache().computeIfAbsent(cacheKey(stored, key), k -> entityManager
                .createQuery("select r from ReadModelRow r where r.model = :model and r.recordKey = :key "
                        + "and r.validTo is null", ReadModelRow.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("model", stored).setParameter("key", key)
                .getResultStream().findFirst());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Optional<ReadModelRow>> cache() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Object existing = TransactionSynchronizationManager.getResource(this);
        if (existing != null) {
            return (Map<String, Optional<ReadModelRow>>) existing;
        }
        Map<String, Optional<ReadModelRow>> cache = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, cache);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JpaReadModels.this);
            }
        });
        return cache;
    }

    private static String cacheKey(String model, String key) {
        return model + "\u0000" + key;
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private String write(Object document) {
        try {
            return objectMapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store read-model document " + document.getClass().getName(), e);
        }
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return objectMapper.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored read-model document is not a " + type.getName(), e);
        }
    }
}
