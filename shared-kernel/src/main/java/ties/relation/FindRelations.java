package ties.relation;

import ties.fact.CountryCode;

/** Developments between two countries counted by kind and by period. */
public record FindRelations(CountryCode first, CountryCode second, Granularity granularity) {
}
