"""사업자등록증 스캔본 — the business registration certificate a new company's registration
must attach (※ 소속기업 사업자등록증 스캔본 파일 첨부 필수), sent as a GraphQL multipart upload and
checked here before KOTRA sees it: one file of at most 5 MB, a scan type judged by its content
(PDF, JPEG, PNG, TIFF) whose name's extension agrees with that content (an HTML page or a PDF
named ``사업자등록증.png`` is refused)."""

from __future__ import annotations

import base64
from typing import Any, Final

from gateway.errors import UserError
from gateway.messages.kotra import KotraErrorCode as Code
from gateway.uploads import accepted_type, read_upload

MAX_SCAN_BYTES: Final = 5 * 1024 * 1024
"""The largest scan KOTRA keeps (5 MB)."""
SCAN_EXTENSIONS: Final[dict[str, frozenset[str]]] = {
    "application/pdf": frozenset({"pdf"}),
    "image/jpeg": frozenset({"jpg", "jpeg"}),
    "image/png": frozenset({"png"}),
    "image/tiff": frozenset({"tif", "tiff"}),
}
"""The scan types (as :func:`gateway.uploads.sniff` tells them from the content) and the file
name extensions each may carry (the manual's example: ``사업자등록증.png``)."""
FIELD: Final = ["input", "scan"]


async def scan_body(upload: Any) -> dict[str, str] | None:
    """The uploaded scan as KOTRA's API takes it (name, type by content, base64), or None when
    none was sent.

    Raises:
        UserError: SCAN_REQUIRED (not a file), SCAN_TOO_LARGE, SCAN_TYPE_NOT_ALLOWED.
    """
    if upload is None:
        return None
    if not callable(getattr(upload, "read", None)):
        # a JSON value where the multipart request spec puts a file
        raise UserError(Code.SCAN_REQUIRED, field=FIELD)
    read = await read_upload(upload, MAX_SCAN_BYTES)
    if read.too_large:
        raise UserError(Code.SCAN_TOO_LARGE, field=FIELD)
    if not read.data:
        raise UserError(Code.SCAN_REQUIRED, field=FIELD)
    kind = accepted_type(read, SCAN_EXTENSIONS)
    if kind is None:
        raise UserError(Code.SCAN_TYPE_NOT_ALLOWED, field=FIELD)
    return {
        "file_name": read.filename,
        "content_type": kind,
        "content_base64": base64.b64encode(read.data).decode("ascii"),
    }
