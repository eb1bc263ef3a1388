"""이력서 사진 as the gateway checks it before the platform does: at most one file, 5 MB, an
allowed type judged by its content (a PDF named ``photo.png`` is refused)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from connectors.kosme import PhotoFile
from gateway.errors import UserError
from gateway.messages.kosme import KosmeErrorCode as Code
from gateway.uploads import UploadLike, accepted_type, read_upload

MAX_PHOTOS: Final = 1
"""전체 개수 : 1개."""
MAX_PHOTO_BYTES: Final = 5 * 1024 * 1024
"""단일 사이즈 / 전체 사이즈: 5 MB."""
PHOTO_EXTENSIONS: Final = frozenset({"bmp", "gif", "svg", "png", "jpg", "jpeg", "tif", "tiff"})
"""파일 타입 : bmp, gif, svg, png, jpg, jpeg, tif, tiff — the file's name."""
PHOTO_TYPES: Final = dict.fromkeys(
    ("image/bmp", "image/gif", "image/svg+xml", "image/png", "image/jpeg", "image/tiff"),
    PHOTO_EXTENSIONS,
)
"""The same types as :func:`gateway.uploads.sniff` tells them from the file's content, each
under any of the allowed names (a GIF named ``me.png`` is kept as the GIF it is)."""


async def photo_files(uploads: Sequence[UploadLike] | None) -> tuple[PhotoFile, ...]:
    """The uploaded photo, read and checked (none when none was sent).

    Raises:
        UserError: PHOTO_TOO_MANY, PHOTO_TOO_LARGE, PHOTO_TYPE_NOT_ALLOWED.
    """
    if not uploads:
        return ()
    if len(uploads) > MAX_PHOTOS:
        raise UserError(Code.PHOTO_TOO_MANY, field=["input", "photos"])
    field = ["input", "photos", "0"]
    upload = await read_upload(uploads[0], MAX_PHOTO_BYTES)
    if upload.too_large:
        raise UserError(Code.PHOTO_TOO_LARGE, field=field)
    kind = accepted_type(upload, PHOTO_TYPES)
    if kind is None:
        raise UserError(Code.PHOTO_TYPE_NOT_ALLOWED, field=field)
    return (PhotoFile(upload.filename, kind, upload.data),)
