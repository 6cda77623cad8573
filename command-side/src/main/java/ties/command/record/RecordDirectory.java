package ties.command.record;

import ties.actor.ActorKind;
import ties.fact.CountryCode;
import ties.fact.Rejection;
import ties.record.RecordRef;
import ties.record.RecordType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which records exist, for rules that span records: a statement may only name initiatives that are
 * recorded, and one person must not be registered twice under the same name. The command side keeps
 * it up to date in the same transaction as the events it reflects.
 */
public interface RecordDirectory {

    record Entry(RecordType type, boolean withdrawn) {
    }

    Optional<Entry> find(String recordId);

    /** Actors of this kind and country known by this name or alias (normalized). */
    List<String> actorsNamed(ActorKind kind, CountryCode country, String normalizedName);

    /** Refuses ids that name no record of this type (404) or a withdrawn one (409). */
    default void require(RecordType type, String field, Collection<String> ids) {
        for (String id : ids) {
            require(type, field, id);
        }
    }

    /**
     * Refuses a reference to an occasion (a visit, an engagement) that is of another kind (400), names
     * no record of its kind (404) or a withdrawn one (409).
     */
    default void requireOccasion(String field, RecordRef occasion) {
        if (occasion == null) {
            return;
        }
        if (!occasion.type().isOccasion()) {
            throw Rejection.invalid(field + ".type", "an occasion is a record of something that took place between "
                    + "parties (a visit, an engagement), not " + occasion.type().label());
        }
        require(occasion.type(), field + ".id", occasion.id());
    }

    default void require(RecordType type, String field, String id) {
        if (id == null) {
            return;
        }
        Entry entry = find(id).filter(e -> e.type() == type)
                .orElseThrow(() -> Rejection.unknownRecord(field, "no " + type.label() + " '" + id + "' is recorded"));
        if (entry.withdrawn()) {
            throw Rejection.conflict(type.label() + " '" + id + "' (" + field + ") was withdrawn and cannot be referred to");
        }
    }
}
