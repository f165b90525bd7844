"""Work coming into the vault from other programs' files, and leaving it for them (issue 18)."""
