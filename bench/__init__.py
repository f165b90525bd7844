"""Benchmarks of Amanat's core, each measured as a ratio against a baseline run side by side.

Run `python -m bench` (or `python -m bench --quick`); see bench.vault_bench.
"""
