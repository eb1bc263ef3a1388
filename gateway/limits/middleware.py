"""The request-level limits as one ordered list of middleware for ``create_app``."""

from __future__ import annotations

from starlette.middleware import Middleware

from gateway.limits.http import BodySizeLimitMiddleware, CsrfPreventionMiddleware
from gateway.limits.ratelimit import RateLimiter, RateLimitMiddleware
from gateway.settings import Settings


def limit_middleware(settings: Settings, limiter: RateLimiter) -> list[Middleware]:
    """Cheapest refusal first: the rate limit (one counter), CSRF (headers), body size (bytes).

    Goes inside the request-id middleware, so refusals carry and log a request id, and inside
    CORS (:func:`gateway.limits.http.cors_middleware`), so a browser can read a 429.
    """
    return [
        Middleware(RateLimitMiddleware, limiter=limiter),
        Middleware(CsrfPreventionMiddleware),
        # multipart uploads (gateway.uploads) may be larger than JSON bodies
        Middleware(
            BodySizeLimitMiddleware,
            max_bytes=settings.max_body_bytes,
            upload_max_bytes=settings.max_upload_bytes,
        ),
    ]
