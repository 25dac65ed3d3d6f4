"""Benchmark the running assistant over REST: throughput and latency.

Starts the real Rasa server and action server on local ports (SQLite), sends a
fixed mix of first messages at several concurrency levels, and writes
reports/bench.md. Bounded: at most --messages requests per level, loopback only.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.local_stack import LocalStack  # noqa: E402

MIX = [
    "hej",
    "är jag anonym här?",
    "kan jag prata med en människa",
    "mina föräldrar kollar min mobil hela tiden",
    "hjälp han slår mig just nu",
    "can I talk to a real person",
    "vad är vädret imorgon",
    "tack så mycket",
]


def run_level(stack: LocalStack, concurrency: int, messages: int) -> dict:
    """About `messages` messages from `concurrency` people writing at the same time."""
    # one conversation per simulated person, each sending its messages in turn
    # (Rasa serialises messages of one conversation with a lock)
    per_person = max(1, messages // concurrency)

    def person(index: int) -> list:
        sender = stack.new_conversation()
        timings = []
        for i in range(per_person):
            start = time.perf_counter()
            stack.say(sender, MIX[(index + i) % len(MIX)])
            timings.append(time.perf_counter() - start)
        return timings

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        latencies = sorted(t for timings in pool.map(person, range(concurrency)) for t in timings)
    messages = len(latencies)
    elapsed = time.perf_counter() - started
    return {
        "concurrency": concurrency,
        "messages": messages,
        "per_second": round(messages / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000),
    }


def main() -> int:
    """Run the benchmark and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=120)
    parser.add_argument("--levels", default="1,4,8")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        stack = LocalStack(Path(tmp))
        stack.start()
        try:
            stack.say(stack.new_conversation(), "hej")  # warm up
            rows = [run_level(stack, int(level), args.messages)
                    for level in args.levels.split(",")]
        finally:
            stack.stop()
    lines = ["# Benchmark: REST channel, SQLite, one Rasa server + action server", "",
             "| concurrency | messages | messages/s | p50 ms | p95 ms |", "|---|---|---|---|---|"]
    lines += [f"| {r['concurrency']} | {r['messages']} | {r['per_second']} | {r['p50_ms']} | "
              f"{r['p95_ms']} |" for r in rows]
    report = "\n".join(lines) + "\n"
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
