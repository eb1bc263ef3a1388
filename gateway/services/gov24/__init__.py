"""Gov24 (정부24) 전자본인서명확인서 through the gateway: issuance (a flow over the citizen's
certificate login), the citizen's approval and confirmations, and verification by receiving
agencies."""

from gateway.services.gov24.flows import Flow, Step

__all__ = ["Flow", "Step"]
