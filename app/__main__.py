"""`python -m app` runs the `amanat` command line."""

from app.cli import run

run()
