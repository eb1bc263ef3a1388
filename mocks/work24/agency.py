"""The work24 mock's `MockAgency` and its route decorator."""

from __future__ import annotations

from typing import Final

from mocks.framework import ErrorRoutes, MockAgency
from mocks.work24.errors import Work24Error
from mocks.work24.models import Work24Base
from mocks.work24.seed import load_seed

DESCRIPTION: Final = """\
고용24 (Work24) 기업회원 (mock): corporate sign-up, login and certificate registration, as the
Work24 manual (seed 000) describes them.

**Sign-up** (`POST /signups` → `/authenticate` → `/terms` → `/information`): four steps in
order — 01 가입 인증, 02 약관 동의, 03 정보 입력, 04 가입 완료 — held as a session that
expires 30 minutes after it starts (mock clock); a step out of order answers 409 WRONG_STEP.
가입인증 checks 대표자 성명 and 개업일 with the NTS validate API (peer `nts`); NTS data is
linked overnight, so a change made at the NTS today is seen by Work24 only from tomorrow
(Asia/Seoul dates of the two mock clocks). Then either a 공동인증서 proof (challenge from
`POST /challenges`, checked by the CAs' `/verify`: corporate general-purpose kind of the five
CAs, owner check with the 10-digit number typed without hyphens) or a verified 금융인증서 use
(`POST /fincert` …, relayed to the pki mock; its signed assertion is verified here with the
yessign test CA certificate; the ARS call is answered with the test control
`POST /__admin/fincert/{id}/ars {"digits": <ars_display_code>}`, which relays the keying to
the CA for this use). 정보입력 autofills the company from the NTS registry; the
industry comes from `GET /industries`. 가입 완료 registers the certificate used and creates
the member; the MDM customer record (일자리플랫폼 고객정보) is created as a separate step.

**MDM.** Creating the customer record fails while a fault matches `POST /mdm/customers`
(`POST /__admin/faults {"route": "/mdm/customers", "outage": true}`); sign-up still succeeds
with the manual's delay notice and the record is retried every minute of the mock clock (a
background ticker, or `POST /__admin/mdm/retry` to run due retries now) until it exists —
exactly once per member (unique). `GET /mdm/events?after=N` is the sync feed relying systems
poll.

**Login** (`POST /logins`): member type (일반사업자, 사무대행기관, 대리인) plus a registered
certificate; `GET /me` with the bearer token. `POST /members/{number}/certificates` registers
another certificate (대표자 성명 + 개업일 + the certificate). `GET /members/{number}` and
`POST /members/lookup` (≤100 numbers) read members.

**Seed.** 대한무역투자진흥공사 (120-82-00275) is a member (일반사업자, MDM complete) with no
certificate registered: its login answers 등록된 인증서 정보가 없습니다 until one is
registered. Every NTS seed business can sign up.

Errors are `{"code", "message" (Korean), "message_en", "field"?, "reason"?}`.
"""

agency = MockAgency(
    name="work24",
    title="고용24 기업회원 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=Work24Base,
    seed=load_seed,
    on_problem=Work24Error.answer_problem,
)

route = ErrorRoutes(agency, Work24Error)
"""Register an operation whose `Work24Error`s are answered as `ErrorBody`."""
