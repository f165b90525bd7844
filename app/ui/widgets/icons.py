"""Icons: Tabler Icons (MIT, resources/icons/tabler/LICENSE) drawn in the colours of the scheme in use.

The icons are SVG files shipped in amanat.resources; Qt's SVG image plugin renders them (no QtSvg
module is imported). Each icon is drawn when it is painted, in the text colour of the scheme in use
(the selection's text colour when selected, the disabled colour when disabled), so switching between
light and dark needs no reloading. Icons whose picture points a way (an arrow out of a file, an undo
arrow) are mirrored while the window runs right to left.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QImageReader, QPainter, QPixmap

from amanat.app.ui.widgets.theme import current_scheme
from amanat.resources import ICONS_DIR

TABLER_DIR = ICONS_DIR / "tabler"
APP_ICON_DIR = ICONS_DIR / "app"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Pictures that point the way of reading (an arrow out of a file, an undo arrow): mirrored right to left.
MIRRORED_IN_RTL = frozenset({"file-export", "restore"})


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    path = TABLER_DIR / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon named {name!r} in {TABLER_DIR}")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def render_icon(name: str, pixels: int, colour: str, mirrored: bool) -> QImage:
    """Icon `name` as a square image of `pixels`, drawn in `colour` ('#RRGGBB'), mirrored if asked."""
    data = QByteArray(_svg_text(name).replace("currentColor", colour).encode("utf-8"))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(pixels, pixels))
    image = reader.read()
    if image.isNull():
        raise RuntimeError(f"icon {name!r} could not be drawn: {reader.errorString()}")
    if not mirrored:
        return image
    return image.flipped(Qt.Orientation.Horizontal) if hasattr(image, "flipped") else image.mirrored(True, False)


class TintedIconEngine(QIconEngine):
    """Draws one Tabler icon in the scheme's colours, mirrored right to left where it points a way."""

    def __init__(self, name: str, role: str = "text") -> None:
        super().__init__()
        _svg_text(name)  # a missing icon fails here, when it is asked for, not when it is painted
        self.name = name
        self.role = role

    def colour(self, mode: QIcon.Mode) -> str:
        scheme = current_scheme()
        if mode == QIcon.Mode.Disabled:
            return scheme.disabled_text
        if mode == QIcon.Mode.Selected:
            return scheme.accent_text
        return str(getattr(scheme, self.role))

    def mirrored(self) -> bool:
        return (self.name in MIRRORED_IN_RTL
                and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * max(scale, 1.0)))
        pixmap = QPixmap.fromImage(render_icon(self.name, side, self.colour(mode), self.mirrored()))
        pixmap.setDevicePixelRatio(max(scale, 1.0))
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return TintedIconEngine(self.name, self.role)

    def key(self) -> str:
        return "amanat-tinted"


def icon(name: str, role: str = "text") -> QIcon:
    """Tabler icon `name` (a file in resources/icons/tabler/), drawn in the scheme's `role` colour."""
    return QIcon(TintedIconEngine(name, role))


def app_icon() -> QIcon:
    """Amanat's own icon (resources/icons/app/, drawn for Amanat), from its PNG sizes."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = APP_ICON_DIR / f"amanat-{size}.png"
        if path.is_file():
            result.addFile(str(path), QSize(size, size))
    return result
