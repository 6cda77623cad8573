package ties.visit;

import ties.fact.CountryCode;

import java.time.Instant;
import java.util.List;

/**
 * A visit as recorded now (or at an as-of time), with the countries it involves: the destination and
 * the countries of its visitors and hosts.
 */
public record VisitView(String visitId, VisitFacts visit, List<CountryCode> countries, Instant recordedAt,
                        String recordedBy, Instant lastChangeAt) {
}
