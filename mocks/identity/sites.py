"""Relying parties (이용기관) registered with the provider, by site code.

A relying party names itself with its site code on every call; the DI is derived per site
code, and the financial-certificate assertions of the pki mock use it as their audience.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode

SITES: Final[Mapping[str, str]] = {
    "kotra": "대한무역투자진흥공사 (KOTRA 무역투자24)",
    "kosme": "중소벤처기업진흥공단 (일자리매칭플랫폼)",
    "work24": "고용24 (한국고용정보원)",
    "gov24": "정부24 (행정안전부)",
    "hometax": "홈택스 (국세청)",
    "gateway": "agency-gateway",
}
"""Site code → the relying party's name."""


def site_name(site_code: str) -> str:
    """The relying party's name.

    Raises:
        IdentityError: 403 UNKNOWN_SITE.
    """
    try:
        return SITES[site_code]
    except KeyError:
        raise IdentityError(403, IdentityErrorCode.UNKNOWN_SITE, field="site_code") from None
