"""Dialogs opened from the window: settings, passphrases, re-keying, the border tools."""
