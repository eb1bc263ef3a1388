"""Client of the NTS business registration API (사업자등록정보 진위확인 및 상태조회)."""

from connectors.nts.client import NtsConnector
from connectors.nts.records import (
    BusinessStatusCode,
    NtsRegistration,
    NtsStatus,
    NtsValidation,
    NtsValidationRequest,
    TaxTypeCode,
)

__all__ = [
    "BusinessStatusCode",
    "NtsConnector",
    "NtsRegistration",
    "NtsStatus",
    "NtsValidation",
    "NtsValidationRequest",
    "TaxTypeCode",
]
