"""The window itself: start-up, unlock and first run, the main window and workspace, locking."""
