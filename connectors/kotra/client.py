"""KotraConnector: the gateway's client of this agency."""

from __future__ import annotations

from connectors.base import BaseConnector


class KotraConnector(BaseConnector):
    """Client of the kotra agency's API."""

    agency = "kotra"
