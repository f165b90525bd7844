"""`python -m app` is `amanat`: the window with no command, the command line with one."""

from app.main import run

run()
