package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ties.command.web.Slugs;
import ties.engagement.ChangeEngagementState;
import ties.engagement.CorrectEngagement;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementKind;
import ties.engagement.EngagementState;
import ties.engagement.EngagementView;
import ties.engagement.FindEngagement;
import ties.engagement.Participant;
import ties.engagement.ParticipationRole;
import ties.engagement.Place;
import ties.engagement.RecordEngagement;
import ties.engagement.Series;
import ties.engagement.StateChange;
import ties.query.engagement.EngagementProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement's forms: record an exercise, talks, a port call…, with its parties one row each
 * ("Add a party" gives one more row, as a visit's meetings do); correct its facts; move its state
 * (planned, postponed, held…) with the report that says so. Changes to a recorded engagement carry the
 * version the page showed.
 */
@Controller
@Hidden
// They show the engagement as it stands: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class EngagementForm {

    static final int MAX_PARTIES = 30;
    private static final List<String> PARTY_FIELDS = List.of("actorId", "role", "said", "contribution");
    static final List<String> STATE_FIELDS = Forms.withSource("changeId", "state", "occurred", "start", "end", "note");

    /** What a report says of a party's first participation; not saying is no choice. */
    enum Said { FIRST_TIME, AGAIN }

    private final Editor editor;
    private final Ask ask;

    public EngagementForm(Editor editor, Ask ask) {
        this.editor = editor;
        this.ask = ask;
    }

    @GetMapping("/record/engagement")
    String form(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return page(model, null, 2);
    }

    @PostMapping("/record/engagement")
    String record(@RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "1") int parties,
                  @RequestParam(required = false) String more, Principal who, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        if (more != null) {
            return another(model, input, null, parties);
        }
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(input.text("title")));
        int rows = rows(parties);
        return entry.send(new RecordEngagement(id, facts(input, rows)), fields(rows), () -> page(model, null, rows),
                "Engagement recorded as " + id + ".", "/record");
    }

    @GetMapping("/record/engagements/{id}/correction")
    String correctionForm(@PathVariable String id, HttpSession session, Model model) {
        EngagementView current = current(id);
        Map<String, String> values = editor.fresh(session);
        values.put("kind", current.kind().name());
        values.put("title", current.title());
        if (current.series() != null) {
            values.put("series.seriesId", current.series().seriesId());
            Forms.put(values, "series.name", current.series().name());
        }
        Forms.put(values, "edition", current.edition() == null ? null : current.edition().toString());
        if (current.place() != null) {
            Forms.put(values, "place.name", current.place().name());
            Forms.put(values, "place.country", current.place().country() == null ? null : current.place().country().code());
        }
        values.put("start", current.start().text());
        Forms.put(values, "end", current.end() == null ? null : current.end().text());
        values.put("state", current.state().name());
        Forms.put(values, "description", current.description());
        for (int n = 0; n < current.participants().size(); n++) {
            EngagementView.ParticipantView party = current.participants().get(n);
            String row = "participants[" + n + "].";
            values.put(row + "actorId", party.actorId());
            values.put(row + "role", party.role().name());
            Forms.put(values, row + "said", party.firstTime() == null ? null : party.firstTime() ? "FIRST_TIME" : "AGAIN");
            Forms.put(values, row + "contribution", party.contribution());
        }
        Editor.open(model, values, current.version());
        return page(model, current, current.participants().size() + 1);
    }

    @PostMapping("/record/engagements/{id}/correction")
    String correct(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                   @RequestParam(defaultValue = "1") int parties, @RequestParam(required = false) String more,
                   Principal who, HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        if (more != null) {
            return another(model, input, current(id), parties);
        }
        int rows = rows(parties);
        CorrectEngagement command = new CorrectEngagement(id, input.text("reason"), facts(input, rows),
                input.expectedVersion());
        return entry.send(command, fields(rows), () -> page(model, current(id), rows),
                "Correction of engagement " + id + " recorded.", "/record");
    }

    @GetMapping("/record/engagements/{id}/state")
    String stateForm(@PathVariable String id, HttpSession session, Model model) {
        EngagementView current = current(id);
        Map<String, String> values = editor.fresh(session);
        Editor.open(model, values, current.version());
        return statePage(model, current);
    }

    @PostMapping("/record/engagements/{id}/state")
    String changeState(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                       HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        StateChange change = new StateChange(input.text("changeId"), input.choice("state", EngagementState.class),
                input.date("occurred"), input.date("start"), input.date("end"), input.provenance(), input.text("note"));
        return entry.send(new ChangeEngagementState(id, change, input.expectedVersion()), STATE_FIELDS,
                () -> statePage(model, current(id)), "Engagement " + id + " is now " + change.state().label() + ".", "/record");
    }

    /** The same form with one more party row; nothing is sent. */
    private static String another(Model model, FormInput input, EngagementView correcting, int parties) {
        Editor.show(model, input.values(), null);
        return page(model, correcting, rows(parties) + 1);
    }

    private static EngagementFacts facts(FormInput input, int rows) {
        String seriesId = input.text("series.seriesId");
        Series series = seriesId == null ? null : new Series(seriesId, input.text("series.name"));
        String placeName = input.text("place.name");
        Place place = placeName == null && input.text("place.country") == null ? null
                : new Place(placeName, input.country("place.country"));
        Integer edition = null;
        if (input.text("edition") != null) {
            try {
                edition = Integer.valueOf(input.text("edition"));
            } catch (NumberFormatException e) {
                input.errors().put("edition", "'" + input.text("edition") + "' is not a number: the 8th edition is 8");
            }
        }
        return new EngagementFacts(input.choice("kind", EngagementKind.class), input.text("title"), series, edition, place,
                input.date("start"), input.date("end"), input.choice("state", EngagementState.class),
                parties(input, rows), input.text("description"), input.provenance());
    }

    /**
     * The parties typed, one per filled row. The filled rows are numbered again from the first (an empty
     * row between two drops out), so that a refusal of the command's n-th party lands on the n-th row.
     */
    private static List<Participant> parties(FormInput input, int rows) {
        List<Participant> parties = new ArrayList<>();
        for (int n = 0; n < rows; n++) {
            String from = "participants[" + n + "].";
            String to = "participants[" + parties.size() + "].";
            if (PARTY_FIELDS.stream().allMatch(field -> input.text(from + field) == null)) {
                continue;
            }
            PARTY_FIELDS.forEach(field -> {
                String value = input.values().remove(from + field);
                if (value != null) {
                    input.values().put(to + field, value);
                }
            });
            Said said = input.choice(to + "said", Said.class);
            parties.add(new Participant(input.text(to + "actorId"), input.choice(to + "role", ParticipationRole.class),
                    said == null ? null : said == Said.FIRST_TIME, input.text(to + "contribution")));
        }
        return parties;
    }

    /** The rows a sent form says it had, within bounds: the count comes from the page and may be anything. */
    private static int rows(int sent) {
        return Math.max(1, Math.min(sent, MAX_PARTIES));
    }

    private static List<String> fields(int rows) {
        List<String> fields = new ArrayList<>(Forms.withSource("id", "kind", "title", "series.seriesId", "series.name",
                "edition", "place.name", "place.country", "start", "end", "state", "description", "reason"));
        for (int n = 0; n < rows; n++) {
            for (String field : PARTY_FIELDS) {
                fields.add("participants[" + n + "]." + field);
            }
        }
        return fields;
    }

    private EngagementView current(String id) {
        return QueryParameters.found(ask.ask(EngagementProjection.GROUP, null, new FindEngagement(id, null),
                EngagementView.class), "engagement", id);
    }

    private static String page(Model model, EngagementView correcting, int parties) {
        model.addAttribute("kinds", EngagementKind.values());
        model.addAttribute("states", EngagementState.values());
        model.addAttribute("roles", ParticipationRole.values());
        model.addAttribute("said", Said.values());
        model.addAttribute("parties", rows(parties));
        model.addAttribute("engagement", correcting);
        return "record/engagement";
    }

    private static String statePage(Model model, EngagementView engagement) {
        model.addAttribute("states", EngagementState.values());
        model.addAttribute("engagement", engagement);
        return "record/engagement-state";
    }
}
