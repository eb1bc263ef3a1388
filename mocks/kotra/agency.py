"""The kotra mock's `MockAgency` and the route decorator its operation modules use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from pydantic import BaseModel

from mocks.framework import ErrorRoutes, MockAgency
from mocks.framework.agency import HandlerT
from mocks.framework.errors import answers_errors
from mocks.kotra.errors import ErrorBody, KotraError, answer_problem
from mocks.kotra.models import KotraBase
from mocks.kotra.records_seed import SeedRecords, upsert
from mocks.kotra.seed import load_seed

DESCRIPTION: Final = """\
KOTRA 무역투자24 integrated membership (통합회원, since 2023-05-22) — mock.

Members: 일반회원 (general: ID + password after real-name verification, optionally affiliated
with a company by its corporate 범용 certificate or its 6-digit 승인 비밀번호) and 간편회원
(simple: joined through naver, kakao, google or facebook with name, mobile and e-mail).
Companies: 기업정보 등록 by a general member with the company's corporate certificate; the
company admin logs in with the 사업자등록번호 and the company password, or the certificate.

Peers: the NTS mock (closed / suspended businesses cannot register), the identity mock (SNS
code exchange, site_code "kotra") and the pki mock (challenges and signed-proof checks).

Seed data:
* general member `kotra12345` / `Kotra-pass-1234!` — 홍길동 (CI of the identity mock's
  홍길동), mobile 010-1234-5678, affiliated with (주)한국이디에스 by certificate;
* general member `edsstaff01` / `Kotra-pass-1234!` — 김형원, affiliated by approval password;
* company 6638501035 (주)한국이디에스 — registered; company password `Eds-company-2023!`,
  approval password `347369`;
* company 1208200275 대한무역투자진흥공사 — in KOTRA's directory (old system) but not
  registered in the integrated membership: registration shows its data, no scan needed;
* legacy accounts `yoonharim` and `yoonharim2` / `Legacy-pass-01` (윤하림, 기업 정회원 and
  개인회원 of the old system), convertible to an integrated general member;
* (주)한국이디에스's 기업 신청 사업 내역: 3 applications (2026 해외전시회 단체참가 지원사업,
  글로벌 디지털 수출 설명회 — completed; 해외시장 진출 온라인 상담 — in progress) and its
  마일리지 내역: +5,000, +2,000, −3,000 (balance 4,000); no 사명 변경신청;
* no simple member: any SNS account of the identity mock joins one (e.g. naver `jimin.han`,
  password `Test-pass-1234!`, authorized with `POST /sns/naver/authorize` at the identity mock
  for site_code `kotra`; the code goes to `POST /simple-signups`).

기업정보 등록 of a new company takes the 사업자등록증 스캔본 (base64 in the JSON body): at most
5 MB, a PDF, JPEG, PNG or TIFF whose content is the type it declares. The manual sets no lockout
after wrong passwords, so there is none.

Rules on the mock clock: login tokens 1 hour; sign-up, registration and conversion flows 30
minutes; a company admin's certificate authentication allows edits for 10 minutes; general
members re-consent every 2 years (5 when affiliated with a company); simple members unused for
3 years are deleted at their next login.

Company records: a service applied for (`POST /me/services/{service}`: online_consultation,
seminar, other_services) by a member affiliated with a company is added to that company's
기업 신청 사업 내역 (status `applied`). 서비스 마일리지 사용 (`POST /me/mileage-uses`) only for a
member affiliated by the corporate certificate (the manual's matrix), from the company's
balance. 사명 변경신청 needs a fresh 기업인증 and stays `pending` (the name is unchanged); a
second pending request is refused. `POST /__admin/seed` with `{"service_history": [...],
"mileage": [...]}` appends records to a company (see the SeedRecords schema).

Errors are `{"code", "message" (Korean, the manual's wording where it has one),
"message_en", "field"?}`. Logins are bearer tokens (`Authorization: Bearer …`).
"""

agency = MockAgency(
    name="kotra",
    title="KOTRA 무역투자24 통합회원 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=KotraBase,
    seed=load_seed,
    seed_model=SeedRecords,
    upsert=upsert,
    on_problem=answer_problem,
)

route = ErrorRoutes(agency, KotraError)
"""Register an operation whose `KotraError`s are answered as `ErrorBody`."""


def query_route(
    method: str,
    path: str,
    *,
    query: type[BaseModel],
    ok: type[BaseModel],
    summary: str,
    errors: tuple[int, ...] = (),
) -> Callable[[HandlerT], HandlerT]:
    """Like `route`, for an operation with query parameters (validated and documented from
    ``query``; read them with ``ctx.query_as``)."""
    responses: dict[int, type[BaseModel]] = {200: ok, 400: ErrorBody}
    responses.update(dict.fromkeys(errors, ErrorBody))

    def register(handler: HandlerT) -> HandlerT:
        agency.route(method, path, query=query, responses=responses, summary=summary)(
            answers_errors(handler, 200, KotraError)
        )
        return handler

    return register
