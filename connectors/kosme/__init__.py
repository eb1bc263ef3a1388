"""Client of the KOSME job-matching platform."""

from connectors.kosme.client import KosmeConnector

__all__ = ["KosmeConnector"]
