"""Shared widgets and helpers every room may use: the view context, workers, languages, text direction,
file dialogs, the clipboard guard, error text. Imports no other room."""
