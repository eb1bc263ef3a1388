"""The issuance use cases: certificate login, the extra identity check, the form, the
applicant's signature, the guardian's consent, and reading a flow back."""

from __future__ import annotations

from connectors.gov24 import ApplicationForm, Gov24Connector
from connectors.pki import ProofCheck
from gateway.crypto import Sealer
from gateway.errors import UserError
from gateway.messages.gov24 import Gov24ErrorCode as Code
from gateway.services.gov24.flows import Flow, flow_of, seal, token_of
from gateway.services.gov24.refusals import call
from koreakit import rrn


def proof_body(proof: ProofCheck) -> dict[str, str]:
    """The holder's proof as the agency takes it (koreakit's ``Proof.to_json()``)."""
    body = {
        "certificate": proof.certificate,
        "signature": proof.signature,
        "challenge": proof.challenge,
        "signatureAlgorithm": proof.signature_algorithm,
    }
    if proof.random_num is None:
        raise UserError(Code.NO_IDENTIFY_DATA, field=["input", "proof", "randomNum"])
    return body | {"randomNum": proof.random_num}


async def start(
    gov24: Gov24Connector,
    sealer: Sealer,
    proof: ProofCheck,
    number: rrn.ResidentNumber,
    member_token: str | None = None,
) -> Flow:
    """인증서 로그인: the agency checks the proof (owner check by 주민등록번호) and the usage
    approval, then sends the extra identity-check code. ``number`` was checked at parse time
    (the `ResidentNumber` scalar); ``member_token``, a login by ID and password the citizen
    entered with, makes the agency require the certificate to be that member's."""
    login = await call(gov24.log_in(proof_body(proof), number.number, member_token))
    assert login.token is not None, "a new login always has its token"
    return flow_of(seal(sealer, login.token), login)


async def get(gov24: Gov24Connector, sealer: Sealer, flow_id: str) -> Flow | None:
    """The flow as the agency keeps it now; None for an unknown or lapsed flow."""
    try:
        token = token_of(sealer, flow_id)
        return flow_of(flow_id, await call(gov24.login_state(token)))
    except UserError:
        return None


async def identity_check(gov24: Gov24Connector, sealer: Sealer, flow_id: str, code: str) -> Flow:
    digits = "".join(code.split())
    if not digits.isdigit():
        raise UserError(Code.WRONG_CODE, field=["input", "code"])
    login = await call(gov24.identity_check(token_of(sealer, flow_id), digits))
    return flow_of(flow_id, login)


async def apply(gov24: Gov24Connector, sealer: Sealer, flow_id: str, form: ApplicationForm) -> Flow:
    """전자본인서명확인서 작성; the flow then waits for the signature over its content."""
    token = token_of(sealer, flow_id)
    await call(gov24.write(token, form))
    return flow_of(flow_id, await call(gov24.login_state(token)))


async def _draft_id(gov24: Gov24Connector, token: str) -> str:
    login = await call(gov24.login_state(token))
    if login.draft is None:
        raise UserError(Code.WRONG_STEP, field=["input", "id"])
    return login.draft.id


async def sign(
    gov24: Gov24Connector, sealer: Sealer, flow_id: str, certificate: str, signature: str
) -> Flow:
    """전자서명 by the applicant with the login certificate."""
    token = token_of(sealer, flow_id)
    draft_id = await _draft_id(gov24, token)
    await call(gov24.sign(token, draft_id, certificate, signature))
    return flow_of(flow_id, await call(gov24.login_state(token)))


async def guardian_consent(
    gov24: Gov24Connector,
    sealer: Sealer,
    flow_id: str,
    certificate: str,
    signature: str,
    random_num: str,
) -> Flow:
    """법정대리인·한정후견인의 공인인증서 사용 동의 over the same content."""
    token = token_of(sealer, flow_id)
    draft_id = await _draft_id(gov24, token)
    await call(gov24.guardian_consent(token, draft_id, certificate, signature, random_num))
    return flow_of(flow_id, await call(gov24.login_state(token)))
