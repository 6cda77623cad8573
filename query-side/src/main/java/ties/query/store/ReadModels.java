package ties.query.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The document store every projection writes to: versioned documents with tags and sort and search
 * columns. Projections read and write only through here, so the history that as-of queries need is
 * kept the same way for every read model.
 */
public interface ReadModels {

    /** A stored document with the columns queries sort and filter on. */
    record Found<T>(String key, T document, String sortKey, Instant validFrom) {
    }

    /**
     * Whether what is written now is what queries see: false while a rebuild writes a new generation
     * beside the serving one, whose changes no live subscriber may be sent.
     */
    boolean isServing();

    /** The current document under a key. */
    <T> Optional<T> current(String model, String key, Class<T> type);

    /**
     * Stores a new version of a document valid from {@code at}, unless it is what is already stored
     * (so a redelivered event changes nothing).
     *
     * @return whether anything changed
     */
    boolean put(String model, String key, Instant at, RowContent content);

    /** Takes a document out of the current view at {@code at}; its versions stay for as-of queries. */
    boolean remove(String model, String key, Instant at);

    /**
     * Whether a document was ever stored under a key, current or not: how a projection tells an
     * event it has applied already from a first one.
     */
    boolean everStored(String model, String key);

    /** Keys of the current documents carrying a tag. */
    List<String> currentKeysTagged(String model, String tag);

    /** Documents matching a query, in sort-key order. */
    <T> List<Found<T>> find(RowQuery query, Class<T> type);

    /** The document under a key as it stood at recorded time {@code asOf}. */
    <T> Optional<T> asOf(String model, String key, Instant asOf, Class<T> type);

    /** Forgets every version of the given models: a projection's reset before a replay. */
    void clear(Collection<String> models);

    /** Copies a list with one more element, for documents built from their previous version. */
    static <T> List<T> with(List<T> list, T added) {
        List<T> copy = new ArrayList<>(list);
        copy.add(added);
        return List.copyOf(copy);
    }
}
