"""The identity provider's `MockAgency` and the route decorator its operation modules use."""

from __future__ import annotations

from typing import Final

from mocks.framework import ErrorRoutes, MockAgency
from mocks.identity.errors import IdentityError
from mocks.identity.models import IdentityBase
from mocks.identity.records import IdentitySeed
from mocks.identity.seed import load_seed, upsert_people

DESCRIPTION: Final = """\
Mock of a Korean identity-verification provider (본인확인기관 and 간편인증 broker): phone
verification by PASS or SMS, personal credit-card verification, 간편인증 (카카오, 네이버, PASS,
토스, 삼성패스, PAYCO, KB, 신한, 금융인증서), SNS login (naver, kakao, google, facebook),
Digital OnePass (디지털원패스) and the foreigner real-name check (외국인 실명확인).

Every call names the relying party with `site_code` (kotra, kosme, work24, gov24, hometax,
gateway; see `GET /sites`). A successful verification yields the verified name, birth date,
sex, 내/외국인, phone, a CI (88 characters, the same for one person everywhere) and a DI
(64 hex characters, different per site code). Resident numbers are stored sealed and only
ever answered masked (801210-1******).

Codes "sent" by SMS or pushed to an app are in the outbox (`GET /__admin/outbox`). Test
control: `POST /__admin/simple-auth/{id}/approve` and `/reject` act as the user's app
confirming or refusing a 간편인증 request; the clock (`/__admin/clock`) drives every expiry.
Errors are `{"code", "message" (Korean), "message_en", "field"?, "tries_left"?}`; a body that
does not fit the request model is 400 INVALID_REQUEST.
"""

agency = MockAgency(
    name="identity",
    title="Identity verification provider (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=IdentityBase,
    seed=load_seed,
    seed_model=IdentitySeed,
    upsert=upsert_people,
    on_problem=IdentityError.answer_problem,
)


route = ErrorRoutes(agency, IdentityError)
"""Register an operation whose `IdentityError`s are answered as `ErrorBody` (400 always listed)."""
