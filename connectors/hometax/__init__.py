"""Client of Hometax (홈택스) department users for e-tax invoices."""

from connectors.hometax.client import HometaxConnector, HometaxRejectedError
from connectors.hometax.records import (
    Application,
    ApplicationState,
    Applied,
    Delegation,
    DepartmentUser,
    DepartmentUserStatus,
    HometaxLogin,
    RegisteredCertificate,
    Standing,
    StatusChanged,
    StatusEvent,
    StatusFeed,
    TemporaryPassword,
)

__all__ = [
    "Application",
    "ApplicationState",
    "Applied",
    "Delegation",
    "DepartmentUser",
    "DepartmentUserStatus",
    "HometaxConnector",
    "HometaxLogin",
    "HometaxRejectedError",
    "RegisteredCertificate",
    "Standing",
    "StatusChanged",
    "StatusEvent",
    "StatusFeed",
    "TemporaryPassword",
]
