"""Relying parties (이용기관) registered with the provider, by site code (`mocks.framework.sites`);
the DI is derived per site code."""

from __future__ import annotations

from mocks.framework.sites import SITES
from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode


def site_name(site_code: str) -> str:
    """The relying party's name.

    Raises:
        IdentityError: 403 UNKNOWN_SITE.
    """
    try:
        return SITES[site_code]
    except KeyError:
        raise IdentityError(403, IdentityErrorCode.UNKNOWN_SITE, field="site_code") from None
