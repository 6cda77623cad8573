package ties.record;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A reference to another record by its kind and id, as evidence cites it: {@code {"type":"VISIT",
 * "id":"bagheri-pakistan-2025"}} for "agreed during this visit". The kind is part of the reference so
 * that a new kind of record (an engagement) can be cited without a new field, and so that the command
 * side can check the id against the record directory under that kind.
 */
public record RecordRef(
        @NotNull RecordType type,
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String id) {

    @Override
    public String toString() {
        return type.label() + " '" + id + "'";
    }
}
