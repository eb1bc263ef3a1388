"""Wire models of the NTS API: field names exactly as the real service (korea-domain.md §1)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, Field

from mocks.nts.messages import MAX_ITEMS


def _blank_if_null(value: object) -> object:
    return "" if value is None else value


# Some clients send absent optional fields as null, others as "": both mean "not given".
OptionalText = Annotated[str, BeforeValidator(_blank_if_null)]


class ServiceQuery(BaseModel):
    """Query string of every call; the business data goes in the JSON body."""

    serviceKey: str = Field(description="data.go.kr 인증키 (service key)")
    returnType: str = Field("JSON", description="JSON (default) or XML; this mock answers JSON")


class BusinessNumbers(BaseModel):
    b_no: list[str] = Field(
        min_length=1,
        max_length=MAX_ITEMS,
        description="사업자등록번호, 10 digits without hyphens; at most 100 per call",
    )


class StatusRow(BaseModel):
    """One /status answer; an unregistered number has only b_no and the 미등록 text in tax_type."""

    b_no: str = Field(description="사업자등록번호")
    b_stt: str = Field(description="납세자상태: 계속사업자, 휴업자, 폐업자")
    b_stt_cd: str = Field(description="납세자상태 코드: 01 계속, 02 휴업, 03 폐업")
    tax_type: str = Field(description="과세유형 메세지")
    tax_type_cd: str = Field(description="과세유형 코드 01–07")
    end_dt: str = Field(description="폐업일 YYYYMMDD")
    utcc_yn: str = Field(description="단위과세전환폐업여부 Y/N")
    tax_type_change_dt: str = Field(description="최근 과세유형 전환일자 YYYYMMDD")
    invoice_apply_dt: str = Field(description="세금계산서 적용일자 YYYYMMDD")
    rbf_tax_type: str = Field(description="직전 과세유형 메세지")
    rbf_tax_type_cd: str = Field(description="직전 과세유형 코드: 01, 02, 07, 99 해당없음")


class StatusResponse(BaseModel):
    status_code: str = "OK"
    request_cnt: int = Field(description="numbers asked")
    match_cnt: int = Field(description="numbers the NTS knows")
    data: list[StatusRow]


class ValidateBusiness(BaseModel):
    """One business to check; optional fields are compared only when not blank."""

    b_no: str = Field(description="사업자등록번호, 10 digits")
    start_dt: str = Field(description="개업일자 YYYYMMDD")
    p_nm: str = Field(description="대표자성명")
    p_nm2: OptionalText = Field(
        "", description="대표자성명2: Korean name of a foreign representative"
    )
    b_nm: OptionalText = Field("", description="상호")
    corp_no: OptionalText = Field("", description="법인등록번호, 13 digits")
    b_sector: OptionalText = Field("", description="주업태명")
    b_type: OptionalText = Field("", description="주종목명")
    b_adr: OptionalText = Field("", description="사업장주소 (v1.1)")


class ValidateRequest(BaseModel):
    businesses: list[ValidateBusiness] = Field(
        min_length=1, max_length=MAX_ITEMS, description="at most 100 per call"
    )


class ValidateRow(BaseModel):
    b_no: str
    valid: str = Field(pattern="^0[12]$", description="01 일치 (matches), 02 불일치")
    valid_msg: str = Field(description="'확인할 수 없습니다' when valid is 02")
    request_param: ValidateBusiness
    status: StatusRow | None = Field(
        None, exclude_if=lambda status: status is None, description="present only when valid"
    )


class ValidateResponse(BaseModel):
    status_code: str = "OK"
    request_cnt: int
    valid_cnt: int = Field(description="rows with valid 01")
    data: list[ValidateRow]


class RegistryRow(BaseModel):
    """Registration details (mock extension); blank fields for an unregistered number."""

    b_no: str
    b_nm: str = Field("", description="상호")
    b_nm_en: str = Field("", description="상호 (영문)")
    p_nm: str = Field("", description="대표자성명")
    p_nm2: str = Field("", description="Korean name of a foreign representative")
    start_dt: str = Field("", description="개업일 YYYYMMDD")
    corp_no: str = Field("", description="법인등록번호")
    b_sector: str = Field("", description="업태")
    b_type: str = Field("", description="종목")
    industry_code: str = Field("", description="업종코드 (illustrative in this mock)")
    zip_code: str = Field("", description="우편번호, 5 digits")
    b_adr: str = Field("", description="사업장 주소")
    b_adr_en: str = Field("", description="사업장 주소 (영문)")
    b_tel: str = Field("", description="사업장 전화번호")
    b_fax: str = Field("", description="사업장 팩스번호")
    updated_at: str = Field("", description="last change of the NTS record, ISO-8601")


class RegistryResponse(BaseModel):
    status_code: str = "OK"
    request_cnt: int
    match_cnt: int
    data: list[RegistryRow]


class NtsError(BaseModel):
    """The NTS error body: BAD_JSON_REQUEST, REQUEST_DATA_MALFORMED, TOO_LARGE_REQUEST, …"""

    status_code: str


class GatewayKeyError(BaseModel):
    """The API gateway's body for a missing or unknown serviceKey: code -4."""

    code: int
    msg: str
