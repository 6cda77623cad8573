package ties.engagement;

/** What sort of engagement: how the reports name it. */
public enum EngagementKind {
    /** A military exercise, drill or manoeuvre, bilateral or multilateral. */
    EXERCISE,
    /** Talks, a dialogue, staff talks, a round table, a joint commission or working group meeting. */
    DIALOGUE,
    /** A navy ship's or flotilla's call at a foreign port. */
    PORT_CALL,
    /** A training course, exchange of trainees or instructors. */
    TRAINING,
    /** A conference, symposium, exhibition or summit that parties attend. */
    CONFERENCE,
    OTHER
}
