package ties.statement;

/** Whether the text is the speaker's own words or the reporter's rendering of them. */
public enum StatementForm { QUOTE, PARAPHRASE }
