"""The upstream agencies, as one enum shared by every part of the graph."""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(description="An upstream agency (기관) the gateway speaks to.")
class Agency(enum.Enum):
    NTS = strawberry.enum_value("nts", description="국세청 — National Tax Service.")
    IDENTITY = strawberry.enum_value(
        "identity", description="본인확인기관 — identity verification provider."
    )
    PKI = strawberry.enum_value("pki", description="공동인증기관 — certificate authorities.")
    WORK24 = strawberry.enum_value("work24", description="고용24 — Work24.")
    KOSME = strawberry.enum_value(
        "kosme", description="중소벤처기업진흥공단 일자리매칭플랫폼 — KOSME job matching."
    )
    KOTRA = strawberry.enum_value("kotra", description="KOTRA 무역투자24 — KOTRA.")
    GOV24 = strawberry.enum_value("gov24", description="정부24 — Gov24.")
    HOMETAX = strawberry.enum_value("hometax", description="홈택스 — Hometax.")
