"""The sections of the main window (notes, contacts, strategy, trash, search) and their editors."""
