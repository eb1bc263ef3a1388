"""Business records as the seed and ``POST /__admin/seed`` give them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class BusinessRecord(BaseModel):
    """One business to upsert. Unset fields keep their stored value (or the default when new);
    a new number needs at least ``b_nm``, ``p_nm`` and ``start_dt``."""

    model_config = ConfigDict(extra="forbid")

    b_no: str = Field(pattern=r"^\d{10}$", description="사업자등록번호, 10 digits")
    b_stt_cd: Literal["01", "02", "03"] = "01"
    tax_type_cd: Literal["01", "02", "03", "04", "05", "06", "07"] = "01"
    end_dt: str = Field("", pattern=r"^(\d{8})?$")
    utcc_yn: Literal["Y", "N"] = "N"
    tax_type_change_dt: str = Field("", pattern=r"^(\d{8})?$")
    invoice_apply_dt: str = Field("", pattern=r"^(\d{8})?$")
    rbf_tax_type_cd: Literal["01", "02", "07", "99"] = "99"
    start_dt: str = Field("", pattern=r"^(\d{8})?$")
    p_nm: str = ""
    p_nm2: str = ""
    b_nm: str = ""
    b_nm_en: str = ""
    corp_no: str = Field("", pattern=r"^(\d{13})?$")
    b_sector: str = ""
    b_type: str = ""
    industry_code: str = ""
    zip_code: str = Field("", pattern=r"^(\d{5})?$")
    b_adr: str = ""
    b_adr_en: str = ""
    b_tel: str = ""
    b_fax: str = ""


class NtsSeed(BaseModel):
    """Body of ``POST /__admin/seed``: ``{"businesses": [BusinessRecord, …]}``."""

    model_config = ConfigDict(extra="forbid")

    businesses: list[BusinessRecord] = Field(default_factory=list)
