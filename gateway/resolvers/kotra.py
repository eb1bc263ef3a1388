"""Resolvers of KOTRA 무역투자24: each calls the agency through `KotraConnector`, as the member
or company admin the gateway session holds, redeems identity verifications for site ``kotra``,
and turns the agency's refusals into `UserError`s naming the input field."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, TypeVar

from connectors.kotra import KotraConnector
from connectors.kotra import payloads as p
from gateway.context import Info
from gateway.errors import UserError
from gateway.messages.kotra import KotraErrorCode as Code
from gateway.services.kotra import logins
from gateway.services.kotra.people import verified_person
from gateway.services.kotra.refusals import call

T = TypeVar("T")
_VERIFICATION = ["input", "verificationId"]
_NUMBER = {"number": ["input", "businessNumber"]}


def kotra(info: Info) -> KotraConnector:
    return info.context.upstreams.kotra


async def _member(info: Info) -> tuple[KotraConnector, str]:
    return kotra(info), await logins.upstream_token(info, logins.MEMBER)


async def _company(info: Info) -> tuple[KotraConnector, str]:
    return kotra(info), await logins.upstream_token(info, logins.COMPANY)


# --- sign-up and logins ----------------------------------------------------------------------


async def signup_start(info: Info, terms: dict[str, bool]) -> p.Flow:
    return await call(kotra(info).start_signup(terms))


async def signup(info: Info, flow_id: str) -> p.Flow | None:
    return await _or_none(call(kotra(info).signup(flow_id)))


async def signup_verify(info: Info, flow_id: str, verification_id: str) -> p.Flow:
    person = await verified_person(info, verification_id, _VERIFICATION)
    return await call(kotra(info).verify_signup(flow_id, person))


async def signup_complete(info: Info, flow_id: str, body: dict[str, Any]) -> p.LoggedIn:
    fields = {
        "interests": ["input", "interestHsCodes"],
        "regions": ["input", "interestRegions"],
        "affiliation": ["input", "affiliation"],
    }
    return await call(kotra(info).complete_signup(flow_id, body), fields)


async def simple_signup(info: Info, body: dict[str, Any]) -> p.SimpleSignedUp:
    return await call(kotra(info).sign_up_simple(body))


async def login(info: Info, body: dict[str, Any]) -> p.LoggedIn:
    return await call(kotra(info).log_in(body))


async def sns_login(info: Info, body: dict[str, Any]) -> p.LoggedIn:
    return await call(kotra(info).log_in_sns(body))


async def company_login(info: Info, body: dict[str, Any]) -> p.LoggedIn:
    return await call(kotra(info).log_in_company(body), _NUMBER)


async def legacy_login(info: Info, body: dict[str, Any]) -> p.LegacyAccounts:
    return await call(kotra(info).log_in_legacy(body))


async def legacy_convert(info: Info, flow_id: str, body: dict[str, Any]) -> p.LoggedIn:
    return await call(kotra(info).convert_legacy(flow_id, body))


# --- the member ---------------------------------------------------------------------------------


async def me(info: Info) -> p.Member:
    connector, token = await _member(info)
    return await call(connector.me(token))


async def affiliate(info: Info, body: dict[str, Any]) -> p.Member:
    connector, token = await _member(info)
    return await call(connector.affiliate(token, body), _NUMBER)


async def convert_simple_member(info: Info, verification_id: str, body: dict[str, Any]) -> p.Member:
    connector, token = await _member(info)
    person = await verified_person(info, verification_id, _VERIFICATION)
    return await call(connector.convert_simple_member(token, person | body))


async def apply_service(info: Info, service: str) -> p.ServiceApplied:
    connector, token = await _member(info)
    return await call(connector.apply_service(token, service))


async def find_login_id(info: Info, body: dict[str, Any], verification_id: str | None) -> p.IdFound:
    if verification_id:
        person = await verified_person(info, verification_id, _VERIFICATION)
        body = body | {"method": "verification", "ci": person["ci"]}
    return await call(kotra(info).find_login_id(body))


async def find_sns(info: Info, body: dict[str, Any]) -> p.SnsAccounts:
    return await call(kotra(info).find_sns(body))


async def reset_password(
    info: Info, verification_id: str, body: dict[str, Any]
) -> p.PasswordWasReset:
    person = await verified_person(info, verification_id, _VERIFICATION)
    return await call(kotra(info).reset_password(body | {"ci": person["ci"]}))


# --- companies --------------------------------------------------------------------------------


async def company_lookup(info: Info, number: str) -> p.CompanySummary | None:
    return await _or_none(call(kotra(info).company(number)))


async def registration_start(info: Info, terms: dict[str, bool], number: str) -> p.Flow:
    connector, token = await _member(info)
    return await call(connector.start_registration(token, terms, number), _NUMBER)


async def registration(info: Info, flow_id: str) -> p.Flow | None:
    connector, token = await _member(info)
    return await _or_none(call(connector.registration(token, flow_id)))


async def register_company(info: Info, flow_id: str, body: dict[str, Any]) -> p.CompanyRegistered:
    connector, token = await _member(info)
    return await call(connector.register_company(token, flow_id, body))


async def own_company(info: Info) -> p.Company:
    connector, token = await _company(info)
    return await call(connector.own_company(token))


async def employees(info: Info, first: int, after: str | None) -> p.EmployeePage:
    connector, token = await _company(info)
    return await call(connector.employees(token, first, after))


async def remove_employee(info: Info, member_id: int) -> p.EmployeeRemoved:
    connector, token = await _company(info)
    return await call(connector.remove_employee(token, member_id))


async def certify_company(info: Info, proof: dict[str, Any]) -> p.Certified:
    connector, token = await _company(info)
    return await call(connector.certify_company(token, proof))


async def update_company(info: Info, fields: dict[str, Any]) -> p.Company:
    connector, token = await _company(info)
    return await call(connector.update_company(token, fields), {"": ["input", "company"]})


async def change_approval_password(info: Info, body: dict[str, Any]) -> p.Changed:
    connector, token = await _company(info)
    return await call(connector.change_approval_password(token, body))


async def service_history(info: Info, first: int, after: str | None) -> p.ServiceHistoryPage:
    connector, token = await _company(info)
    return await call(connector.service_history(token, first, after))


async def mileage(info: Info, first: int, after: str | None) -> p.MileagePage:
    connector, token = await _company(info)
    return await call(connector.mileage(token, first, after))


async def use_mileage(info: Info, body: dict[str, Any]) -> p.MileageEntry:
    connector, token = await _member(info)
    return await call(connector.use_mileage(token, body))


async def request_name_change(info: Info, body: dict[str, Any]) -> p.NameChangeRequest:
    connector, token = await _company(info)
    return await call(connector.request_name_change(token, body))


async def name_change_requests(info: Info) -> p.NameChangeRequests:
    connector, token = await _company(info)
    return await call(connector.name_change_requests(token))


async def hs_codes(info: Info, term: str, first: int, after: str | None) -> p.HsPage:
    return await kotra(info).hs_codes(term, first, after)


async def countries(info: Info) -> p.CountryList:
    return await kotra(info).countries()


async def _or_none(awaited: Awaitable[T]) -> T | None:
    """The answer, or None when the agency does not know the thing (or it is over)."""
    try:
        return await awaited
    except UserError as failure:
        if failure.code in (Code.COMPANY_NOT_FOUND, Code.FLOW_NOT_FOUND, Code.FLOW_EXPIRED):
            return None
        raise
