"""Work24Connector: the gateway's client of this agency."""

from __future__ import annotations

from connectors.base import BaseConnector


class Work24Connector(BaseConnector):
    """Client of the work24 agency's API."""

    agency = "work24"
