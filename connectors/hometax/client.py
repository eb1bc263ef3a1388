"""HometaxConnector: the gateway's client of this agency."""

from __future__ import annotations

from connectors.base import BaseConnector


class HometaxConnector(BaseConnector):
    """Client of the hometax agency's API."""

    agency = "hometax"
