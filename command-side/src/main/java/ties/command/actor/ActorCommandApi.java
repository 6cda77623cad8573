package ties.command.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.actor.ActorFacts;
import ties.actor.AddActorAlias;
import ties.actor.CorrectActor;
import ties.actor.RecordActorRole;
import ties.actor.RegisterActor;
import ties.actor.RoleFacts;
import ties.actor.WithdrawActor;
import ties.command.web.CommandSender;
import ties.command.web.Receipt;
import ties.command.web.RecordCommandApi;

@RestController
@RequestMapping(ActorCommandApi.PATH)
@Tag(name = "Actors", description = "Register countries, organisations and persons, their aliases and roles")
public class ActorCommandApi extends RecordCommandApi<ActorFacts> {

    public static final String PATH = "/api/actors";

    public ActorCommandApi(CommandSender sender) {
        super(sender, PATH);
    }

    /** The body of an alias addition. */
    public record AliasRequest(String alias) {
    }

    @Operation(summary = "Adds another spelling or transliteration of the actor's name (\"Baqeri\" for \"Bagheri\")")
    @PostMapping(path = "/{id}/aliases", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> addAlias(@PathVariable String id, @RequestBody AliasRequest body,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            HttpServletRequest request) {
        return send(new AddActorAlias(id, body.alias(), CommandSender.expectedVersion(ifMatch)), id, request);
    }

    @Operation(summary = "Records a role the actor held (\"Chief of Staff of the Armed Forces\"), since, until or on a date")
    @PostMapping(path = "/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordRole(@PathVariable String id, @RequestBody RoleFacts role,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              HttpServletRequest request) {
        return send(new RecordActorRole(id, role, CommandSender.expectedVersion(ifMatch)), id, request);
    }

    @Override
    protected Object create(String id, ActorFacts facts) {
        return new RegisterActor(id, facts);
    }

    @Override
    protected Object correct(String id, String reason, ActorFacts corrected, Long expectedVersion) {
        return new CorrectActor(id, reason, corrected, expectedVersion);
    }

    @Override
    protected Object withdraw(String id, String reason, Long expectedVersion) {
        return new WithdrawActor(id, reason, expectedVersion);
    }

    @Override
    protected String slugSource(ActorFacts facts) {
        return facts.name();
    }
}
