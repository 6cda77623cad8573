package ties.fact;

/** How sure the editor is that a recorded fact is true. */
public enum Confidence { HIGH, MEDIUM, LOW }
