package ties.timeline;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonProperty;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.record.RecordType;

import java.time.Instant;
import java.util.List;

/**
 * One development on the timeline: what happened, when (as reported) and when it was recorded,
 * who and which countries were involved, and which initiatives it concerns.
 *
 * @param key       stable id of the development (a record, or a part of one such as a meeting)
 * @param recordId  the record whose history holds it
 * @param countries the countries involved: two for a bilateral development, three or more for a multilateral one
 * @param withdrawn true only in live updates telling that the development left the timeline
 */
public record Development(
        String key,
        DevelopmentKind kind,
        RecordType recordType,
        String recordId,
        String summary,
        PartialDate occurred,
        Instant recordedAt,
        String recordedBy,
        List<CountryCode> countries,
        List<String> actorIds,
        List<String> initiativeIds,
        boolean withdrawn) {

    /** Whether exactly two countries are involved; answered with the development, never read from stored JSON. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "true when exactly two countries are involved", example = "true")
    public boolean bilateral() {
        return countries.size() == 2;
    }

    /** Whether three or more countries are involved. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "true when three or more countries are involved", example = "false")
    public boolean multilateral() {
        return countries.size() > 2;
    }
}
