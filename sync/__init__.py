"""Sealed bundles and merging between group members (built on crypto/).

Empty until the sync issue; the floor exists so the import rules can be tested.
"""
