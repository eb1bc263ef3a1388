"""이력서 사진: one file of at most 5 MB, of a type the uploader accepts, judged by its content.

A file is what its bytes say, not what its name or declared type say: the image formats are
recognised by :mod:`filetype` (magic bytes), a PDF renamed ``photo.png`` is refused. SVG is text,
which ``filetype`` does not know, so it is sniffed as XML whose root element is ``<svg``.
"""

from __future__ import annotations

import re
from typing import Final

import filetype  # type: ignore[import-untyped]

MAX_PHOTOS: Final = 1
"""전체 개수 : 1개."""
MAX_PHOTO_BYTES: Final = 5 * 1024 * 1024
"""단일 사이즈 / 전체 사이즈: 5 MB."""
ALLOWED_EXTENSIONS: Final = ("bmp", "gif", "svg", "png", "jpg", "jpeg", "tif", "tiff")
"""파일 타입 : bmp, gif, svg, png, jpg, jpeg, tif, tiff."""
ALLOWED_TYPES: Final = frozenset(
    {"image/bmp", "image/gif", "image/svg+xml", "image/png", "image/jpeg", "image/tiff"}
)
"""The same types as :func:`sniff` tells them from the content."""
_SVG_ROOT: Final = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE\s+svg[^>]*>\s*)?(<!--.*?-->\s*)*<svg[\s>]",
    re.S | re.I,
)


def sniff(data: bytes) -> str | None:
    """The image type ``data`` holds (``image/png`` …), or None for anything else."""
    kind = filetype.image_match(data)
    if kind is not None and kind.mime in ALLOWED_TYPES:
        return str(kind.mime)
    if _SVG_ROOT.match(data[:4096].removeprefix(b"\xef\xbb\xbf")):
        return "image/svg+xml"
    return None


def extension_allowed(filename: str) -> bool:
    """Whether the name ends with one of the uploader's types."""
    return filename.rsplit(".", 1)[-1].lower() in ALLOWED_EXTENSIONS if "." in filename else False
