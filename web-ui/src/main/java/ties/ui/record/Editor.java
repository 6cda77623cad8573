package ties.ui.record;

import jakarta.servlet.http.HttpSession;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ties.command.web.CommandSender;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends what a form says as the signed-in editor, through the command gateway as the API does
 * ({@link CommandSender}: who recorded it and a request id travel onto the events), and keeps what
 * an editor works from between entries: the source fields of the report at hand, in the session.
 */
@Component
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class Editor {

    static final String SOURCE = Editor.class.getName() + ".source";

    private final CommandSender sender;
    private final EventStore eventStore;

    public Editor(CommandSender sender, EventStore eventStore) {
        this.sender = sender;
        this.eventStore = eventStore;
    }

    /** One form as sent: what it says, by whom, and the page and session it answers to. */
    public Entry entry(MultiValueMap<String, String> form, Principal who, HttpSession session, Model model,
                       RedirectAttributes redirect) {
        return new Entry(new FormInput(form), who, session, model, redirect);
    }

    /**
     * Sends one command; empty when it was recorded, else why not, placed on the form's fields.
     *
     * @param versioned whether the command carries the version the page showed (a conflict then means stale)
     * @param prefix    the form fields' prefix for this command's paths ("meetings[0]." for a meeting)
     */
    public Optional<Refusal> send(Object command, Principal editor, Collection<String> fields, boolean versioned,
                                  String prefix) {
        try {
            sender.sendAs(command, editor.getName(), "ui-" + UUID.randomUUID());
            return Optional.empty();
        } catch (RuntimeException failure) {
            return Optional.of(Refusal.of(failure, fields, versioned, prefix).orElseThrow(() -> failure));
        }
    }

    /** The event store's head: the position a page reached after a form waits for its read model to reach. */
    public long position() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1L : head.position().orElse(-1L);
    }

    /** A fresh form: empty but for the source of the report the editor last recorded from. */
    @SuppressWarnings("unchecked")
    public Map<String, String> fresh(HttpSession session) {
        Map<String, String> remembered = (Map<String, String>) session.getAttribute(SOURCE);
        return remembered == null ? new LinkedHashMap<>() : new LinkedHashMap<>(remembered);
    }

    /**
     * Shows a form about a record with the record's version as the page opens (from the event store, which
     * the command side checks it against): a change sent from the page once the record has moved on is
     * then refused as stale instead of overwriting what the editor never saw.
     */
    public void open(Model model, Map<String, String> values, String recordId) {
        eventStore.lastSequenceNumberFor(recordId).ifPresent(version -> values.put("expectedVersion", version.toString()));
        show(model, values, null);
    }

    /** As {@link #open(Model, Map, String)}, with the version of the view the page shows. */
    public static void open(Model model, Map<String, String> values, long version) {
        values.put("expectedVersion", String.valueOf(version));
        show(model, values, null);
    }

    public void forget(HttpSession session) {
        session.removeAttribute(SOURCE);
    }

    /**
     * A form sent by the editor, answered in one of two ways: the same form again with the input kept and
     * the refusal at its fields, or a redirect to where the record shows, with the report's source kept
     * for the next entry.
     */
    public final class Entry {

        private final FormInput input;
        private final Principal who;
        private final HttpSession session;
        private final Model model;
        private final RedirectAttributes redirect;

        private Entry(FormInput input, Principal who, HttpSession session, Model model, RedirectAttributes redirect) {
            this.input = input;
            this.who = who;
            this.session = session;
            this.model = model;
            this.redirect = redirect;
        }

        public FormInput input() {
            return input;
        }

        public Model model() {
            return model;
        }

        /**
         * Sends the command unless the input already failed its own reading, and answers: the form again
         * ({@code page} names it) when refused, else a redirect to {@code then} saying {@code recorded}.
         * A form that carried the page's version ("expectedVersion") hears of a conflict as a stale page.
         */
        public String send(Object command, Collection<String> fields, Supplier<String> page, String recorded,
                           String then) {
            Optional<Refusal> refusal = input.errors().isEmpty()
                    ? Editor.this.send(command, who, fields, input.text("expectedVersion") != null, "")
                    : Optional.of(Refusal.ofInput(input.errors()));
            return refusal.isPresent() ? refused(refusal.get(), page) : recorded(recorded, then);
        }

        /** The form again, as typed, with why it was not recorded. */
        public String refused(Refusal refusal, Supplier<String> page) {
            show(model, input.values(), refusal);
            return page.get();
        }

        /**
         * Links the banner that says what was recorded to the page where it shows, for a fact without a
         * page of its own (a visit shows on its visitor's page): said only if the fact is recorded.
         */
        public Entry showsOn(String path, String text) {
            redirect.addFlashAttribute("recordedOn", path);
            redirect.addFlashAttribute("recordedOnText", text);
            return this;
        }

        /** Where the recorded fact shows, once the read model has reached it; the report's source is kept. */
        public String recorded(String message, String then) {
            // A form without source fields (a withdrawal, an alias) leaves the report at hand as it was.
            if (!input.source().isEmpty()) {
                session.setAttribute(SOURCE, new LinkedHashMap<>(input.source()));
            }
            redirect.addFlashAttribute("recorded", message);
            return "redirect:" + then + (then.contains("?") ? "&" : "?") + "at=" + position();
        }
    }

    /** What a form page shows: the values typed, and the refusal if there was one. */
    public static void show(Model model, Map<String, String> values, Refusal refusal) {
        model.addAttribute("form", values);
        model.addAttribute("errors", refusal == null ? Map.of() : refusal.fields());
        model.addAttribute("general", refusal == null ? List.of() : refusal.general());
        model.addAttribute("stale", refusal != null && refusal.stale());
    }
}
