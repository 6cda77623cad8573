package ties.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.fact.SingleLine;
import ties.record.Ids;

import java.util.List;

/**
 * A proposed piece of cooperation between two or more countries: what it is, between whom, who
 * proposed it (if known) and when.
 *
 * @param statementIds statements in which the proposal was made
 * @param target       when it is planned to happen or be done, if the report says ("in the near future",
 *                     "by 2030"): a plan, so it may lie after the report
 */
public record InitiativeFacts(
        @NotBlank @SingleLine(max = 300) String title,
        @NotNull InitiativeKind kind,
        @NotNull @Size(min = 2, max = 50, message = "an initiative is between at least {min} countries (at most {max})")
        List<@NotNull CountryCode> parties,
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String proposedBy,
        @Prose(max = 5000) String description,
        @NotNull PartialDate occurred,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> statementIds,
        @Schema(description = "when it is planned or targeted to happen, as the report says it (a plan: it may lie "
                + "after the report, even open-ended); optional", example = "in the near future")
        PartialDate target,
        @NotNull @Valid Provenance provenance) {

    public InitiativeFacts {
        parties = parties == null ? null : List.copyOf(parties);
        statementIds = statementIds == null ? List.of() : List.copyOf(statementIds);
    }

    public InitiativeFacts withOccurred(PartialDate date) {
        return new InitiativeFacts(title, kind, parties, proposedBy, description, date, statementIds, target, provenance);
    }

    public InitiativeFacts withTarget(PartialDate date) {
        return new InitiativeFacts(title, kind, parties, proposedBy, description, occurred, statementIds, date, provenance);
    }
}
