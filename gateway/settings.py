"""One Settings object, read from ``GATEWAY_*`` environment variables.

Nested values use a double underscore: ``GATEWAY_NTS__URL``, ``GATEWAY_NTS__TIMEOUT``,
``GATEWAY_NTS__SERVICE_KEY``. A bad value stops start-up with a message naming the variable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class UpstreamSettings(BaseModel):
    """How the gateway reaches one upstream agency."""

    url: str | None = Field(
        default=None,
        description="Base URL; unset under `serve` means: start the mock and use it.",
        pattern=r"^https?://",
    )
    timeout: float = Field(default=5.0, gt=0, le=60, description="Seconds per attempt.")
    retries: int = Field(default=3, ge=1, le=10, description="Attempts for safe calls.")
    breaker_failures: int = Field(default=5, ge=1, description="Failures that open the breaker.")
    breaker_reset: float = Field(default=10.0, gt=0, description="Seconds before a probe.")
    health_path: str | None = Field(default="/healthz", description="Probed by /readyz.")


class NtsSettings(UpstreamSettings):
    """The National Tax Service API also needs its service key (data.go.kr 인증키)."""

    service_key: SecretStr = SecretStr("test-service-key")


class Settings(BaseSettings):
    """Everything the gateway reads at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="GATEWAY_", env_nested_delimiter="__", extra="ignore", frozen=True
    )

    environment: Literal["development", "production"] = "development"
    data_dir: Path = Path("data")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy async URL; default SQLite under data_dir."
    )
    auto_migrate: bool = Field(
        default=True, description="Apply migrations at start-up; turn off with several replicas."
    )
    nts: NtsSettings = NtsSettings()
    http_transport: Literal["aiohttp", "httpx"] = "aiohttp"
    request_deadline: float = Field(default=20.0, gt=0, description="Seconds for one request.")
    max_list_size: int = Field(default=100, ge=1, le=1000, description="Items in list args.")
    graphiql: bool | None = Field(default=None, description="Default: on except in production.")
    expose_error_details: bool | None = Field(
        default=None, description="Unmasked internal errors; default: on only in development."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @model_validator(mode="after")
    def _deadline_outlasts_upstreams(self) -> Self:
        worst = self.nts.timeout * self.nts.retries
        if self.request_deadline <= worst:
            raise ValueError(
                f"request_deadline ({self.request_deadline}s) must exceed the slowest upstream's"
                f" timeout × retries ({worst}s)"
            )
        return self

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'gateway.sqlite'}"

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else self.environment != "production"

    @property
    def show_error_details(self) -> bool:
        if self.expose_error_details is not None:
            return self.expose_error_details
        return self.environment == "development"


class SettingsError(Exception):
    """The environment holds a value the gateway cannot start with."""


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment (plus overrides), with a readable error on bad input."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = [
            f"  GATEWAY_{'__'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        ]
        raise SettingsError("invalid gateway settings:\n" + "\n".join(lines)) from exc
