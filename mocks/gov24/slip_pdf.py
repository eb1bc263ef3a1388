"""The 발급증 as a PDF: one A4 page written by hand, no library.

Hangul is set in Adobe's standard Korean CID font ``HYSMyeongJo-Medium`` with the
``UniKS-UCS2-H`` encoding (Adobe-Korea1), which every PDF viewer supplies itself, so nothing is
embedded; text is written as UTF-16BE hex strings. The file has a correct cross-reference table.
"""

from __future__ import annotations

from collections.abc import Sequence

from mocks.gov24.messages import SLIP_NOTICE
from mocks.gov24.views import SlipView

_FONT = (
    b"<< /Type /Font /Subtype /Type0 /BaseFont /HYSMyeongJo-Medium /Encoding /UniKS-UCS2-H "
    b"/DescendantFonts [5 0 R] >>"
)
_CID_FONT = (
    b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HYSMyeongJo-Medium "
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Korea1) /Supplement 1 >> "
    b"/FontDescriptor 6 0 R /DW 1000 >>"
)
_DESCRIPTOR = (
    b"<< /Type /FontDescriptor /FontName /HYSMyeongJo-Medium /Flags 6 "
    b"/FontBBox [-100 -142 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
    b"/CapHeight 880 /StemV 60 >>"
)


def _hex(text: str) -> bytes:
    """A PDF hex string of ``text`` in UTF-16BE (what UniKS-UCS2-H reads)."""
    return b"<" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _page_content(lines: Sequence[tuple[int, str]]) -> bytes:
    """Each (font size, text) line, top down from 780 pt."""
    out = [b"BT", b"/F1 12 Tf", b"72 780 Td"]
    first = True
    for size, text in lines:
        if not first:
            out.append(f"0 -{size + 12} Td".encode())
        first = False
        out.append(f"/F1 {size} Tf".encode())
        out.append(_hex(text) + b" Tj")
    out.append(b"ET")
    return b"\n".join(out)


def slip_lines(slip: SlipView) -> list[tuple[int, str]]:
    issued = slip.issued_at.strftime("%Y-%m-%d %H:%M:%S")
    return [
        (20, "전자본인서명확인서 발급증"),
        (12, f"발급번호: {slip.number}"),
        (12, f"발급일시: {issued}"),
        (12, f"성명: {slip.name}"),
        (12, f"용도: {slip.purpose}"),
        (12, f"제출기관: {slip.agency_name}"),
        (12, f"위임받은 사람: {slip.delegate}"),
        (10, f"※ {SLIP_NOTICE}"),
        (10, "※ 제출기관은 e-하나로민원에서 발급번호와 성명으로 발급내용을 확인합니다."),
    ]


def render(slip: SlipView) -> bytes:
    """The slip as a complete PDF 1.4 file."""
    content = _page_content(slip_lines(slip))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
        _FONT,
        _CID_FONT,
        _DESCRIPTOR,
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
    ]  # fmt: skip
    info = f"<< /Title {_hex('발급증 ' + slip.number).decode()} /Producer (gov24 mock) >>"
    objects.append(info.encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
