"""A minor (or a person under limited guardianship) issues only with the registered legal
representative's certificate consent (법정대리인 … 공인인증서 사용 동의)."""

from __future__ import annotations

from datetime import datetime, timedelta

from koreakit import rrn
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


# --- 피한정후견인 (limited guardianship) ------------------------------------------------------

WARD = ("박정수", "6507071123458")
"""An adult under limited guardianship (한정후견), 김영희 his 한정후견인."""
WARD_PHONE = "01077770002"


async def approve_ward(stack: Stack) -> None:
    """The office records 박정수's approval with his 한정후견인's signed consent."""
    granted = await stack.mocks["gov24"].post(
        "/__admin/approvals",
        json={
            "name": WARD[0],
            "resident_number": WARD[1],
            "method": "mobile",
            "phone": WARD_PHONE,
            "limited_guardianship": True,
            "guardian": {
                "role": "limited_guardian",
                "name": YOUNGHEE[0],
                "resident_number": YOUNGHEE[1],
                "id_document": "driver_license",
                "document": "후견등기사항증명서",
                "consent_signed": True,
            },
        },
    )
    assert granted.status_code == 201, granted.text


async def signed_by_ward(stack: Stack) -> tuple[str, str, str]:
    """박정수 has logged in, written and signed: (issuance id, content, session token)."""
    await approve_ward(stack)
    who, issuance, token = await logged_in(stack, WARD, to=WARD_PHONE)
    approval = issuance["approval"]
    assert approval["capacity"] == "LIMITED_GUARDIANSHIP"
    applied = await run(stack, APPLY, form(issuance["id"], person=WARD))
    assert applied["issuance"]["draft"]["guardianRequired"] is True
    content = applied["issuance"]["draft"]["contentToSign"]
    signed = await run(
        stack,
        SIGN,
        {"id": issuance["id"], "certificate": who.certificate, "signature": who.sign(content)},
    )
    assert signed["errors"] == []
    return issuance["id"], content, token


async def test_limited_guardianship_waits_for_the_guardians_certificate(stack: Stack) -> None:
    # given an adult under limited guardianship who has signed his confirmation
    issuance_id, _, _ = await signed_by_ward(stack)
    # when the flow is read back
    resumed = await stack.gateway.execute(
        "query($id: ID!) { gov24Issuance(id: $id) { step confirmation { issuanceNumber } } }",
        {"id": issuance_id},
    )
    # then his own signature has issued nothing: the 한정후견인 must consent first
    assert resumed["data"]["gov24Issuance"] == {"step": "GUARDIAN_CONSENT", "confirmation": None}


async def test_limited_guardian_consent_issues_and_names_the_guardian(stack: Stack) -> None:
    # given the ward's signed draft
    issuance_id, content, token = await signed_by_ward(stack)
    # when the registered 한정후견인 signs the same content with her certificate
    guardian = await holder(stack.pki, YOUNGHEE)
    consented = await run(
        stack,
        CONSENT,
        {
            "id": issuance_id,
            "certificate": guardian.certificate,
            "signature": guardian.sign(content),
            "randomNum": guardian.random_num_b64,
        },
    )
    # then the confirmation is issued in the ward's name, the consenting guardian recorded
    assert consented["errors"] == []
    assert consented["issuance"]["step"] == "ISSUED"
    assert consented["issuance"]["confirmation"]["name"] == WARD[0]
    number = consented["issuance"]["confirmation"]["issuanceNumber"]
    mine = await stack.gateway.execute(
        "query($n: String!) { viewer { gov24SignatureConfirmation(issuanceNumber: $n) "
        "{ guardianName } gov24UsageApproval { guardian { role name idDocument consentSigned } } "
        "} }",
        {"n": number},
        Authorization=f"Bearer {token}",
    )
    viewer = mine["data"]["viewer"]
    assert viewer["gov24SignatureConfirmation"]["guardianName"] == YOUNGHEE[0]
    assert viewer["gov24UsageApproval"]["guardian"] == {
        "role": "LIMITED_GUARDIAN",
        "name": YOUNGHEE[0],
        "idDocument": "DRIVER_LICENSE",
        "consentSigned": True,
    }


async def test_someone_other_than_the_limited_guardian_cannot_consent(stack: Stack) -> None:
    issuance_id, content, _ = await signed_by_ward(stack)
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
    [error] = consented["errors"]
    assert (error["code"], error["field"]) == ("GUARDIAN_MISMATCH", ["input", "certificate"])
    assert "한정후견인" in error["message"]


async def test_a_minor_who_comes_of_age_issues_without_the_guardian(stack: Stack) -> None:
    # given a minor approved with the legal representative's consent, 19 in ten days' time
    clock = await stack.mocks["gov24"].get("/__admin/clock")
    today = datetime.fromisoformat(clock.json()["now"]).date()
    birthday = today.replace(year=today.year - 19, day=min(today.day, 28)) + timedelta(days=10)
    first12 = f"{birthday:%y%m%d}{3 if birthday.year >= 2000 else 1}12345"
    person = ("최유나", first12 + str(rrn.check_digit(first12)))
    granted = await stack.mocks["gov24"].post(
        "/__admin/approvals",
        json={
            "name": person[0],
            "resident_number": person[1],
            "method": "mobile",
            "phone": "010-7777-0003",
            "guardian": {
                "role": "legal_representative",
                "name": YOUNGHEE[0],
                "resident_number": YOUNGHEE[1],
                "id_document": "resident_card",
                "document": "가족관계증명서",
                "consent_signed": True,
            },
        },
    )
    assert granted.status_code == 201, granted.text
    # when she writes her confirmation today, the guardian's consent is required
    _, issuance, _ = await logged_in(stack, person, to="01077770003")
    today_draft = await run(stack, APPLY, form(issuance["id"], person=person))
    assert today_draft["issuance"]["draft"]["guardianRequired"] is True
    # then, once she is 19 (민법 제4조), she issues on her own signature
    await stack.mocks["gov24"].post("/__admin/clock", json={"advance_seconds": 11 * 86400})
    who, issuance, _ = await logged_in(stack, person, to="01077770003")
    adult_draft = await run(stack, APPLY, form(issuance["id"], person=person))
    draft = adult_draft["issuance"]["draft"]
    assert draft["guardianRequired"] is False
    signed = await run(
        stack,
        SIGN,
        {
            "id": issuance["id"],
            "certificate": who.certificate,
            "signature": who.sign(draft["contentToSign"]),
        },
    )
    assert signed["issuance"]["step"] == "ISSUED"
