"""Identity verification (본인확인) through the provider: phone (PASS / SMS), card and 간편인증.

The gateway keeps no state of its own for a flow. A flow's id seals (AES-GCM under the gateway's
key) a reference to the provider's verification and what the client's next screen shows, so
any replica can carry the flow on and a mobile client can resume it after a restart.

CI and DI never leave the gateway. Once a person is verified the client gets a *verification
id*: a sealed reference to the provider's result, bound to the relying agency and valid for
`REDEEM_TTL` after the verification. Agency flows :func:`redeem` it for the verified person
with the CI and the DI of their own site code.
"""

from gateway.services.identity.flows import (
    REDEEM_TTL,
    Flow,
    FlowRef,
    IdentityFlowError,
    Method,
    Person,
    Redeemed,
    Step,
)
from gateway.services.identity.requests import (
    CardRequest,
    PhoneRequest,
    SimpleAuthRequest,
    StartRequest,
)
from gateway.services.identity.verification import (
    GATEWAY_SITE,
    RELYING_PARTIES,
    confirm,
    get,
    redeem,
    resend,
    site_code,
    start,
)

__all__ = [
    "GATEWAY_SITE",
    "REDEEM_TTL",
    "RELYING_PARTIES",
    "CardRequest",
    "Flow",
    "FlowRef",
    "IdentityFlowError",
    "Method",
    "Person",
    "PhoneRequest",
    "Redeemed",
    "SimpleAuthRequest",
    "StartRequest",
    "Step",
    "confirm",
    "get",
    "redeem",
    "resend",
    "site_code",
    "start",
]
