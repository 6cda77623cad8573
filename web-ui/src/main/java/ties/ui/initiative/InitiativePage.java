package ties.ui.initiative;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ties.initiative.FindInitiative;
import ties.initiative.InitiativeView;
import ties.query.board.InitiativeBoardProjection;
import ties.ui.AsOfPages;

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

    private final AsOfPages pages;

    public InitiativePage(AsOfPages pages) {
        this.pages = pages;
    }

    @GetMapping("/initiatives/{id}")
    String initiative(@PathVariable String id, @RequestParam(name = "asOf", required = false) String asOf,
                      @RequestParam(name = "at", required = false) Long at, HttpServletRequest request, Model model) {
        InitiativeView initiative = pages.record("initiative", id, asOf, at, InitiativeBoardProjection.GROUP,
                moment -> new FindInitiative(id, moment), InitiativeView.class, request, model);
        model.addAttribute("statements", initiative.statements().stream()
                .collect(Collectors.toMap(InitiativeView.LinkedStatement::statementId, Function.identity(), (a, b) -> a)));
        model.addAttribute("agreements", initiative.agreements().stream()
                .collect(Collectors.toMap(InitiativeView.LinkedAgreement::agreementId, Function.identity(), (a, b) -> a)));
        return "initiative/initiative";
    }
}
