"""Client of 고용24 (Work24) corporate membership."""

from connectors.work24.client import Work24Connector

__all__ = ["Work24Connector"]
