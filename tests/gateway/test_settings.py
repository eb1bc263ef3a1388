"""Settings come from GATEWAY_* variables; a bad value stops start-up with a clear message."""

from __future__ import annotations

import pytest

from agency_gateway.cli import main
from gateway.settings import SettingsError, load_settings

TEST_KEY = "a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2s="  # 32 bytes, base64


def test_nested_upstream_settings_are_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GATEWAY_NTS__URL", "http://127.0.0.1:9999")
    monkeypatch.setenv("GATEWAY_NTS__TIMEOUT", "2.5")
    settings = load_settings()
    assert settings.nts.url == "http://127.0.0.1:9999"
    assert settings.nts.timeout == 2.5


def test_a_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_NTS__TIMEOUT", "soon")
    with pytest.raises(SettingsError, match="GATEWAY_NTS__TIMEOUT"):
        load_settings()


def test_the_request_deadline_must_outlast_the_upstream_timeouts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GATEWAY_REQUEST_DEADLINE", "3")
    with pytest.raises(SettingsError, match="request_deadline"):
        load_settings()


def test_the_command_line_reports_bad_settings_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GATEWAY_ENVIRONMENT", "staging")
    assert main(["db", "upgrade"]) == 2
    assert "GATEWAY_ENVIRONMENT" in capsys.readouterr().err


def test_production_turns_graphiql_and_error_details_off() -> None:
    settings = load_settings(environment="production", secret_key=TEST_KEY)
    assert not settings.graphiql_enabled
    assert not settings.show_error_details


def test_production_needs_a_secret_key() -> None:
    with pytest.raises(SettingsError, match="GATEWAY_SECRET_KEY"):
        load_settings(environment="production")


def test_secret_key_must_be_32_bytes_of_base64() -> None:
    with pytest.raises(SettingsError, match="32 bytes"):
        load_settings(secret_key="c2hvcnQ=")
