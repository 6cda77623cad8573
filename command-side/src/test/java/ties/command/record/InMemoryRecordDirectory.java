package ties.command.record;

import ties.actor.ActorKind;
import ties.actor.ActorNames;
import ties.fact.CountryCode;
import ties.record.RecordType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record directory as a test sets it up: which ids are recorded (of which type, withdrawn or
 * not) and which actor is known by which name, for which kind and country. Unlike the real
 * directory it does not follow events; a test states what the rest of the system has recorded.
 */
public class InMemoryRecordDirectory implements RecordDirectory {

    private record ActorName(ActorKind kind, CountryCode country, String normalizedName) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<ActorName, List<String>> actorNames = new LinkedHashMap<>();

    /** Records that these ids name records of {@code type}. */
    public InMemoryRecordDirectory recorded(RecordType type, String... ids) {
        for (String id : ids) {
            entries.put(id, new Entry(type, false));
        }
        return this;
    }

    /** Records that these ids name records of {@code type} that have since been withdrawn. */
    public InMemoryRecordDirectory withdrawn(RecordType type, String... ids) {
        for (String id : ids) {
            entries.put(id, new Entry(type, true));
        }
        return this;
    }

    /** Records an actor known by these names and aliases (any spelling; they are normalized). */
    public InMemoryRecordDirectory actor(String actorId, ActorKind kind, CountryCode country, String... names) {
        recorded(RecordType.ACTOR, actorId);
        for (String name : names) {
            List<String> ids = actorNames.computeIfAbsent(new ActorName(kind, country, ActorNames.normalize(name)),
                    key -> new ArrayList<>());
            if (!ids.contains(actorId)) {
                ids.add(actorId);
            }
        }
        return this;
    }

    @Override
    public Optional<Entry> find(String recordId) {
        return Optional.ofNullable(entries.get(recordId));
    }

    @Override
    public List<String> actorsNamed(ActorKind kind, CountryCode country, String normalizedName) {
        return actorNames.entrySet().stream()
                .filter(e -> e.getKey().kind() == kind && Objects.equals(e.getKey().country(), country)
                        && e.getKey().normalizedName().equals(normalizedName))
                .flatMap(e -> e.getValue().stream())
                .distinct()
                .toList();
    }
}
