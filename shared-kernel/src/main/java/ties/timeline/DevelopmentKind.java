package ties.timeline;

/** The kinds of development the timeline shows. */
public enum DevelopmentKind {
    VISIT, MEETING, STATEMENT, PROPOSAL, STATUS_CHANGE, AGREEMENT, OBSTACLE, ENGAGEMENT
}
