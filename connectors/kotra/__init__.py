"""Client of KOTRA 무역투자24 integrated membership."""

from connectors.kotra.client import KotraConnector

__all__ = ["KotraConnector"]
