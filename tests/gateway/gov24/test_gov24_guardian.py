"""A minor (or a person under limited guardianship) issues only with the registered legal
representative's certificate consent (법정대리인 … 공인인증서 사용 동의)."""

from __future__ import annotations

from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import APPLY, CONSENT, SIGN, form, logged_in, run
from tests.mocks.gov24.support import HANEUL, HONG, YOUNGHEE, holder


async def signed_by_minor(stack: Stack) -> tuple[str, str]:
    """김하늘 (a minor) has written and signed: (issuance id, content)."""
    who, issuance, _ = await logged_in(stack, HANEUL, to="01055550001")
    assert issuance["approval"]["capacity"] == "MINOR"
    applied = await run(stack, APPLY, form(issuance["id"], person=HANEUL))
    draft = applied["issuance"]["draft"]
    assert draft["guardianRequired"] is True
    content = draft["contentToSign"]
    signed = await run(
        stack,
        SIGN,
        {"id": issuance["id"], "certificate": who.certificate, "signature": who.sign(content)},
    )
    assert signed["errors"] == []
    # the minor's own signature does not issue: the flow waits for the guardian
    assert signed["issuance"]["step"] == "GUARDIAN_CONSENT"
    assert signed["issuance"]["confirmation"] is None
    return issuance["id"], content


async def test_minor_issues_after_the_registered_guardian_consents(stack: Stack) -> None:
    issuance_id, content = await signed_by_minor(stack)
    mother = await holder(stack.pki, YOUNGHEE)
    consented = await run(
        stack,
        CONSENT,
        {
            "id": issuance_id,
            "certificate": mother.certificate,
            "signature": mother.sign(content),
            "randomNum": mother.random_num_b64,
        },
    )
    assert consented["errors"] == []
    assert consented["issuance"]["step"] == "ISSUED"
    assert consented["issuance"]["confirmation"]["name"] == "김하늘"


async def test_consent_by_someone_not_registered_is_refused(stack: Stack) -> None:
    issuance_id, content = await signed_by_minor(stack)
    stranger = await holder(stack.pki, HONG)
    consented = await run(
        stack,
        CONSENT,
        {
            "id": issuance_id,
            "certificate": stranger.certificate,
            "signature": stranger.sign(content),
            "randomNum": stranger.random_num_b64,
        },
    )
    assert consented["errors"][0]["code"] == "GUARDIAN_MISMATCH"
    assert consented["issuance"] is None


async def test_guardian_consent_over_other_content_is_refused(stack: Stack) -> None:
    issuance_id, content = await signed_by_minor(stack)
    mother = await holder(stack.pki, YOUNGHEE)
    consented = await run(
        stack,
        CONSENT,
        {
            "id": issuance_id,
            "certificate": mother.certificate,
            "signature": mother.sign(content + " "),
            "randomNum": mother.random_num_b64,
        },
    )
    assert consented["errors"][0]["code"] == "BAD_SIGNATURE"
