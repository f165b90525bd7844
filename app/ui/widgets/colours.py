"""Amanat's colours: one light and one dark scheme, each with the states the window shows in colour.

Every text colour here is chosen to reach WCAG AA (4.5:1) against the backgrounds it is drawn on
in its own scheme; tests/ui/widgets/test_look.py measures the colours the window actually applies
(its palette and stylesheet), not this table. Nothing here imports Qt: the theme turns a scheme into
a QPalette and a stylesheet (widgets/theme.py).
"""

from __future__ import annotations

from dataclasses import dataclass

AA_TEXT = 4.5  # WCAG 2 AA, normal text


@dataclass(frozen=True)
class Scheme:
    """The colours of one scheme, as #RRGGBB."""

    name: str
    window: str  # behind labels, forms and the sidebar
    base: str  # behind text fields and lists
    alternate_base: str
    text: str
    muted: str  # list dates, placeholders, hints: dimmer than text, still AA
    button: str
    button_text: str
    border: str
    accent: str  # selection, focus, links, the default button
    accent_text: str  # text on the accent
    link: str
    error: str
    warning: str
    verified: str
    high_risk: str
    danger: str  # the Wipe button's face
    danger_text: str
    disabled_text: str
    empty_icon: str  # the large icon of an empty section (decoration, not text)


LIGHT = Scheme(
    name="light",
    window="#F4F6F8",
    base="#FFFFFF",
    alternate_base="#F2F4F7",
    text="#1A1F26",
    muted="#56606B",
    button="#E9EDF1",
    button_text="#1A1F26",
    border="#C3CAD2",
    accent="#1D5C8A",
    accent_text="#FFFFFF",
    link="#1D5C8A",
    error="#B3261E",
    warning="#8A4D00",
    verified="#1F6B36",
    high_risk="#A4251C",
    danger="#B3261E",
    danger_text="#FFFFFF",
    disabled_text="#8A929B",
    empty_icon="#9AA4AF",
)

DARK = Scheme(
    name="dark",
    window="#1D2127",
    base="#15181C",
    alternate_base="#1B1F24",
    text="#E7EAEE",
    muted="#A3ACB7",
    button="#2A3038",
    button_text="#E7EAEE",
    border="#3E4650",
    accent="#2D6A99",
    accent_text="#FFFFFF",
    link="#7FB8E6",
    error="#FF8F86",
    warning="#F0BE5A",
    verified="#78D08E",
    high_risk="#FF8F86",
    danger="#B3261E",
    danger_text="#FFFFFF",
    disabled_text="#6E7781",
    empty_icon="#56606B",
)

SCHEMES = {"light": LIGHT, "dark": DARK}

# Contact risk levels as the contact's banner shows them: (background, text), the same in both schemes
# because the banner sets both.
RISK_BANNER = {
    "high": ("#B3261E", "#FFFFFF"),
    "medium": ("#F2B01E", "#1F1B16"),
    "low": ("#2E7D32", "#FFFFFF"),
    "unknown": ("#5F6368", "#FFFFFF"),
}


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of '#RRGGBB'."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio of two '#RRGGBB' colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
