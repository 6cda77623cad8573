package ties.load;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One client's stream of mixed commands, all on records it created itself, so clients never contend
 * for an aggregate. In every 20 commands: 2 actor registrations, 3 initiative proposals, 2 visits,
 * 2 statements and 11 status changes, each initiative taking at most {@code maxChanges} changes
 * before the client moves on to newer ones. Not thread-safe: one per client thread.
 */
final class Workload {

    enum Kind { ACTOR, INITIATIVE, VISIT, STATEMENT, STATUS }

    /** One command to send: {@code subject} is the initiative a status change moves. */
    record Op(Kind kind, String method, String path, byte[] body, Initiative subject) {
    }

    static final class Initiative {
        final String id;
        final int firstDay;
        int changes;

        Initiative(String id, int firstDay) {
            this.id = id;
            this.firstDay = firstDay;
        }
    }

    private static final Kind S = Kind.STATUS;
    private static final Kind[] PATTERN = {S, Kind.INITIATIVE, S, Kind.ACTOR, S, Kind.VISIT, S, Kind.STATEMENT, S,
            Kind.INITIATIVE, S, S, Kind.VISIT, S, Kind.STATEMENT, S, Kind.INITIATIVE, S, Kind.ACTOR, S};

    private final String prefix;
    private final int maxChanges;
    private final SplittableRandom random;
    private final List<String> actors = new ArrayList<>();
    private final ArrayDeque<Initiative> open = new ArrayDeque<>();
    private String latestInitiative;
    private long step;
    private long serial;

    Workload(String prefix, long seed, int maxChanges) {
        this.prefix = prefix;
        this.maxChanges = maxChanges;
        this.random = new SplittableRandom(seed);
    }

    Op next() {
        Kind kind = PATTERN[(int) (step++ % PATTERN.length)];
        if ((kind == Kind.VISIT || kind == Kind.STATEMENT) && actors.size() < 2) {
            kind = Kind.ACTOR;
        }
        if (kind == Kind.STATUS && open.isEmpty()) {
            kind = Kind.INITIATIVE;
        }
        long n = ++serial;
        return switch (kind) {
            case ACTOR -> {
                String id = prefix + "-a" + n;
                yield new Op(kind, "PUT", "/api/actors/" + id, Payloads.actor("Load Person " + id.replace('-', ' '),
                        country(), day(random.nextInt(600))), null);
            }
            case INITIATIVE -> {
                String id = prefix + "-i" + n;
                int first = random.nextInt(600);
                String a = country();
                String b;
                do {
                    b = country();
                } while (b.equals(a));
                yield new Op(kind, "PUT", "/api/initiatives/" + id,
                        Payloads.initiative("Load initiative " + id, pick(Payloads.INITIATIVE_KINDS), a, b, day(first)),
                        new Initiative(id, first));
            }
            case VISIT -> {
                int i = random.nextInt(actors.size());
                int j = (i + 1 + random.nextInt(actors.size() - 1)) % actors.size();
                yield new Op(kind, "PUT", "/api/visits/" + prefix + "-v" + n,
                        Payloads.visit(actors.get(i), actors.get(j), country(), pick(Payloads.CITIES), day(random.nextInt(600))),
                        null);
            }
            case STATEMENT -> new Op(kind, "PUT", "/api/statements/" + prefix + "-s" + n,
                    Payloads.statement(actors.get(random.nextInt(actors.size())), latestInitiative, day(random.nextInt(600))),
                    null);
            case STATUS -> {
                Initiative initiative = open.poll();
                int change = initiative.changes;
                yield new Op(kind, "POST", "/api/initiatives/" + initiative.id + "/status",
                        Payloads.status(Lifecycle.nth(change), day(initiative.firstDay + 3 * (change + 1))), initiative);
            }
        };
    }

    /** Updates the client's view of its records with a command's outcome ({@code ok} false: refused or lost). */
    void answered(Op op, boolean ok) {
        switch (op.kind()) {
            case ACTOR -> {
                if (ok) {
                    actors.add(op.path().substring(op.path().lastIndexOf('/') + 1));
                    if (actors.size() > 50) {
                        actors.remove(0);
                    }
                }
            }
            case INITIATIVE -> {
                if (ok) {
                    open.add(op.subject());
                    latestInitiative = op.subject().id;
                }
            }
            case STATUS -> {
                // A refused or lost change leaves the initiative's status unknown: retire it.
                if (ok && ++op.subject().changes < maxChanges) {
                    open.add(op.subject());
                }
            }
            default -> {
            }
        }
    }

    private String country() {
        return pick(Payloads.COUNTRIES);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static LocalDate day(int offset) {
        return Payloads.FIRST_DAY.plusDays(offset);
    }
}
