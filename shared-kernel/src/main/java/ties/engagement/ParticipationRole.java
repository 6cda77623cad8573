package ties.engagement;

/** How a party takes part in an engagement. */
public enum ParticipationRole {
    /** Hosts it on its soil or waters. */
    HOST,
    /** Organises or leads it (may also be the host). */
    ORGANISER,
    /** Takes part in it. */
    PARTICIPANT,
    /** Attends to watch, without taking part. */
    OBSERVER,
    /** Was invited; whether it came is not (yet) reported. */
    INVITED,
    OTHER;

    /** Whether the role is a presence at the engagement (an invitation alone is not). */
    public boolean present() {
        return this != INVITED;
    }
}
