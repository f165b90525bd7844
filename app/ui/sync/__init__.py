"""The Sync section: identity, people, groups, drive and mail exchange, reviews of what comes in and out."""
