package ties.query.store;

import ties.fact.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One read model listing records of one kind (visits, agreements) as lists and one-record pages find
 * them: by the parties involved (actor ids and country codes alike, all of them required), by kind,
 * and by a range of days their date overlaps; newest first; now or as recorded at a moment.
 */
public final class PartyRegister {

    private final ReadModels store;
    private final String model;

    public PartyRegister(ReadModels store, String model) {
        this.store = store;
        this.model = model;
    }

    public String model() {
        return model;
    }

    /**
     * Stores a record's document.
     *
     * @param parties actor ids and ISO country codes involved
     * @param kind    the record's kind, or null
     */
    public void put(String id, Object document, PartialDate occurred, Instant firstRecorded, Set<String> parties,
                    Enum<?> kind, Instant at) {
        // Indexed: a party is an actor (few records each) as often as a country.
        Set<String> tags = new HashSet<>();
        parties.forEach(party -> tags.add("party:" + party));
        store.put(model, id, at, new RowContent(document, occurred.earliest() + "|" + occurred.latest() + "|"
                + SortKeys.millis(firstRecorded) + "|" + id, tags, kind == null ? Set.of() : Set.of("kind:" + kind.name()),
                kind == null ? null : kind.name(), occurred.earliest(), occurred.latest(), null));
    }

    public void remove(String id, Instant at) {
        store.remove(model, id, at);
    }

    public <T> Optional<T> current(String id, Class<T> type) {
        return store.current(model, id, type);
    }

    public <T> Optional<T> one(String id, Instant asOf, Class<T> type) {
        return asOf == null ? store.current(model, id, type) : store.asOf(model, id, asOf, type);
    }

    /** Documents involving every one of {@code parties}, of the kind if given, dated within the range if given. */
    public <T> List<T> find(List<String> parties, Enum<?> kind, LocalDate from, LocalDate to, int limit, Instant asOf,
                            Class<T> type) {
        List<String> tags = parties.stream().map(party -> "party:" + party).toList();
        List<String> categories = kind == null ? List.of() : List.of("kind:" + kind.name());
        return store.find(new RowQuery(model, tags, categories, List.of(), from, to, null, true, limit, asOf), type).stream()
                .map(ReadModels.Found::document).toList();
    }
}
