#!/usr/bin/env python3
"""How busy the JIT compilers were, in buckets of the recording's time: compilations and seconds spent
by C2 (tier 4) and by C1 (tiers 1-3), and deoptimizations. A JVM whose C2 thread is still compiling
for most of a bucket is not warm yet: its CPU per command in that bucket includes the compiler's.

usage: jit-timeline.py recording.jfr [bucket-seconds]   (record with load-driver/jit.jfc)"""
import collections
import datetime
import json
import subprocess
import sys


def seconds(duration):
    # JFR prints durations as ISO-8601, e.g. "PT0.012S"
    return float(duration[2:-1]) if duration.startswith("PT") and duration.endswith("S") else 0.0


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


recording = sys.argv[1]
bucket = int(sys.argv[2]) if len(sys.argv) > 2 else 10
printed = subprocess.run(["jfr", "print", "--json", "--events", "jdk.Compilation,jdk.Deoptimization", recording],
                         capture_output=True, text=True, check=True).stdout
events = json.loads(printed)["recording"]["events"]
if not events:
    sys.exit("no compilations in " + recording + ": was it recorded with load-driver/jit.jfc?")
start = min(instant(e["values"]["startTime"]) for e in events)
rows = collections.defaultdict(lambda: {"c2": 0, "c2_s": 0.0, "c1": 0, "c1_s": 0.0, "deopt": 0})
for e in events:
    values = e["values"]
    row = rows[int((instant(values["startTime"]) - start) // bucket) * bucket]
    if e["type"] == "jdk.Deoptimization":
        row["deopt"] += 1
    elif values["compileLevel"] == 4:
        row["c2"] += 1
        row["c2_s"] += seconds(values["duration"])
    else:
        row["c1"] += 1
        row["c1_s"] += seconds(values["duration"])
print(f"{'from s':>6} {'C2 compiles':>11} {'C2 busy':>8} {'C1 compiles':>11} {'C1 busy':>8} {'deopts':>6}")
for at in sorted(rows):
    row = rows[at]
    print(f"{at:6d} {row['c2']:11d} {100 * row['c2_s'] / bucket:7.0f}% {row['c1']:11d} {100 * row['c1_s'] / bucket:7.0f}% {row['deopt']:6d}")
