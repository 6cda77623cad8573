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
import ties.query.actor.ActorProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.visit.CorrectVisit;
import ties.visit.FindVisit;
import ties.visit.MeetingFacts;
import ties.visit.RecordMeeting;
import ties.visit.RecordVisit;
import ties.visit.VisitFacts;
import ties.visit.VisitView;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a visit and the meetings held during it, in one form. The visit is sent first, then each
 * meeting; a meeting refused after its visit was recorded is shown at its fields, and sending the
 * form again records the visit once (its id is kept in the form: the same visit again changes nothing).
 * A recorded visit is corrected on the same form (without meetings), and a meeting reported later is
 * added on a form of its own.
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class VisitForm {

    static final int MAX_MEETINGS = 20;
    private static final List<String> MEETING_FIELDS = List.of("id", "participantIds", "topics", "occurred", "summary");

    private final Editor editor;
    private final Ask ask;

    public VisitForm(Editor editor, Ask ask) {
        this.editor = editor;
        this.ask = ask;
    }

    @GetMapping("/record/visit")
    String form(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return page(model, 1);
    }

    @PostMapping("/record/visit")
    String record(@RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "1") int meetings,
                  @RequestParam(required = false) String more, Principal who, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        int count = Math.max(0, Math.min(meetings, MAX_MEETINGS));
        if (more != null) {
            // "Add a meeting": the same form with one more meeting, nothing sent.
            Editor.show(model, input.values(), null);
            return page(model, Math.min(count + 1, MAX_MEETINGS));
        }
        List<String> fields = fields(count);
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(String.join(" ", input.list("visitorIds"))
                + " in " + Optional.ofNullable(input.text("city")).orElse(String.valueOf(input.text("country")))));
        VisitFacts visit = facts(input);
        List<RecordMeeting> held = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String prefix = "meetings[" + n + "].";
            if (MEETING_FIELDS.stream().allMatch(field -> input.text(prefix + field) == null)) {
                continue;
            }
            String meetingId = Optional.ofNullable(input.text(prefix + "id")).orElse("meeting-" + (n + 1));
            held.add(new RecordMeeting(id, meetingId, meeting(input, prefix)));
            prefixes.add(prefix);
        }
        if (!input.errors().isEmpty()) {
            return entry.refused(Refusal.ofInput(input.errors()), () -> page(model, count));
        }
        Optional<Refusal> refusal = editor.send(new RecordVisit(id, visit), who, fields, false, "");
        if (refusal.isEmpty()) {
            // From here on the form names the recorded visit: sending it again records it once.
            input.values().put("id", id);
            for (int m = 0; m < held.size() && refusal.isEmpty(); m++) {
                refusal = editor.send(held.get(m), who, fields, false, prefixes.get(m));
                if (refusal.isPresent()) {
                    refusal.get().general().add(0, "The visit is recorded as " + id + "; this meeting is not. "
                            + "Correct it and send the form again.");
                }
            }
        }
        return refusal.isPresent() ? entry.refused(refusal.get(), () -> page(model, count))
                // A recorded visit has its visitors: the command side refuses one without.
                : entry.showsOn("/actors/" + visit.visitorIds().get(0), "See it on the visitor's page")
                .recorded("Visit recorded as " + id + " with " + held.size() + " meeting" + (held.size() == 1 ? "" : "s") + ".",
                        "/record");
    }

    @GetMapping("/record/visits/{id}/correction")
    String correctionForm(@PathVariable String id, HttpSession session, Model model) {
        VisitFacts current = current(id).visit();
        Map<String, String> values = editor.fresh(session);
        values.put("visitorIds", String.join(", ", current.visitorIds()));
        Forms.put(values, "city", current.city());
        values.put("country", current.country().code());
        values.put("occurred", current.occurred().text());
        values.put("hostIds", String.join(", ", current.hostIds()));
        Forms.put(values, "purpose", current.purpose());
        editor.open(model, values, id);
        return correctionPage(model, id);
    }

    @PostMapping("/record/visits/{id}/correction")
    String correct(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        CorrectVisit command = new CorrectVisit(id, input.text("reason"), facts(input), input.expectedVersion());
        return entry.send(command, fields(0), () -> correctionPage(model, id), "Correction of visit " + id + " recorded.",
                "/record");
    }

    /** A meeting held during a visit already recorded (the visit's form records those reported with it). */
    @GetMapping("/record/visits/{id}/meeting")
    String meetingForm(@PathVariable String id, HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return meetingPage(model, current(id));
    }

    @PostMapping("/record/visits/{id}/meeting")
    String recordMeeting(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                         HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String meetingId = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(
                String.join(" ", input.list("participantIds"))));
        return entry.send(new RecordMeeting(id, meetingId, meeting(input, "")), Forms.withSource(MEETING_FIELDS.toArray(String[]::new)),
                () -> meetingPage(model, current(id)), "Meeting " + meetingId + " recorded.", "/record");
    }

    private static VisitFacts facts(FormInput input) {
        return new VisitFacts(input.list("visitorIds"), input.text("city"), input.country("country"),
                input.date("occurred"), input.list("hostIds"), input.text("purpose"), input.provenance());
    }

    private static MeetingFacts meeting(FormInput input, String prefix) {
        return new MeetingFacts(input.list(prefix + "participantIds"), input.list(prefix + "topics"),
                input.date(prefix + "occurred"), input.text(prefix + "summary"), input.provenance());
    }

    private VisitView current(String id) {
        return QueryParameters.found(ask.ask(ActorProjection.GROUP, null, new FindVisit(id, null), VisitView.class),
                "visit", id);
    }

    private static String correctionPage(Model model, String id) {
        model.addAttribute("correcting", id);
        return page(model, 0);
    }

    private static String meetingPage(Model model, VisitView visit) {
        model.addAttribute("visit", visit);
        return "record/meeting";
    }

    private static List<String> fields(int meetings) {
        List<String> fields = new ArrayList<>(Forms.withSource("id", "visitorIds", "hostIds", "city", "country",
                "occurred", "purpose", "reason"));
        for (int n = 0; n < meetings; n++) {
            for (String field : MEETING_FIELDS) {
                fields.add("meetings[" + n + "]." + field);
            }
        }
        return fields;
    }

    private static String page(Model model, int meetings) {
        model.addAttribute("meetings", meetings);
        return "record/visit";
    }
}
