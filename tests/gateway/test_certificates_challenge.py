"""certificateChallenge and certificateVerify: a single-use, expiring challenge, signed by the
holder and checked by the CAs as an agency does (a replay is refused)."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta
from typing import Any

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.pki.messages import CHALLENGE_TTL
from tests.gateway.conftest import Stack
from tests.gateway.test_certificates_inspect import HONG, KOREA_EDS, PASSWORD, issue

CHALLENGE = """
mutation Challenge($input: CertificateChallengeInput) {
  certificateChallenge(input: $input) {
    challenge { nonce expiresAt agency flow }
    errors { code field message }
  }
}
"""
VERIFY = """
mutation Verify($input: CertificateVerifyInput!) {
  certificateVerify(input: $input) {
    verified ownerChecked
    certificate { holderName kind }
    errors { code field message }
  }
}
"""
OWNER_MISMATCH_MESSAGE = (  # seed 000 (Work24), 1.3.4.3 오류 케이스 ②
    "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
    "확인 후 다시 입력해 주시기 바랍니다."
)


async def challenge(stack: Stack, **given: str) -> dict[str, Any]:
    result = await stack.gateway.execute(CHALLENGE, {"input": given})
    payload: dict[str, Any] = result["data"]["certificateChallenge"]
    return payload


def proof(issued: dict[str, Any], nonce: str) -> dict[str, str]:
    """What the holder sends: the certificate, a signature over the nonce, and R."""
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert random_num is not None
    return {
        "certificate": issued["certificate"],
        "signature": base64.b64encode(sign_challenge(key, nonce.encode("ascii"))).decode(),
        "challenge": nonce,
        "randomNum": base64.b64encode(random_num).decode(),
    }


async def verify(stack: Stack, signed: dict[str, str], **more: str) -> dict[str, Any]:
    result = await stack.gateway.execute(VERIFY, {"input": {"proof": signed, **more}})
    payload: dict[str, Any] = result["data"]["certificateVerify"]
    return payload


async def signed_proof(stack: Stack, holder: dict[str, str]) -> dict[str, str]:
    issued = await issue(stack, holder)
    nonce = (await challenge(stack, flow="WORK24_CORPORATE_SIGNUP"))["challenge"]["nonce"]
    return proof(issued, nonce)


async def test_challenge_is_issued_for_a_flow_and_expires_within_minutes(stack: Stack) -> None:
    # when
    payload = await challenge(stack, flow="WORK24_CORPORATE_SIGNUP")
    # then
    assert payload["errors"] == []
    issued = payload["challenge"]
    assert (issued["agency"], issued["flow"]) == ("WORK24", "WORK24_CORPORATE_SIGNUP")
    assert len(issued["nonce"]) >= 40
    clock = datetime.fromisoformat((await stack.pki.get("/__admin/clock")).json()["now"])
    expires = datetime.fromisoformat(issued["expiresAt"])
    assert timedelta(0) < expires - clock <= CHALLENGE_TTL


async def test_each_challenge_is_new(stack: Stack) -> None:
    first = (await challenge(stack))["challenge"]
    second = (await challenge(stack))["challenge"]
    assert first["nonce"] != second["nonce"]
    assert (first["agency"], first["flow"]) == (None, None)


async def test_challenge_agency_must_be_the_flows(stack: Stack) -> None:
    payload = await challenge(stack, agency="KOTRA", flow="WORK24_CORPORATE_SIGNUP")
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("AGENCY_MISMATCH", ["input", "agency"])
    assert error["message"].startswith("선택한 업무는 고용24의 업무입니다.")


async def test_signed_proof_verifies_once_and_a_replay_is_refused(stack: Stack) -> None:
    # given a proof over a fresh challenge
    signed = await signed_proof(stack, KOREA_EDS)
    # when it is verified, with the owner check, for Work24's sign-up
    first = await verify(stack, signed, typedNumber="6638501035", flow="WORK24_CORPORATE_SIGNUP")
    # then it is good
    assert first["errors"] == []
    assert (first["verified"], first["ownerChecked"]) == (True, True)
    assert first["certificate"] == {"holderName": "(주)한국이디에스", "kind": "CORPORATE_GENERAL"}
    # and the same proof again is a replay
    again = await verify(stack, signed)
    [error] = again["errors"]
    assert (error["code"], error["field"]) == ("REPLAYED", ["input", "proof", "challenge"])
    assert again["verified"] is False


async def test_expired_challenge_is_refused(stack: Stack) -> None:
    signed = await signed_proof(stack, KOREA_EDS)
    await stack.pki.post(
        "/__admin/clock", json={"advance_seconds": CHALLENGE_TTL.total_seconds() + 1}
    )
    payload = await verify(stack, signed)
    assert payload["errors"][0]["code"] == "CHALLENGE_EXPIRED"


async def test_owner_mismatch_speaks_the_work24_manual(stack: Stack) -> None:
    signed = await signed_proof(stack, KOREA_EDS)
    payload = await verify(stack, signed, typedNumber="1208200275")
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("OWNER_MISMATCH", ["input", "typedNumber"])
    assert error["message"] == OWNER_MISMATCH_MESSAGE


async def test_owner_mismatch_in_english_on_request(stack: Stack) -> None:
    signed = await signed_proof(stack, KOREA_EDS)
    result = await stack.gateway.execute(
        VERIFY,
        {"input": {"proof": signed, "typedNumber": "1208200275"}},
        **{"Accept-Language": "en"},
    )
    [error] = result["data"]["certificateVerify"]["errors"]
    assert error["message"].startswith("The certificate does not belong to")


async def test_personal_certificate_is_refused_for_a_corporate_flow(stack: Stack) -> None:
    signed = await signed_proof(stack, HONG)
    payload = await verify(stack, signed, flow="WORK24_CORPORATE_SIGNUP")
    assert payload["errors"][0]["code"] == "KIND_NOT_ACCEPTED"
    assert payload["verified"] is False


async def test_tampered_signature_is_refused(stack: Stack) -> None:
    signed = await signed_proof(stack, KOREA_EDS)
    signature = bytearray(base64.b64decode(signed["signature"]))
    signature[0] ^= 0xFF
    tampered = {**signed, "signature": base64.b64encode(bytes(signature)).decode()}
    payload = await verify(stack, tampered)
    assert payload["errors"][0]["code"] == "BAD_SIGNATURE"
