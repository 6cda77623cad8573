package ties.ui.initiative;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ties.initiative.FindInitiative;
import ties.initiative.InitiativeView;
import ties.query.board.InitiativeBoardProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.ui.AsOf;

import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One initiative: its status history as a vertical timeline, each step with its evidence (sources
 * with links, the statements quoted, the agreements), then its obstacles and corrections; now or as
 * recorded at an earlier moment.
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class InitiativePage {

    private final Ask ask;

    public InitiativePage(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/initiatives/{id}")
    String initiative(@PathVariable String id, @RequestParam(name = "asOf", required = false) String asOf,
                      @RequestParam(name = "at", required = false) Long at, Model model) {
        Instant moment = AsOf.parse(asOf);
        InitiativeView initiative = QueryParameters.found(ask.ask(InitiativeBoardProjection.GROUP, at,
                new FindInitiative(id, moment), InitiativeView.class), "initiative", id);
        model.addAttribute("initiative", initiative);
        model.addAttribute("statements", initiative.statements().stream()
                .collect(Collectors.toMap(InitiativeView.LinkedStatement::statementId, Function.identity(), (a, b) -> a)));
        model.addAttribute("agreements", initiative.agreements().stream()
                .collect(Collectors.toMap(InitiativeView.LinkedAgreement::agreementId, Function.identity(), (a, b) -> a)));
        model.addAttribute("asOf", moment);
        model.addAttribute("asOfField", AsOf.field(moment));
        return "initiative/initiative";
    }
}
