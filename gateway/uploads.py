"""File uploads through the GraphQL multipart request spec, shared by every agency flow.

A client sends ``multipart/form-data`` with ``operations``, ``map`` and the files (and, against
CSRF, a preflight header such as ``Apollo-Require-Preflight: true``); an input field of type
``Upload`` receives each file. This module holds what every agency needs on top:

* :func:`read_upload` reads one file up to a limit, never more (a larger file is reported as
  such without holding it whole);
* :func:`sniff` tells a file's type by its content, not by its name or declared type;
* :func:`accepted_type` is that type when an agency takes it under the file's name;
(:class:`gateway.limits.http.BodySizeLimitMiddleware` lets multipart requests, files, be larger
than JSON ones: the ``max_upload_bytes`` setting.)
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Final, Protocol

import filetype  # type: ignore[import-untyped]
from starlette.datastructures import UploadFile

_CHUNK: Final = 64 * 1024


class UploadLike(Protocol):
    """What strawberry hands a resolver for an ``Upload`` (Starlette's ``UploadFile``)."""

    filename: str | None
    content_type: str | None

    async def read(self, size: int = -1) -> bytes: ...


@dataclass(frozen=True)
class UploadedFile:
    """A file read up to a limit. ``data`` is empty when ``too_large``."""

    filename: str
    declared_type: str
    size: int
    """Bytes read; past the limit, the limit plus one."""
    too_large: bool
    data: bytes = field(repr=False)


async def read_upload(upload: UploadLike, max_bytes: int) -> UploadedFile:
    """Read ``upload`` whole if it holds at most ``max_bytes``, else stop one byte past it."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = await upload.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    too_large = size > max_bytes
    return UploadedFile(
        filename=upload.filename or "",
        declared_type=upload.content_type or "",
        size=size,
        too_large=too_large,
        data=b"" if too_large else b"".join(chunks),
    )


_SVG_ROOT: Final = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE\s+svg[^>]*>\s*)?(<!--.*?-->\s*)*<svg[\s>]",
    re.S | re.I,
)


def sniff(data: bytes) -> str | None:
    """The MIME type ``data`` holds by its content: what :mod:`filetype` recognises by magic
    bytes (PNG, JPEG, GIF, BMP, TIFF, PDF …) or, for SVG (text, which it does not know), an XML
    document whose root element is ``<svg``; None when it is none of these."""
    kind = filetype.guess_mime(data)
    if kind is not None:
        return str(kind)
    if _SVG_ROOT.match(data[:4096].removeprefix(b"\xef\xbb\xbf")):
        return "image/svg+xml"
    return None


def extension(filename: str) -> str:
    """The lower-case extension of ``filename`` ("" when it has none)."""
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def accepted_type(upload: UploadedFile, extensions: Mapping[str, Collection[str]]) -> str | None:
    """The type ``upload``'s content holds (:func:`sniff`) when it is one of ``extensions``' keys
    and the file's name ends with one of the extensions listed for that type; None otherwise
    (a PDF named ``photo.png``, an image named ``photo.exe``)."""
    kind = sniff(upload.data)
    if kind is None or extension(upload.filename) not in extensions.get(kind, ()):
        return None
    return kind


def fingerprint(value: object) -> dict[str, object]:
    """An uploaded file as JSON for request fingerprints (``orjson.dumps(default=…)``, the
    idempotency key's request hash): its name, type and content digest; the file is rewound."""
    if not isinstance(value, UploadFile):
        raise TypeError(f"Type is not JSON serializable: {type(value).__name__}")
    position = value.file.tell()
    digest = hashlib.sha256(value.file.read()).hexdigest()
    value.file.seek(position)
    return {"upload": value.filename, "type": value.content_type, "sha256": digest}
