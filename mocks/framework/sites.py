"""Relying parties (이용기관) the mock agencies know, by site code.

A relying party names itself with its site code on every call: the identity mock derives the
DI per site code, and the financial-certificate assertions of the pki mock use it as their
audience. Each agency answers an unknown site code in its own error shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

SITES: Final[Mapping[str, str]] = {
    "kotra": "대한무역투자진흥공사 (KOTRA 무역투자24)",
    "kosme": "중소벤처기업진흥공단 (일자리매칭플랫폼)",
    "work24": "고용24 (한국고용정보원)",
    "gov24": "정부24 (행정안전부)",
    "hometax": "홈택스 (국세청)",
    "gateway": "agency-gateway",
}
"""Site code → the relying party's name."""
