"""Client of KOTRA 무역투자24 integrated membership."""

from connectors.kotra.client import KotraConnector, KotraRejectedError, segment

__all__ = ["KotraConnector", "KotraRejectedError", "segment"]
