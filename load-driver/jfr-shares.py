#!/usr/bin/env python3
"""Where a JVM's CPU went in one window of a JFR recording: the share of execution samples whose stack
holds each pattern (a class, package or method name, matched as a substring of the frame), and the frames
most often on top. Samples outside [from, to] (UTC wall clock, HH:MM:SS) are left out, so a recording
started with the JVM can be read for the measured window alone, without start-up and warm-up.

usage: jfr-shares.py recording.jfr FROM TO [pattern ...]   (record with settings=profile or load-driver/cpu.jfc)
prints one JSON line: {"samples": n, "shares": {pattern: percent}, "layers": {pattern: percent}, "top": [[percent, frame], ...]}
"shares" counts a sample for every pattern its stack holds (nested patterns overlap); "layers" counts it once, for
the pattern of its innermost matching frame ("-" when none matches), so the layers add up to 100."""
import collections
import json
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")


def samples(recording, start, end):
    """The stacks (innermost frame first) of the execution samples taken between start and end."""
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "512", recording],
                          check=True, capture_output=True, text=True).stdout
    stack, keep = None, False
    for line in text.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            if stack and keep:
                yield stack
            stack, keep = [], False
        elif line.strip().startswith("startTime = ") and stack is not None:
            at = line.split("=", 1)[1].strip()[:8]
            keep = start <= at <= end
        elif stack is not None and (frame := FRAME.match(line)):
            stack.append(frame.group(1))
    if stack and keep:
        yield stack


def main(recording, start, end, *patterns):
    stacks = list(samples(recording, start, end))
    n = max(len(stacks), 1)
    shares = {p: round(100 * sum(any(p in f for f in s) for s in stacks) / n, 1) for p in patterns}
    layers = collections.Counter(innermost(s, patterns) for s in stacks)
    top = collections.Counter(s[0] for s in stacks if s).most_common(15)
    print(json.dumps({"samples": len(stacks), "shares": shares,
                      "layers": {p: round(100 * c / n, 1) for p, c in layers.most_common()},
                      "top": [[round(100 * c / n, 1), f] for f, c in top]}))


def innermost(stack, patterns):
    """The pattern of the innermost frame that matches one (the first listed, where a frame matches several)."""
    for frame in stack:
        for p in patterns:
            if p in frame:
                return p
    return "-"


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
