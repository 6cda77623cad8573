package ties.actor;

/** Actors whose name or alias contains {@code name}, ignoring case and accents. */
public record SearchActors(String name, int limit) {
}
