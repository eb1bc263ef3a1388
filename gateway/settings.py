"""One Settings object, read from ``GATEWAY_*`` environment variables.

Nested values use a double underscore: ``GATEWAY_NTS__URL``, ``GATEWAY_NTS__TIMEOUT``,
``GATEWAY_NTS__SERVICE_KEY``. A bad value stops start-up with a message naming the variable.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Literal, Self

from pydantic import (
    BaseModel,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
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
    keepalive: float = Field(
        default=4.0,
        gt=0,
        le=300,
        description=(
            "Seconds an idle connection is kept for reuse; keep it below the agency's own "
            "keep-alive timeout, so that a call never goes out on a connection it is closing."
        ),
    )


class NtsSettings(UpstreamSettings):
    """The National Tax Service API also needs its service key (data.go.kr 인증키)."""

    service_key: SecretStr = SecretStr("test-service-key")


UPSTREAMS = ("nts", "identity", "pki", "work24", "kosme", "kotra", "gov24", "hometax")
"""Every upstream agency the gateway speaks to, by the name of its settings field."""


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
    identity: UpstreamSettings = UpstreamSettings()
    pki: UpstreamSettings = UpstreamSettings()
    work24: UpstreamSettings = UpstreamSettings()
    kosme: UpstreamSettings = UpstreamSettings()
    kotra: UpstreamSettings = UpstreamSettings()
    gov24: UpstreamSettings = UpstreamSettings()
    hometax: UpstreamSettings = UpstreamSettings()
    http_transport: Literal["http1", "aiohttp", "httpx"] = "http1"
    request_deadline: float = Field(default=20.0, gt=0, description="Seconds for one request.")
    max_list_size: int = Field(default=100, ge=1, le=1000, description="Items in list args.")
    graphiql: bool | None = Field(default=None, description="Default: on except in production.")
    expose_error_details: bool | None = Field(
        default=None, description="Unmasked internal errors; default: on only in development."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    # --- shared state across replicas -----------------------------------------------------
    redis_url: str | None = Field(
        default=None,
        description="Redis for rate limits, events and caches shared by replicas; unset: memory.",
        pattern=r"^rediss?://",
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description=(
            "32-byte key (base64) encrypting upstream tokens and personal numbers at rest. "
            "Required in production; in development one is made and kept in the data dir."
        ),
    )

    # --- operation limits and abuse protection (defaults after GraphQL Armor) ----------------
    max_depth: int = Field(default=6, ge=1, description="Selection depth of a document.")
    max_aliases: int = Field(default=15, ge=0, description="Aliases in a document.")
    max_directives: int = Field(default=50, ge=0, description="Directives in a document.")
    max_tokens: int = Field(default=1000, ge=10, description="Lexer tokens in a document.")
    max_root_fields: int = Field(default=20, ge=1, description="Root fields of an operation.")
    max_cost: int = Field(default=5000, ge=1, description="Static cost; agency fields cost more.")
    max_errors: int = Field(default=20, ge=1, description="Errors returned for one document.")
    max_body_bytes: int = Field(default=1_048_576, ge=1024, description="JSON request body.")
    max_upload_bytes: int = Field(
        default=16 * 1_048_576,
        ge=1024,
        description=(
            "Multipart request body: files uploaded by the GraphQL multipart request spec plus "
            "the form; each flow still checks its own per-file limit (a typed error)."
        ),
    )
    allow_batching: bool = Field(default=False, description="Accept a JSON array of operations.")
    max_batch_size: int = Field(default=10, ge=1, description="Operations in one batch.")
    introspection: bool | None = Field(default=None, description="Default: off in production.")
    rate_limit: str = Field(
        default="600/minute", description="Per client (session, else IP), `limits` notation."
    )
    cors_origins: list[str] = Field(default=[], description="Origins allowed to call (CORS).")
    persisted_queries: bool = Field(default=True, description="Automatic persisted queries.")
    allow_list_only: bool = Field(
        default=False, description="Run only registered (allow-listed) persisted operations."
    )
    metrics: bool = Field(default=True, description="Serve Prometheus metrics at /metrics.")
    tracing: Literal["none", "console"] = Field(
        default="none", description="OpenTelemetry span exporter."
    )
    event_bus: Literal["auto", "memory", "redis"] = Field(
        default="auto", description="Subscription events; auto: Redis when redis_url is set."
    )

    # --- clients and sessions ---------------------------------------------------------------
    allow_anonymous: bool = Field(
        default=True, description="Serve requests that carry no X-Api-Key."
    )
    session_ttl: int = Field(
        default=8 * 3600, ge=60, description="Seconds a gateway session lives after creation."
    )
    idempotency_ttl: int = Field(
        default=24 * 3600, ge=60, description="Seconds an idempotency key is remembered."
    )

    @field_validator("secret_key")
    @classmethod
    def _secret_key_is_32_bytes(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            try:
                raw = base64.b64decode(value.get_secret_value(), validate=True)
            except ValueError as exc:
                raise ValueError("must be base64") from exc
            if len(raw) != 32:
                raise ValueError("must decode to 32 bytes (e.g. `openssl rand -base64 32`)")
        return value

    @model_validator(mode="after")
    def _production_has_a_secret_key(self) -> Self:
        if self.environment == "production" and self.secret_key is None:
            raise ValueError("GATEWAY_SECRET_KEY is required in production")
        return self

    @model_validator(mode="after")
    def _deadline_outlasts_upstreams(self) -> Self:
        worst = max(u.timeout * u.retries for u in self.upstreams().values())
        if self.request_deadline <= worst:
            raise ValueError(
                f"request_deadline ({self.request_deadline}s) must exceed the slowest upstream's"
                f" timeout × retries ({worst}s)"
            )
        return self

    def upstreams(self) -> dict[str, UpstreamSettings]:
        """Every upstream's settings by agency name."""
        return {name: getattr(self, name) for name in UPSTREAMS}

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'gateway.sqlite'}"

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else self.environment != "production"

    @property
    def introspection_enabled(self) -> bool:
        if self.introspection is not None:
            return self.introspection
        return self.environment != "production"

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
