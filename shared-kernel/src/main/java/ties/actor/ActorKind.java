package ties.actor;

/**
 * What sort of actor: a state, a person, or a kind of organisation. State bodies (armed forces,
 * ministries, a government) belong to a country; non-state bodies (companies, industry associations,
 * think tanks, international organisations) may be tied to one or to none.
 */
public enum ActorKind {
    COUNTRY, PERSON, ARMED_FORCES, MINISTRY, GOVERNMENT, NEWS_AGENCY, MILITANT_GROUP,
    INTERNATIONAL_ORGANISATION, OTHER_ORGANISATION, COMPANY, INDUSTRY_ASSOCIATION, THINK_TANK
}
