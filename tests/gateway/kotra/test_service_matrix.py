"""The manual's service matrix (☑ 2. (신) KOTRA 무역투자24 회원분류), per member class, both as
what `KotraMember.services` lists and as what `kotraServiceApply` lets each member do:

| 이용 가능 서비스                           | 범용인증서 | 승인 비밀번호 | 기업 미소속 | 간편회원 |
| 온라인 상담                               | ○ | ○ | ○ | ○ |
| 설명회 신청                               | ○ | ○ | ○ | ○ |
| 기타 서비스 신청                          | ○ | ○ | ○ | X |
| 서비스 마일리지 사용, 기업정보 수정       | ○ | X | X | X |
| 신규 가입한 소속기업직원 승인권한         | ○ | ○ | X | X |
"""

from __future__ import annotations

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import VIEWER_MEMBER, bearer, data, log_in, signed_up
from tests.gateway.kotra.test_simple_member import simple_login, simple_signup

SERVICES = (
    "ONLINE_CONSULTATION",
    "SEMINAR",
    "OTHER_SERVICES",
    "MILEAGE_AND_COMPANY_EDIT",
    "EMPLOYEE_APPROVAL",
)
MATRIX = {
    "GENERAL_CERTIFICATE": (True, True, True, True, True),
    "GENERAL_APPROVAL_PASSWORD": (True, True, True, False, True),
    "GENERAL": (True, True, True, False, False),
    "SIMPLE": (True, True, False, False, False),
}
"""The seed's table: a column per member class, a row per service (○ True, X False)."""
NOT_ALLOWED = "회원님의 회원 유형으로는 이용할 수 없는 서비스입니다."
APPLY = """
mutation ($input: KotraServiceApplyInput!) {
  kotraServiceApply(input: $input) { service appliedAt errors { code message } } }"""


async def sessions(stack: Stack) -> dict[str, str]:
    """A logged-in member of each class."""
    await simple_signup(stack, "naver", "jimin.han")
    simple = await simple_login(stack, "naver", "jimin.han")
    return {
        "GENERAL_CERTIFICATE": await log_in(stack, seed.HONG_LOGIN_ID),
        "GENERAL_APPROVAL_PASSWORD": await log_in(stack, seed.EDS_STAFF_LOGIN_ID),
        "GENERAL": await signed_up(stack),
        "SIMPLE": simple["sessionToken"],
    }


async def test_each_member_class_lists_the_manuals_services(stack: Stack) -> None:
    for member_class, token in (await sessions(stack)).items():
        member = (await data(stack, VIEWER_MEMBER, **bearer(token)))["viewer"]["kotraMember"]
        assert member["memberClass"] == member_class
        expected = [s for s, allowed in zip(SERVICES, MATRIX[member_class], strict=True) if allowed]
        assert member["services"] == expected, member_class


async def test_each_member_class_may_apply_only_for_its_services(stack: Stack) -> None:
    for member_class, token in (await sessions(stack)).items():
        for service, allowed in zip(SERVICES, MATRIX[member_class], strict=True):
            variables = {"input": {"service": service}}
            payload = (await data(stack, APPLY, variables, **bearer(token)))["kotraServiceApply"]
            if allowed:
                assert (payload["service"], payload["errors"]) == (service, []), member_class
                assert payload["appliedAt"]
            else:
                assert payload["service"] is None
                assert payload["errors"] == [
                    {"code": "SERVICE_NOT_ALLOWED", "message": NOT_ALLOWED}
                ], (member_class, service)
