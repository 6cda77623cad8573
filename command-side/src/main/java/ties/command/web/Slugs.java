package ties.command.web;

import ties.actor.ActorNames;

import java.security.SecureRandom;

/** Readable ids for records whose creator did not choose one: "joint-naval-exercises-k3x9qa". */
public final class Slugs {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Slugs() {
    }

    public static String from(String title) {
        String base = title == null ? "" : ActorNames.normalize(title).replaceAll("[^a-z0-9]+", "-");
        base = base.length() > 60 ? base.substring(0, 60) : base;
        base = base.replaceAll("^-+|-+$", "");
        StringBuilder slug = new StringBuilder(base.isEmpty() ? "record" : base).append('-');
        for (int i = 0; i < 6; i++) {
            slug.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return slug.toString();
    }
}
