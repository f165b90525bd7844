"""The window's look: Amanat's light or dark palette, one stylesheet, and one type scale.

`apply_theme` sets the application's palette itself (Fusion draws with it on every platform), so
"dark" is dark on X11 too, where no platform theme answers Qt's colour-scheme request. "system"
follows the platform's scheme when it tells one, else light. The stylesheet gives states their
colours (a widget says its state with `set_state`), the type scale its sizes (`set_type`), and the
sidebar, buttons and fields their spacing; it is made again when the scheme or the language's base
font changes (`refresh_look`), so sizes follow the font of Dari and Pashto.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from amanat.app.ui.widgets.colours import DARK, LIGHT, Scheme

STATES = ("error", "warning", "verified", "high-risk", "muted", "danger")
# The type scale, relative to the language's body size (Dari and Pashto have a larger one: widgets/i18n.py).
TYPE_SCALE = {"small": 0.9, "body": 1.0, "subheading": 1.1, "heading": 1.3, "title": 1.6, "key": 1.5}
BOLD_TYPES = {"subheading", "heading", "title"}


class _LookState(QObject):
    """The theme the user chose and the scheme in use; says when the scheme changes."""

    scheme_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.theme = "system"
        self.scheme: Scheme = LIGHT
        self.watching_system = False


_state: _LookState | None = None


def look_state() -> _LookState:
    """The one look of this process (made on first use, after the QApplication exists)."""
    global _state  # one look per process, like the application's palette
    if _state is None:
        _state = _LookState()
    return _state


def current_scheme() -> Scheme:
    """The colours the window uses now."""
    return look_state().scheme


def apply_theme(theme: str) -> None:
    """Use the light or dark scheme ('light', 'dark'), or the platform's ('system'), everywhere, now."""
    state = look_state()
    state.theme = theme
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # window frames follow where the platform supports it
        if theme == "light":
            hints.setColorScheme(Qt.ColorScheme.Light)
        elif theme == "dark":
            hints.setColorScheme(Qt.ColorScheme.Dark)
        else:
            hints.unsetColorScheme()
    if not state.watching_system and hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(look_state().theme)
                                         if look_state().theme == "system" else None)
        state.watching_system = True
    scheme = _resolve(theme)
    changed = scheme is not state.scheme
    state.scheme = scheme
    refresh_look()
    if changed:
        state.scheme_changed.emit(scheme.name)


def _resolve(theme: str) -> Scheme:
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def refresh_look() -> None:
    """Palette and stylesheet again, for the scheme in use and the application's font now."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    scheme = current_scheme()
    app.setPalette(build_palette(scheme))
    app.setStyleSheet(build_stylesheet(scheme, app.font().pointSizeF()))


def build_palette(scheme: Scheme) -> QPalette:
    """A QPalette of every role Fusion draws with, from `scheme`."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: scheme.window, QPalette.ColorRole.WindowText: scheme.text,
        QPalette.ColorRole.Base: scheme.base, QPalette.ColorRole.AlternateBase: scheme.alternate_base,
        QPalette.ColorRole.Text: scheme.text, QPalette.ColorRole.PlaceholderText: scheme.muted,
        QPalette.ColorRole.Button: scheme.button, QPalette.ColorRole.ButtonText: scheme.button_text,
        QPalette.ColorRole.BrightText: scheme.error, QPalette.ColorRole.Highlight: scheme.accent,
        QPalette.ColorRole.HighlightedText: scheme.accent_text, QPalette.ColorRole.Link: scheme.link,
        QPalette.ColorRole.LinkVisited: scheme.link, QPalette.ColorRole.ToolTipBase: scheme.base,
        QPalette.ColorRole.ToolTipText: scheme.text, QPalette.ColorRole.Light: scheme.base,
        QPalette.ColorRole.Midlight: scheme.alternate_base, QPalette.ColorRole.Mid: scheme.border,
        QPalette.ColorRole.Dark: scheme.border, QPalette.ColorRole.Shadow: "#000000",
    }
    if hasattr(QPalette.ColorRole, "Accent"):
        roles[QPalette.ColorRole.Accent] = scheme.accent
    for role, colour in roles.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(scheme.disabled_text))
    return palette


def _points(base: float, step: str) -> str:
    return f"{max(6.0, round(base * TYPE_SCALE[step] * 2) / 2):g}pt"


def build_stylesheet(scheme: Scheme, base_points: float) -> str:
    """The application's stylesheet: spacing, buttons, fields, the sidebar, states and the type scale."""
    s = scheme
    base = base_points if base_points > 0 else 9.0
    types = "\n".join(
        f'*[type="{step}"] {{ font-size: {_points(base, step)};{" font-weight: bold;" if step in BOLD_TYPES else ""} }}'
        for step in TYPE_SCALE)
    return f"""
QListWidget#sidebar {{ background: {s.window}; border: none; padding: 8px 6px; outline: 0; }}
QListWidget#sidebar::item {{ padding: 0 8px; border-radius: 6px; color: {s.text}; }}
QListWidget#sidebar::item:hover:!selected {{ background: {s.button}; }}
QListWidget#sidebar::item:selected {{ background: {s.accent}; color: {s.accent_text}; }}
QPushButton, QToolButton {{ background: {s.button}; color: {s.button_text}; border: 1px solid {s.border};
    border-radius: 5px; padding: 5px 12px; }}
QToolButton {{ padding: 4px 8px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {s.accent}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: {s.border}; }}
QPushButton:focus, QToolButton:focus {{ border: 1px solid {s.accent}; }}
QPushButton:default {{ background: {s.accent}; color: {s.accent_text}; border-color: {s.accent}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {s.disabled_text}; background: {s.window}; }}
QPushButton[state="danger"] {{ background: {s.danger}; color: {s.danger_text}; border-color: {s.danger};
    font-weight: bold; padding: 6px 14px; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ background: {s.base}; color: {s.text}; border: 1px solid {s.border};
    border-radius: 4px; selection-background-color: {s.accent}; selection-color: {s.accent_text}; }}
QLineEdit {{ padding: 3px 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {s.accent}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{ color: {s.disabled_text}; }}
QLabel[state="error"] {{ color: {s.error}; }}
QLabel[state="warning"] {{ color: {s.warning}; }}
QGroupBox[state="warning"]::title {{ color: {s.warning}; }}
QTextEdit[state="warning"] {{ border: 2px solid {s.warning}; }}
QLabel[state="verified"] {{ color: {s.verified}; }}
QLabel[state="high-risk"] {{ color: {s.high_risk}; font-weight: bold; }}
QLabel[state="muted"] {{ color: {s.muted}; }}
QLabel[link="true"] {{ color: {s.link}; }}
QWidget[emptyState="true"] {{ background: transparent; }}
{types}
*[type="key"] {{ font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Consolas", monospace; }}
"""


def set_state(widget: QWidget, state: str) -> None:
    """Colour `widget` for a state ('error', 'warning', 'verified', 'high-risk', 'muted', 'danger'; '' for none)."""
    if state and state not in STATES:
        raise ValueError(f"unknown state {state!r}")
    if widget.property("state") == (state or None):
        return
    widget.setProperty("state", state or None)
    _repolish(widget)


def set_type(widget: QWidget, step: str) -> None:
    """Give `widget` a step of the type scale ('small', 'subheading', 'heading', 'title', 'key')."""
    if step not in TYPE_SCALE:
        raise ValueError(f"unknown type step {step!r}")
    widget.setProperty("type", step)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
