"""`python -m amanat.app` is `amanat`: the window with no command, the command line with one."""

from amanat.app.main import run

run()
