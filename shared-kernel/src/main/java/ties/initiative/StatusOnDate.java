package ties.initiative;

import ties.fact.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What can be said of an initiative's status on a day, honouring how precisely each step is dated.
 *
 * @param status    the last status known to have been reached by that day, or null if not even the
 *                  proposal is known to have happened by then
 * @param since     when that status was reached, as reported
 * @param uncertain later steps that may or may not have happened by that day (their dates straddle it)
 * @param explanation the answer in words, e.g. "the step to agreed is dated '2018', which is not known
 *                  to have happened by 2018-03-01"
 */
public record StatusOnDate(String initiativeId, LocalDate on, Instant asOf, InitiativeStatus status, PartialDate since,
                           List<PossibleStep> uncertain, String explanation) {

    public record PossibleStep(InitiativeStatus to, PartialDate occurred) {
    }
}
