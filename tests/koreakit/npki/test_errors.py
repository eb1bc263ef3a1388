"""Every NPKI failure is a CertificateError with its own stable code and two messages."""

from __future__ import annotations

import pytest

from koreakit.npki import errors
from koreakit.npki.errors import CertificateError, CertificateErrorCode


def _leaves() -> list[type[CertificateError]]:
    found, todo = [], [CertificateError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if "code" in vars(cls):
            found.append(cls)
    return found


def test_each_code_has_exactly_one_error_class() -> None:
    codes = [cls.code for cls in _leaves()]

    assert sorted(codes) == sorted(CertificateErrorCode)


@pytest.mark.parametrize("cls", _leaves(), ids=lambda cls: cls.__name__)
def test_each_error_has_korean_and_english_defaults(cls: type[CertificateError]) -> None:
    error = cls()

    assert error.message_ko
    assert error.message_en == str(error)
    assert error.code == cls.code.value


def test_base_classes_cannot_be_raised_without_a_code() -> None:
    with pytest.raises(TypeError, match="subclasses"):
        errors.ChallengeError()
