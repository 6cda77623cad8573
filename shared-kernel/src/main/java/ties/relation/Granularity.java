package ties.relation;

/** How finely the relations chart buckets developments in time. */
public enum Granularity { MONTH, QUARTER, YEAR }
