"""Amanat's ground floor: keys, key derivation and key files.

Nothing here imports the rest of Amanat, Qt or a database. I/O is limited to
what a key file needs.
"""
