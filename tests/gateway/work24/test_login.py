"""work24Login and work24CertificateRegister: login with the member type and a registered
certificate (held in the gateway session, shown under ``viewer``), the manual's message for an
unregistered one, and registering a certificate with 대표자 성명 and 개업일."""

from __future__ import annotations

from typing import Any

from tests.gateway.conftest import Stack
from tests.gateway.work24.support import (
    CHEONGSOL,
    HANBIT,
    KOTRA,
    LOGIN,
    REGISTER,
    certificate,
    issue,
    joined,
    run,
)

NOT_REGISTERED = "등록된 인증서 정보가 없습니다. 인증서 등록 후 사용하시기 바랍니다."  # seed §1.4.1
VIEWER = """{ viewer { logins { agency principalKind principal }
  work24 { loginType services { code } member { registrationNumber memberType } } } }"""


async def login(
    stack: Stack, business: dict[str, str], issued: dict[str, Any], member_type: str = "GENERAL"
) -> dict[str, Any]:
    given = {
        "memberType": member_type,
        "registrationNumber": business["number"],
        "certificate": await certificate(stack, issued, business["number"]),
    }
    return await run(stack, LOGIN, "work24Login", given)


async def register(
    stack: Stack, business: dict[str, str], issued: dict[str, Any], **changes: str
) -> dict[str, Any]:
    given = {
        "registrationNumber": business["number"],
        "representativeName": business["rep"],
        "openedOn": business["opened"],
        "certificate": await certificate(stack, issued, business["number"]),
        **changes,
    }
    return await run(stack, REGISTER, "work24CertificateRegister", given)


async def test_a_company_logs_in_at_once_with_its_sign_up_certificate(stack: Stack) -> None:
    # given a company that has just joined
    _, issued = await joined(stack, HANBIT)
    # when it logs in as 일반사업자
    payload = await login(stack, HANBIT, issued)
    # then it has a gateway session holding the Work24 login, with every service
    assert payload["errors"] == []
    assert payload["login"]["loginType"] == "GENERAL"
    assert payload["token"].startswith("ags_")
    viewer = await stack.gateway.execute(VIEWER, Authorization=f"Bearer {payload['token']}")
    shown = viewer["data"]["viewer"]
    assert [(x["agency"], x["principalKind"]) for x in shown["logins"]] == [
        ("WORK24", "corporate_member")
    ]
    assert "220-81-*****" in shown["logins"][0]["principal"]
    assert shown["work24"]["member"] == {
        "registrationNumber": HANBIT["number"],
        "memberType": "GENERAL",
    }
    assert "firm_care" in [s["code"] for s in shown["work24"]["services"]]


async def test_viewer_has_no_work24_without_a_login(stack: Stack) -> None:
    created = await stack.gateway.execute("mutation { sessionCreate { token } }")
    token = created["data"]["sessionCreate"]["token"]
    viewer = await stack.gateway.execute(VIEWER, Authorization=f"Bearer {token}")
    assert viewer["data"]["viewer"]["work24"] is None


async def test_a_proxy_login_may_use_the_proxy_services_only(stack: Stack) -> None:
    _, issued = await joined(stack, HANBIT)
    payload = await login(stack, HANBIT, issued, member_type="PROXY")
    assert payload["login"]["loginTypeLabel"] == "대리인"
    assert [s["code"] for s in payload["login"]["services"]] == [
        "employment_insurance",
        "vocational_training",
        "foreign_workers",
    ]


async def test_an_unregistered_certificate_answers_the_manuals_message(stack: Stack) -> None:
    # given the seeded member KOTRA, which has no certificate registered
    issued = await issue(stack, KOTRA["number"], KOTRA["name"])
    # when it logs in
    payload = await login(stack, KOTRA, issued)
    # then
    assert payload["login"] is None
    assert [(e["code"], e["message"]) for e in payload["errors"]] == [
        ("CERTIFICATE_NOT_REGISTERED", NOT_REGISTERED)
    ]


