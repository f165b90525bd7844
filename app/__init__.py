"""Amanat: an offline-first encrypted vault for human rights defenders in exile.

`app/` holds the GUI-free core (vault, store, services, command line);
`app/ui/` will hold the Qt desktop window and is the only place Qt is imported.
"""

__version__ = "0.1.0"
