package ties.query.agreement;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ties.agreement.AgreementKind;
import ties.agreement.AgreementList;
import ties.agreement.AgreementView;
import ties.agreement.FindAgreement;
import ties.agreement.FindAgreements;
import ties.query.actor.ActorProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
public class AgreementQueryApi {

    private final Ask ask;

    public AgreementQueryApi(Ask ask) {
        this.ask = ask;
    }

    @GetMapping
    @Operation(summary = "Agreements by party, kind and signing date; newest signing first")
    public AgreementList agreements(
            @Parameter(description = QueryParameters.PARTY) @RequestParam(required = false) List<String> party,
            @Parameter(description = "the kind of instrument, e.g. MOU") @RequestParam(required = false) AgreementKind kind,
            @Parameter(description = "first day (ISO date, e.g. 2018-01-01) of a range the signing date must overlap")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (ISO date) of that range")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
            @Parameter(description = "recorded time to see the list as it stood then (auditors)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
            @Parameter(description = "a command receipt's position to wait for (read your writes)")
            @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        QueryParameters.range(from, to);
        return ask.ask(ActorProjection.GROUP, minPosition, new FindAgreements(QueryParameters.parties(party), kind, from, to,
                QueryParameters.limit(limit), asOf), AgreementList.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement: kind, parties, signatories, signing date, occasion, covered initiatives")
    public AgreementView agreement(@PathVariable String id,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                   @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return QueryParameters.found(ask.ask(ActorProjection.GROUP, minPosition, new FindAgreement(id, asOf),
                AgreementView.class), "agreement", id);
    }
}
