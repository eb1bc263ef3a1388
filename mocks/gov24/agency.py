"""The gov24 mock's `MockAgency` and the route decorator its operation modules use."""

from __future__ import annotations

from typing import Final

from mocks.framework import ErrorRoutes, MockAgency
from mocks.gov24.errors import Gov24Error
from mocks.gov24.models import Gov24Base
from mocks.gov24.records import Gov24Seed
from mocks.gov24.seed import load_seed, upsert_approvals

DESCRIPTION: Final = """\
정부24 전자본인서명확인서 발급시스템 (mock): the electronic personal-signature confirmation of
the 본인서명사실 확인 등에 관한 법률, issued online after an in-person usage approval, and checked
by the receiving agency (수요기관) it names.

**Usage approval (발급시스템 이용 승인).** Granted in person by an 읍·면·동장 or 출장소장, so it
is recorded through the admin API: `POST /__admin/approvals` (name, 주민등록번호, the 신분증 used,
the office, the online identity-check method — `security_token`, `mobile` or `landline` — and,
for a minor or a person under limited guardianship, the 법정대리인/한정후견인 with the signed
consent and proof documents). Valid 2 years (`approval_validity_years` option); renewal only in
the 30 days before expiry (`POST /approval/renew` after login, or
`POST /__admin/approvals/{id}/renew` in person).

**정부24 접속 (ID, PW 입력).** `POST /members/login` with a 정부24 회원 ID and password gives a
portal login only: every 발급시스템 menu answers it `COMPLEX_AUTH_REQUIRED` (복합인증 로그인 안내),
and a certificate login sent with its bearer token must be the same person (`MEMBER_MISMATCH`).

**Issuance (발급).** `POST /login` with a 공동인증서 proof over a pki challenge plus the typed
주민등록번호 (checked by the pki mock's `/verify`, VID owner check, personal certificates only);
the approval must be valid. The extra identity check sends a 6-digit code to the outbox (a
security token shows it, a phone call reads it out): `POST /login/identity-check`. Then
`GET /addresses?query=` (주민등록 주소지 검색), `GET /agencies?query=` (수요기관 검색),
`POST /applications` (성명, 주민등록번호, address, 용도, 거래상대방, 위임받은 사람, 제출기관) →
the UTF-8 `content` to sign; `POST /applications/{id}/signature` with an RSASSA-PKCS1-v1_5 /
SHA-256 signature over those bytes by the login certificate (verified here with KoreaKit against
the pki mock's CAs and revocation status); for a minor or a person under limited guardianship
`POST /applications/{id}/guardian-consent` with the registered guardian's certificate, signature
and R. The confirmation is stored with its 발급번호 (synthetic format `YYYY-NNNN-NNNN-NNNN`; the
real format is not public) and 발급일시. `GET /confirmations/{number}/slip.pdf` is the 발급증
(no legal force itself); `POST /confirmations/{number}/wallet` saves it to the 전자문서지갑.

**Verification (수요기관 확인).** `POST /verifications` with the agency's code, 발급번호 and
성명: only the designated 제출기관 sees the content; every look-up, allowed or refused, is
logged and listed to the citizen in `GET /confirmations/{number}`.

**Seed.** 수요기관 and addresses from `mocks/gov24/data/*.json` (agency codes are synthetic);
approvals (relative to the mock clock when the seed loads): 홍길동 801210-1 (mobile
010-1234-5678, valid), 김영희 780905-2 (landline 02-2100-1234, 10 days before expiry: renewable),
이서준 850321-1 (security token GOV-TKN-0001, expired 5 days ago), and the minor 김하늘
120315-4 (mobile 010-5555-0001; legal representative 김영희, consent signed). Member: 홍길동,
ID `hong1210`, password `Gov24-hong!1210`. `POST /__admin/seed` takes `approvals` and `members`.

Resident numbers are sealed at rest and answered masked (801210-1******). Errors are
`{"code", "message" (Korean), "message_en", "field"?, "tries_left"?}`.
"""

agency = MockAgency(
    name="gov24",
    title="정부24 전자본인서명확인서 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=Gov24Base,
    seed=load_seed,
    seed_model=Gov24Seed,
    upsert=upsert_approvals,
    on_problem=Gov24Error.answer_problem,
)

route = ErrorRoutes(agency, Gov24Error)
"""Register an operation whose `Gov24Error`s are answered as `ErrorBody` (400 always listed)."""
