"""Client of Gov24 (정부24) electronic personal-signature confirmation."""

from connectors.gov24.client import Gov24Connector

__all__ = ["Gov24Connector"]
