package ties.ui.record;

import jakarta.servlet.http.HttpSession;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ties.command.web.CommandSender;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

    /**
     * Sends one command; empty when it was recorded, else why not, placed on the form's fields.
     *
     * @param prefix the form fields' prefix for this command's paths ("meetings[0]." for a meeting)
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

    public void remember(HttpSession session, FormInput input) {
        session.setAttribute(SOURCE, new LinkedHashMap<>(input.source()));
    }

    public void forget(HttpSession session) {
        session.removeAttribute(SOURCE);
    }

    /** What a form page shows: the values typed, and the refusal if there was one. */
    public static void show(Model model, Map<String, String> values, Refusal refusal) {
        model.addAttribute("form", values);
        model.addAttribute("errors", refusal == null ? Map.of() : refusal.fields());
        model.addAttribute("general", refusal == null ? List.of() : refusal.general());
        model.addAttribute("stale", refusal != null && refusal.stale());
    }
}
