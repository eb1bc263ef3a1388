"""KosmeConnector: the gateway's client of this agency."""

from __future__ import annotations

from connectors.base import BaseConnector


class KosmeConnector(BaseConnector):
    """Client of the kosme agency's API."""

    agency = "kosme"
