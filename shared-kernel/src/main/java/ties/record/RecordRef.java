package ties.record;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A reference to another record by its kind and id, as evidence cites it: {@code {"type":"VISIT",
 * "id":"bagheri-pakistan-2025"}} for "agreed during this visit". The kind is part of the reference so
 * that a new kind of record (an engagement) can be cited without a new field, and so that the command
 * side can check the id against the record directory under that kind.
 */
public record RecordRef(
        @Schema(description = "the kind of record cited; as an occasion: VISIT (or another record of something that "
                + "took place between parties)", example = "VISIT")
        @NotNull RecordType type,
        @Schema(description = "the cited record's id, a slug", example = "bagheri-islamabad-2025")
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String id) {

    @Override
    public String toString() {
        return type.label() + " '" + id + "'";
    }
}