async def test_a_registered_certificate_logs_in(stack: Stack) -> None:
    # given KOTRA registers its certificate with 대표자 성명 and 개업일
    issued = await issue(stack, KOTRA["number"], KOTRA["name"])
    registered = await register(stack, KOTRA, issued)
    assert registered["errors"] == []
    assert [c["kind"] for c in registered["member"]["certificates"]] == ["JOINT"]
    # when it logs in with it
    payload = await login(stack, KOTRA, issued)
    # then
    assert payload["errors"] == []
    assert payload["login"]["member"]["registrationNumber"] == KOTRA["number"]


async def test_registration_needs_the_nts_representative_and_opening_date(stack: Stack) -> None:
    issued = await issue(stack, KOTRA["number"], KOTRA["name"])
    missing = await register(stack, KOTRA, issued, representativeName="")
    wrong = await register(stack, KOTRA, issued, openedOn="1962-06-22")
    assert [e["code"] for e in missing["errors"]] == ["REPRESENTATIVE_REQUIRED"]
    assert [e["code"] for e in wrong["errors"]] == ["NTS_MISMATCH"]


async def test_a_certificate_is_registered_once(stack: Stack) -> None:
    issued = await issue(stack, KOTRA["number"], KOTRA["name"])
    await register(stack, KOTRA, issued)
    again = await register(stack, KOTRA, issued)
    assert [e["code"] for e in again["errors"]] == ["CERTIFICATE_ALREADY_REGISTERED"]


async def test_a_member_logs_in_as_its_own_type_only(stack: Stack) -> None:
    # given the seeded 사무대행기관, its certificate registered
    issued = await issue(stack, CHEONGSOL["number"], CHEONGSOL["name"])
    await register(stack, CHEONGSOL, issued)
    # when it logs in as 일반사업자: refused; as 사무대행기관: employment insurance only
    general = await login(stack, CHEONGSOL, issued, member_type="GENERAL")
    agency = await login(stack, CHEONGSOL, issued, member_type="AGENCY")
    assert [e["code"] for e in general["errors"]] == ["MEMBER_TYPE_MISMATCH"]
    assert [s["code"] for s in agency["login"]["services"]] == ["employment_insurance"]


async def test_a_business_that_is_not_a_member_cannot_log_in(stack: Stack) -> None:
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    payload = await login(stack, HANBIT, issued)
    assert [e["code"] for e in payload["errors"]] == ["NOT_MEMBER"]


async def test_a_login_joins_the_callers_existing_session(stack: Stack) -> None:
    # given a caller with a gateway session
    created = await stack.gateway.execute("mutation { sessionCreate { token } }")
    bearer = f"Bearer {created['data']['sessionCreate']['token']}"
    _, issued = await joined(stack, HANBIT)
    # when it logs in to Work24 with that session
    given = {
        "memberType": "GENERAL",
        "registrationNumber": HANBIT["number"],
        "certificate": await certificate(stack, issued, HANBIT["number"]),
    }
    payload = await run(stack, LOGIN, "work24Login", given, Authorization=bearer)
    # then no new session: the existing one holds the login
    assert (payload["errors"], payload["token"]) == ([], None)
    viewer = await stack.gateway.execute(VIEWER, Authorization=bearer)
    assert viewer["data"]["viewer"]["work24"]["loginType"] == "GENERAL"


async def test_the_viewer_loses_work24_when_work24_ends_the_login(stack: Stack) -> None:
    _, issued = await joined(stack, HANBIT)
    payload = await login(stack, HANBIT, issued)
    # when Work24's login lapses (its clock passes the hour) while the session's record is alive
    await stack.mocks["work24"].post("/__admin/clock", json={"advance_seconds": 3601})
    viewer = await stack.gateway.execute(VIEWER, Authorization=f"Bearer {payload['token']}")
    assert viewer["data"]["viewer"]["work24"] is None
