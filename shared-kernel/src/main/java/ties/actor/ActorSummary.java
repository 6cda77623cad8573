package ties.actor;

import ties.fact.CountryCode;

import java.util.List;

/** An actor found by name search. */
public record ActorSummary(String actorId, ActorKind kind, String name, List<String> aliases, CountryCode country) {
}
