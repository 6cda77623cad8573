package ties.initiative;

/** How much of an implemented initiative was carried out. */
public enum Completion { FULL, PARTIAL }
