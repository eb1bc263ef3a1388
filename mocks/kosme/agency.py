"""The kosme mock's `MockAgency` and the route decorator its operation modules use."""

from __future__ import annotations

from typing import Final

from mocks.framework import ErrorRoutes, MockAgency
from mocks.kosme.errors import KosmeError
from mocks.kosme.models import KosmeBase
from mocks.kosme.seed import load_seed

DESCRIPTION: Final = """\
Mock of the KOSME job-matching platform (중소벤처기업진흥공단 기업인력애로센터 일자리매칭플랫폼,
job.kosmes.or.kr): personal members and foreigner résumés (이력서 작성하기 — Resume for Foreigner).

* SNS 회원가입 (`POST /members/sns`): the SNS (naver, kakao, facebook) authorization code the user
  got at the identity provider (`POST /sns/{provider}/authorize`, site_code `kosme`); the
  platform exchanges it itself, then takes 유입경로, 휴대폰 번호, the required choice of
  취업매칭시스템 정보 수신동의 (SNS메시지, 이메일: receive or refuse) and 필수 이용약관 동의.
* 일반 회원가입 (`POST /members`): a phone identity verification (PASS or SMS) made for site
  `kosme`, checked with the provider (`GET /verifications/{id}`), the same data, ID and password.
* 로그인: `POST /login` (아이디/비밀번호/성명), `/login/sns`, `/login/onepass` (디지털원패스 code);
  each answers a bearer token for `Authorization: Bearer` (2 hours, mock clock).
* 이력서 (`/resumes`): title, basic information with the 외국인 실명확인 of English name and
  foreigner registration number (asked of the identity provider), visa, address / job-seeker /
  programme type prefilled from the member, one photo (5 MB; bmp, gif, svg, png, jpg, jpeg,
  tif, tiff, judged by content), the 고유식별정보 consent, education and careers (most recent
  first). Numbers are sealed at rest and only ever answered masked (750620-5******).

Seed: member `johnsmith01` / `Test-pass-1234!` (JOHN SMITH, 750620-5123456 at the identity
mock, also Digital OnePass `johnsmith`) with one résumé. Errors are `{"code", "message"
(Korean), "message_en", "field"?}`.
"""

agency = MockAgency(
    name="kosme",
    title="중소벤처기업진흥공단 일자리매칭플랫폼 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=KosmeBase,
    seed=load_seed,
    on_problem=KosmeError.answer_problem,
)

route = ErrorRoutes(agency, KosmeError)
"""Register an operation whose `KosmeError`s are answered as `ErrorBody` (400 always listed)."""
