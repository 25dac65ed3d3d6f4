"""Developer scripts (setup, rendering, evaluation, benchmarks)."""
