"""Gov24Connector: the gateway's client of this agency."""

from __future__ import annotations

from connectors.base import BaseConnector


class Gov24Connector(BaseConnector):
    """Client of the gov24 agency's API."""

    agency = "gov24"
