package ties.actor;

/** What sort of actor: a state, a person, or a kind of organisation. */
public enum ActorKind {
    COUNTRY, PERSON, ARMED_FORCES, MINISTRY, GOVERNMENT, NEWS_AGENCY, MILITANT_GROUP,
    INTERNATIONAL_ORGANISATION, OTHER_ORGANISATION
}
