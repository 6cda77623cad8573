package ties.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The endpoints every kind of record has: create under a chosen id (PUT, idempotent) or a generated
 * one (POST), correct with a reason, withdraw. Subclasses name the commands and add their own.
 *
 * @param <F> the record's facts
 */
public abstract class RecordCommandApi<F> {

    protected final CommandSender sender;
    private final String path;

    protected RecordCommandApi(CommandSender sender, String path) {
        this.sender = sender;
        this.path = path;
    }

    protected abstract Object create(String id, F facts);

    protected abstract Object correct(String id, String reason, F corrected, Long expectedVersion);

    protected abstract Object withdraw(String id, String reason, Long expectedVersion);

    /** The words a generated id is made from (a title or a name). */
    protected abstract String slugSource(F facts);

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> createWithGeneratedId(@RequestBody F facts, HttpServletRequest request) {
        String id = Slugs.from(facts == null ? null : slugSource(facts));
        return send(create(id, facts), id, request);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> createWithId(@PathVariable String id, @RequestBody F facts, HttpServletRequest request) {
        return send(create(id, facts), id, request);
    }

    @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> correct(@PathVariable String id, @RequestBody CorrectionRequest<F> body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           HttpServletRequest request) {
        return send(correct(id, body.reason(), body.corrected(), CommandSender.expectedVersion(ifMatch)), id, request);
    }

    @PostMapping(path = "/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> withdraw(@PathVariable String id, @RequestBody WithdrawalRequest body,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            HttpServletRequest request) {
        return send(withdraw(id, body.reason(), CommandSender.expectedVersion(ifMatch)), id, request);
    }

    protected ResponseEntity<Receipt> send(Object command, String id, HttpServletRequest request) {
        return sender.send(command, request, path + "/" + id);
    }
}
