package ties.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;

/** An obstacle to an initiative, e.g. sanctions on Iran that hindered earlier cooperation. */
public record ObstacleFacts(
        @NotNull ObstacleKind kind,
        @NotBlank @Prose(max = 5000) String description,
        @NotNull PartialDate occurred,
        @NotNull @Valid Provenance provenance) {

    public ObstacleFacts withOccurred(PartialDate date) {
        return new ObstacleFacts(kind, description, date, provenance);
    }
}
