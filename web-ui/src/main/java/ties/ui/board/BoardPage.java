package ties.ui.board;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Flux;
import ties.initiative.FindInitiatives;
import ties.initiative.InitiativeBoard;
import ties.initiative.InitiativeKind;
import ties.initiative.InitiativeStatus;
import ties.initiative.InitiativeView;
import ties.query.board.InitiativeBoardProjection;
import ties.query.web.Ask;
import ties.query.web.Live;
import ties.ui.AsOf;
import ties.ui.AsOfPages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The initiative board: a column per status along the main line (proposed → implemented), the side
 * states apart; filters in the URL; live through the board's subscription query, so that a change
 * recorded anywhere moves a card without a reload.
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class BoardPage {

    /** The columns: the main line in its order, then the side states. */
    static final List<InitiativeStatus> COLUMNS = Stream.concat(
            Arrays.stream(InitiativeStatus.values()).filter(InitiativeStatus::onMainLine),
            Arrays.stream(InitiativeStatus.values()).filter(status -> !status.onMainLine())).toList();

    private final Ask ask;
    private final Live live;
    private final AsOfPages pages;

    public BoardPage(Ask ask, Live live, AsOfPages pages) {
        this.ask = ask;
        this.live = live;
        this.pages = pages;
    }

    @GetMapping("/board")
    String board(BoardFilter filter, @RequestParam(name = "at", required = false) Long at, HttpServletRequest request,
                 Model model) {
        columns(filter, at, model);
        FindInitiatives query = filter.query().query();
        if (query != null) {
            pages.steps(null, query.asOf(), request, model);
        }
        model.addAttribute("kinds", InitiativeKind.values());
        return "board/board";
    }

    /** The columns alone: what the page fetches again when the live stream says something changed. */
    @GetMapping("/board/columns")
    String columns(BoardFilter filter, @RequestParam(name = "at", required = false) Long at, Model model) {
        BoardFilter.Result result = filter.query();
        Map<InitiativeStatus, List<InitiativeView>> columns = new LinkedHashMap<>();
        for (InitiativeStatus status : InitiativeStatus.values()) {
            columns.put(status, new java.util.ArrayList<>());
        }
        int shown = 0;
        if (result.query() != null) {
            InitiativeBoard board = ask.ask(InitiativeBoardProjection.GROUP, at, result.query(), InitiativeBoard.class);
            board.initiatives().forEach(initiative -> columns.get(initiative.status()).add(initiative));
            shown = board.initiatives().size();
        }
        model.addAttribute("truncated", shown >= BoardFilter.SHOWN);
        model.addAttribute("shown", BoardFilter.SHOWN);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", result.errors());
        model.addAttribute("asOf", result.query() == null ? null : result.query().asOf());
        model.addAttribute("asOfField", result.query() == null ? "" : AsOf.field(result.query().asOf()));
        model.addAttribute("columns", columns);
        model.addAttribute("statuses", COLUMNS);
        model.addAttribute("filterQuery", filter.queryString(false));
        return "board/board :: columns";
    }

    /**
     * Tells the page, as Server-Sent Events, that the board changed: the snapshot (so that nothing
     * recorded between the page and this stream is missed) and each change. The page then fetches the
     * columns again; the event's data names the initiative.
     */
    @GetMapping(path = "/board/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<String>> live(BoardFilter filter) {
        FindInitiatives query = filter.query().query();
        if (query == null || query.asOf() != null) {
            // An earlier state does not change; a board whose filters are wrong has nothing to follow.
            return Flux.empty();
        }
        return live.feed(query, InitiativeBoard.class, InitiativeView.class).map(event -> {
            if (event.event() == null) {
                return ServerSentEvent.<String>builder().comment(event.comment() == null ? "" : event.comment()).build();
            }
            String changed = event.data() instanceof InitiativeView view ? view.initiativeId() : "board";
            return ServerSentEvent.builder(changed).event("change").build();
        });
    }
}
