"""The hometax mock's `MockAgency` and the route decorator its operation modules use."""

from __future__ import annotations

from typing import Final

from mocks.framework import ErrorRoutes, MockAgency
from mocks.hometax.errors import HometaxError
from mocks.hometax.models import HometaxBase
from mocks.hometax.records import HometaxSeed
from mocks.hometax.seed import SEED_PASSWORD, load_seed, upsert

DESCRIPTION: Final = f"""\
Mock of Hometax (홈택스) department users for e-tax invoices (전자세금계산서 전용 부서사용자),
as seed 004 (the cargo pay manual's 부서사용자 가입하기) describes them.

1. `POST /department-users/id-check` (중복확인), then `POST /department-users` (아이디 신청):
   both agreements, the applicant's real name verified by the identity provider for site
   `hometax` (its verification id), business number + representative birth date, a 6–20
   character case-sensitive ID, a 9–15 character password of letters, digits and
   `~!@#$%^&*+`, mobile and e-mail. One department user per business; status 대기 (pending).
2. The representative logs in with the business's certificate (`POST /auth/certificate`: a
   proof over a nonce from the pki mock's `POST /challenges`, owner-checked against the
   business number), lists `GET /my-nts/department-users` and sets 사용, 탈퇴 or 미승인
   (`PUT /my-nts/department-users/{{user_id}}/status`); a temporary password goes to the
   outbox (`POST …/temporary-password`), logs in for 24 hours (option
   `temporary_password_ttl_seconds`) and must be changed at the next login. Every status a
   department user takes is on the feed `GET /department-users/status-events?after=N`.
3. Only a 사용 user logs in (`POST /auth/password`), registers its own e-tax-invoice
   certificate (`POST /department-user/certificate`, not the business's; only in an ID/password
   login, a renewed one replacing it) and then logs in with it (`POST /auth/certificate` with
   `user_id`). One ID may be logged in several times at once (동시 접속 가능).
4. A third-party platform registers the user (`POST /delegations`: ID + password) and gets a
   delegation token for the business; `POST /delegations/introspect` reads it back.

Seed: taxpayers 2148602348 (주)서울물류 (대표 박지훈, 1983-06-30; no department user),
6638501035 (주)한국이디에스 (김형원, 1972-04-15; `EdsTax01`, 사용), 2208100016 (주)한빛소프트웨어
(이서준, 1985-03-21; `hanbit_test` 김철수 1팀, 대기, the manual's row), 1208200275 (유정열,
1965-08-27), 3148704565 (최민서, 1988-08-08), 2110101116 (김영희, 1978-09-05), 1234503335
(윤서연, 1995-02-03), 1312200228 (노지현, 1970-03-03; closed at the NTS). Seeded department
users' password: `{SEED_PASSWORD}`. Peers: identity (실명인증), nts (폐업 check), pki
(certificates). Errors are `{{"code", "message" (Korean), "message_en", "field"?}}`.
"""

agency = MockAgency(
    name="hometax",
    title="홈택스 부서사용자 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=HometaxBase,
    seed=load_seed,
    seed_model=HometaxSeed,
    upsert=upsert,
    on_problem=HometaxError.answer_problem,
)

route = ErrorRoutes(agency, HometaxError)
"""Register an operation whose `HometaxError`s are answered as `ErrorBody`."""
