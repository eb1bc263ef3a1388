"""The NTS mock's tables: one row per registered business."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class NtsBase(DeclarativeBase):
    """Declarative base of the NTS mock (its own metadata, apart from other mocks)."""


class Business(NtsBase):
    """A business as the NTS registers it: status, tax type and registration details.

    Dates are ``YYYYMMDD`` strings as on the wire; an empty string means none.
    """

    __tablename__ = "businesses"

    b_no: Mapped[str] = mapped_column(String(10), primary_key=True)  # 사업자등록번호
    # status (/status)
    b_stt_cd: Mapped[str] = mapped_column(String(2), default="01")  # 01 계속 02 휴업 03 폐업
    tax_type_cd: Mapped[str] = mapped_column(String(2), default="01")
    end_dt: Mapped[str] = mapped_column(String(8), default="")  # 폐업일
    utcc_yn: Mapped[str] = mapped_column(String(1), default="N")  # 단위과세전환폐업여부
    tax_type_change_dt: Mapped[str] = mapped_column(String(8), default="")
    invoice_apply_dt: Mapped[str] = mapped_column(String(8), default="")
    rbf_tax_type_cd: Mapped[str] = mapped_column(String(2), default="99")  # 직전 과세유형
    # registration (/validate, /registry)
    start_dt: Mapped[str] = mapped_column(String(8))  # 개업일
    p_nm: Mapped[str] = mapped_column(String(100))  # 대표자성명
    p_nm2: Mapped[str] = mapped_column(String(100), default="")  # 외국인 대표자의 한글 성명
    b_nm: Mapped[str] = mapped_column(String(200), default="")  # 상호
    b_nm_en: Mapped[str] = mapped_column(String(200), default="")
    corp_no: Mapped[str] = mapped_column(String(13), default="")  # 법인등록번호
    b_sector: Mapped[str] = mapped_column(String(100), default="")  # 주업태명
    b_type: Mapped[str] = mapped_column(String(200), default="")  # 주종목명
    industry_code: Mapped[str] = mapped_column(String(6), default="")  # 업종코드
    zip_code: Mapped[str] = mapped_column(String(5), default="")
    b_adr: Mapped[str] = mapped_column(String(300), default="")  # 사업장주소
    b_adr_en: Mapped[str] = mapped_column(String(300), default="")
    b_tel: Mapped[str] = mapped_column(String(20), default="")
    b_fax: Mapped[str] = mapped_column(String(20), default="")
    updated_at: Mapped[datetime] = mapped_column(KstDateTime())
    """When the NTS record last changed (mock clock); other mocks' "linked overnight" rules."""
