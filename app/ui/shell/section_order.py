"""The workspace's sections in the sidebar's order, and their icons (read by the menus before the workspace exists)."""

from __future__ import annotations

SECTION_KINDS = ("note", "contact", "draft", "trash", "sync", "tasks")
SECTION_ICONS = {"note": "notebook", "contact": "address-book", "draft": "chess-knight", "trash": "trash",
                 "sync": "arrows-exchange", "tasks": "list-check"}
