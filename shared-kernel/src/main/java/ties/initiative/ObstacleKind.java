package ties.initiative;

/** What stands in an initiative's way. */
public enum ObstacleKind {
    SANCTIONS, INTERNATIONAL_PRESSURE, DIFFERING_PRIORITIES, SECURITY_INCIDENT, POLITICAL_CHANGE, FUNDING, OTHER
}
