"""Render the application and file icons for the desktop packages (``make icons``).

From ``resources/icons/app.svg`` (the program) and ``packaging/linux/application-x-tomwizard.svg``
(a ``.tomw`` file): PNGs in the hicolor sizes for Linux (``packaging/linux/icons/``), a
multi-size ``.ico`` for Windows and an ``.icns`` for macOS. The outputs are committed, so that
installing the desktop files needs neither Qt nor Pillow; run this again after changing an SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICONS = {
    ("apps", "tomwizard"): ROOT / "resources" / "icons" / "app.svg",
    ("mimetypes", "application-x-tomwizard"): ROOT
    / "packaging"
    / "linux"
    / "application-x-tomwizard.svg",
}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` × ``size`` PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main(root: Path = ROOT) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    hicolor = root / "packaging" / "linux" / "icons" / "hicolor"
    for (context, name), svg in ICONS.items():
        for size in SIZES:
            target = hicolor / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(render_png(svg, size))
        scalable = hicolor / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        scalable.write_bytes(svg.read_bytes())
    app_svg = ICONS[("apps", "tomwizard")]
    biggest = Image.open(io.BytesIO(render_png(app_svg, 256)))
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    biggest.save(root / "packaging" / "windows" / "tomwizard.ico", sizes=ico_sizes)
    big = Image.open(io.BytesIO(render_png(app_svg, 1024)))
    big.save(root / "packaging" / "macos" / "tomwizard.icns")
    doc = Image.open(io.BytesIO(render_png(ICONS[("mimetypes", "application-x-tomwizard")], 256)))
    doc.save(root / "packaging" / "windows" / "tomwizard-file.ico", sizes=ico_sizes)
    big_doc = render_png(ICONS[("mimetypes", "application-x-tomwizard")], 1024)
    Image.open(io.BytesIO(big_doc)).save(root / "packaging" / "macos" / "tomwizard-file.icns")
    print(f"icons written below {root / 'packaging'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
