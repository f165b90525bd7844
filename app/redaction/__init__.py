"""Redacted exports: marked names and places replaced by consistent pseudonyms (issue 18)."""
