package ties.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name=value} or {@code --name value}; flags without a value are "true". */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    Options(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() < 3) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            if (eq >= 0) {
                values.put(body.substring(0, eq), body.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(body, args[++i]);
            } else {
                values.put(body, "true");
            }
        }
    }

    String string(String name, String fallback) {
        used.add(name);
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return (int) number(name, fallback);
    }

    long number(String name, long fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    double decimal(String name, double fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + value + "'");
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(string(name, "false"));
    }

    /** Refuses options no scenario asked for, so that a typo does not silently run the defaults. */
    void requireAllUsed() {
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
