"""Taxpayers and department users as the seed and ``POST /__admin/seed`` give them (passwords
in clear here, hashed when stored)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["pending", "active", "withdrawn", "not_approved"]


class TaxpayerRecord(BaseModel):
    """A business with a Hometax 사업자등록번호 아이디; upserted by number."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    business_number: str = Field(pattern=r"^\d{10}$", description="사업자등록번호, 10 digits")
    company_name: str = Field(min_length=1, max_length=100, description="상호")
    representative_name: str = Field(min_length=1, max_length=60, description="대표자")
    representative_birth_date: date = Field(description="대표자 생년월일")


class DepartmentUserRecord(BaseModel):
    """A department user; upserted by user ID (case-sensitive)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    user_id: str = Field(min_length=6, max_length=20)
    business_number: str = Field(pattern=r"^\d{10}$")
    name: str = Field(min_length=1, max_length=60, description="담당자명")
    password: str = Field(min_length=9, max_length=15)
    department: str | None = None
    mobile: str = Field(pattern=r"^01\d{8,9}$")
    phone: str | None = Field(None, pattern=r"^0\d{8,10}$")
    email: str
    status: Status = "pending"
    applied_at: datetime


class HometaxSeed(BaseModel):
    """Body of ``POST /__admin/seed``: ``{"taxpayers": […], "department_users": […]}``."""

    model_config = ConfigDict(extra="forbid")

    taxpayers: list[TaxpayerRecord] = Field(default_factory=list)
    department_users: list[DepartmentUserRecord] = Field(default_factory=list)
