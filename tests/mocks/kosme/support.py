"""Test data for the KOSME platform: SNS codes, phone verifications, photos, résumé bodies."""

from __future__ import annotations

import base64
import struct
import zlib
from typing import Any, Final

import httpx

from mocks.identity import people

NOW: Final = "2026-03-02T10:00:00+09:00"
"""The mock clock of every kosme test (visa dates below are after it)."""
NGUYEN_NUMBER: Final = people.NGUYEN_VAN_AN.resident_number
"""외국인등록번호 of NGUYEN VAN AN (a foreign student, facebook account)."""
NGUYEN_FACEBOOK: Final = "nguyen.van.an@example.com"


def png(extra: int = 0) -> bytes:
    """A real 1×1 PNG, padded with ``extra`` bytes in an ancillary chunk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    padding = chunk(b"teXt", b"p\x00" + b"x" * extra) if extra else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + padding
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def png_sized(total: int) -> bytes:
    """A real PNG of exactly ``total`` bytes (at least 81)."""
    data = png(total - len(png()) - 14)  # a padding chunk costs 12 bytes plus its keyword
    assert len(data) == total
    return data


SVG: Final = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1"/>'
PDF: Final = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
"""Not an image: sent named ``photo.png`` it is a disguised file."""
HTML: Final = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
"""Text, but not SVG: sent named ``photo.svg`` it is a disguised file."""
EXE: Final = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(50)
"""A Windows executable's header: sent named ``photo.jpg`` it is a disguised file."""
IMAGES: Final = {
    "bmp": (b"BM" + bytes(60), "image/bmp"),
    "gif": (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"),
    "svg": (SVG, "image/svg+xml"),
    "png": (png(), "image/png"),
    "jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40) + b"\xff\xd9", "image/jpeg"),
    "jpeg": (b"\xff\xd8\xff\xdb" + bytes(60) + b"\xff\xd9", "image/jpeg"),
    "tif": (b"II*\x00\x08\x00\x00\x00" + bytes(40), "image/tiff"),
    "tiff": (b"MM\x00*\x00\x00\x00\x08" + bytes(40), "image/tiff"),
}
"""One file of each 파일 타입 the uploader allows, by extension: (content, type it holds)."""


def photo_body(data: bytes, filename: str = "photo.png") -> dict[str, str]:
    return {
        "filename": filename,
        "content_type": "image/png",
        "data": base64.b64encode(data).decode(),
    }


def member_data(**overrides: Any) -> dict[str, Any]:
    """회원가입 정보 that passes every rule."""
    return {
        "referral": "school",
        "mobile": "010-1111-2222",
        "email": "an.nguyen@example.com",
        "notices": {"sns_message": "receive", "email": "refuse"},
        "agree_terms": True,
        "address": "서울특별시 관악구 관악로 1 서울대학교 기숙사 919동",
        "job_seeker_type": "foreign_student",
        "programme_type": "general",
    } | overrides


def resume_body(**overrides: Any) -> dict[str, Any]:
    """A foreigner résumé of NGUYEN VAN AN that passes every rule."""
    return {
        "title": "Software engineer (웹 개발)",
        "name_en": "NGUYEN VAN AN",
        "foreigner_number": NGUYEN_NUMBER,
        "mobile": "010-1111-2222",
        "email": "an.nguyen@example.com",
        "nationality": "VN",
        "visa_type": "D-2",
        "visa_expires_on": "2027-02-28",
        "unique_id_consent": True,
        "educations": [
            {
                "kind": "korean",
                "school_name": "서울대학교",
                "region": "서울",
                "major": "컴퓨터공학",
                "department": "컴퓨터공학부",
                "entered": "2021-03",
                "graduated": "2025-02",
                "graduation_status": "graduated",
                "courses": "웹 서비스 캡스톤",
                "project_urls": ["https://github.com/example/capstone"],
            },
            {
                "kind": "foreign",
                "school_name": "Vietnam National University",
                "region": "VN",
                "major": "Computer Science",
                "entered": "2019-09",
                "graduated": "2020-12",
                "entry_status": "admitted",
                "graduation_status": "dropped_out",
            },
        ],
        "career_kind": "experienced",
        "careers": [
            {
                "company": "Hanoi Soft",
                "industry": "정보통신업",
                "region": "해외",
                "started": "2019-01",
                "ended": "2019-08",
                "position": "Intern",
                "leaving_reason": "유학",
            },
            {
                "company": "(주)한빛소프트웨어",
                "industry": "정보통신업",
                "region": "서울특별시",
                "district": "관악구",
                "started": "2025-03",
                "current": True,
                "department": "웹서비스팀",
                "position": "사원",
                "duties": "모바일 서비스 고도화",
            },
        ],
    } | overrides


async def sns_code(
    identity: httpx.AsyncClient, provider: str = "facebook", login_id: str = NGUYEN_FACEBOOK
) -> str:
    """The user logs in at the SNS for site kosme: a single-use authorization code."""
    response = await identity.post(
        f"/sns/{provider}/authorize",
        json={"site_code": "kosme", "login_id": login_id, "password": people.SEED_PASSWORD},
    )
    assert response.status_code == 200, response.text
    code: str = response.json()["code"]
    return code


async def onepass_code(identity: httpx.AsyncClient, onepass_id: str = "johnsmith") -> str:
    response = await identity.post(
        "/onepass/authorize",
        json={"site_code": "kosme", "onepass_id": onepass_id, "password": people.SEED_PASSWORD},
    )
    assert response.status_code == 200, response.text
    code: str = response.json()["code"]
    return code


async def phone_verification(
    identity: httpx.AsyncClient, person: Any = people.HONG_GILDONG, site_code: str = "kosme"
) -> str:
    """A finished SMS verification of ``person`` at the identity mock: its upstream id."""
    number = person.number
    line = person.phones[0]
    started = await identity.post(
        "/phone/verifications",
        json={
            "site_code": site_code,
            "carrier": line.carrier,
            "method": "sms",
            "name": person.name,
            "birth_date": number.number[:6],
            "sex_digit": number.number[6],
            "phone": line.phone,
            "consents": dict.fromkeys(
                ("personal_info", "unique_id", "service_terms", "carrier_terms"), True
            ),
        },
    )
    assert started.status_code in (200, 201), started.text
    verification_id: str = started.json()["id"]
    outbox = (await identity.get("/__admin/outbox")).json()
    code = outbox["messages"][-1]["code"]
    confirmed = await identity.post(
        f"/phone/verifications/{verification_id}/confirm", json={"code": code}
    )
    assert confirmed.status_code == 200, confirmed.text
    return verification_id
