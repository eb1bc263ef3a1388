"""Client of Hometax (홈택스) department users for e-tax invoices."""

from connectors.hometax.client import HometaxConnector

__all__ = ["HometaxConnector"]
