"""Sync in the vault: identity, peers, groups, and exchanging sealed bundles (GUI-free)."""
