"""Every refusal of Hometax reaches the client as the gateway's own code, in Hometax's words
(the payload error's Korean message is the agency's, quoted from seed 004 where it gives one)."""

from __future__ import annotations

import pytest

from gateway.messages.hometax import HOMETAX_TEXTS
from gateway.messages.hometax import HometaxErrorCode as GatewayCode
from mocks.hometax.messages import MESSAGES
from mocks.hometax.messages import HometaxErrorCode as MockCode

NOT_FOR_USERS = {MockCode.INVALID_REQUEST, MockCode.NOT_FOUND, MockCode.PEER_UNAVAILABLE}
"""Answered as GraphQL errors (a malformed call, an outage), never as payload errors."""


@pytest.mark.parametrize("code", sorted(set(MockCode) - NOT_FOR_USERS))
def test_each_hometax_refusal_has_a_gateway_code_with_hometaxs_korean(code: MockCode) -> None:
    gateway_code = GatewayCode[code.name]
    assert HOMETAX_TEXTS[gateway_code].ko == MESSAGES[code][0]
