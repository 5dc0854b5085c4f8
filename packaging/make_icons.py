"""Render the Postvakt icon (packaging/icons/postvakt.svg) to the files the installers use.

    .venv/bin/python packaging/make_icons.py

Writes, next to the SVG:

* ``postvakt-256.png``, ``postvakt-128.png``, ``postvakt-48.png`` (Linux, README)
* ``postvakt.ico`` (Windows: 16, 24, 32, 48, 64, 128 and 256 px in one file)
* ``postvakt.icns`` (macOS)

QtSvg's ``QSvgRenderer`` (part of PySide6-Essentials) draws the SVG at each size and Qt
encodes the PNGs. The ICO and ICNS containers are written here with ``struct``, one
PNG-compressed image per size: Qt's own ``qico``/``qicns`` writers put only one size in a
file, and Pillow is not needed.
The outputs are committed; run this again only after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent / "icons"
SVG = HERE / "postvakt.svg"
PNG_SIZES = (256, 128, 48)
ICO_SIZES = (256, 128, 64, 48, 32, 24, 16)
ICNS_SIZES = (1024, 512, 256, 128, 64, 32, 16)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, fmt: bytes) -> None:
    writer = QImageWriter(str(path), QByteArray(fmt))
    if not writer.write(image):
        raise SystemExit(f"Could not write {path}: {writer.errorString()}")


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Could not encode PNG")
    return bytes(buffer.data())


def write_ico(images: dict[int, bytes], path: Path) -> None:
    """An ICO file with one PNG-compressed entry per size (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)


# ICNS element types that hold PNG data, by pixel size (macOS 10.7 and later).
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def write_icns(images: dict[int, bytes], path: Path) -> None:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data for size, data in images.items()
    )
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    for size in PNG_SIZES:
        write(render(renderer, size), HERE / f"postvakt-{size}.png", b"png")
    write_ico({s: png_bytes(render(renderer, s)) for s in ICO_SIZES}, HERE / "postvakt.ico")
    write_icns({s: png_bytes(render(renderer, s)) for s in ICNS_SIZES}, HERE / "postvakt.icns")
    for path in sorted(HERE.iterdir()):
        print(f"{path.name:20} {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
