"""The NTS API's own labels, codes and error texts (korea-domain.md §1)."""

from __future__ import annotations

from typing import Final

BUSINESS_STATUS: Final[dict[str, str]] = {
    "01": "계속사업자",
    "02": "휴업자",
    "03": "폐업자",
}

TAX_TYPE: Final[dict[str, str]] = {
    "01": "부가가치세 일반과세자",
    "02": "부가가치세 간이과세자",
    "03": "부가가치세 과세특례자",
    "04": "부가가치세 면세사업자",
    "05": "수익사업을 영위하지 않는 비영리법인이거나 고유번호가 부여된 단체,국가기관 등",
    "06": "고유번호가 부여된 단체",
    "07": "부가가치세 간이과세자(세금계산서 발급사업자)",
}

PREVIOUS_TAX_TYPE: Final[dict[str, str]] = {
    "01": TAX_TYPE["01"],
    "02": TAX_TYPE["02"],
    "07": TAX_TYPE["07"],
    "99": "해당없음",
}

UNREGISTERED: Final = "국세청에 등록되지 않은 사업자등록번호입니다."
"""``tax_type`` of a /status row for a number the NTS does not know (the call is still OK)."""

VALID: Final = "01"
INVALID: Final = "02"
INVALID_MESSAGE: Final = "확인할 수 없습니다"

OK: Final = "OK"
BAD_JSON_REQUEST: Final = "BAD_JSON_REQUEST"  # 400 JSON 포맷에 적합하지 않는 요청
NOT_FOUND_SERVICE: Final = "NOT_FOUND_SERVICE"  # 404
REQUEST_DATA_MALFORMED: Final = "REQUEST_DATA_MALFORMED"  # 411 필수 요청 파라미터 누락
TOO_LARGE_REQUEST: Final = "TOO_LARGE_REQUEST"  # 413 요청 사업자번호 또는 정보 100개 초과

MAX_ITEMS: Final = 100
"""At most 100 numbers or businesses per call."""

UNREGISTERED_KEY_CODE: Final = -4
UNREGISTERED_KEY_MESSAGE: Final = "등록되지 않은 인증키 입니다."
"""The odcloud API gateway's answer to a missing or unknown ``serviceKey`` (not the NTS shape)."""
