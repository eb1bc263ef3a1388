"""Operations reserved to a kind of client refuse every other caller."""

from __future__ import annotations

import pytest

from gateway.clients import ClientIdentity, require_kind
from gateway.db.models import ClientKind
from gateway.errors import ErrorCode, GatewayError
from gateway.i18n import Language

AGENCY = ClientIdentity(1, "seoul-gu-office", ClientKind.RECEIVING_AGENCY)
PORTAL = ClientIdentity(2, "portal", ClientKind.PORTAL)


def test_a_client_of_the_reserved_kind_passes() -> None:
    assert require_kind(AGENCY, ClientKind.RECEIVING_AGENCY) is AGENCY


@pytest.mark.parametrize("client", [PORTAL, None])
def test_other_clients_and_anonymous_callers_are_refused(client: ClientIdentity | None) -> None:
    with pytest.raises(GatewayError) as refused:
        require_kind(client, ClientKind.RECEIVING_AGENCY)
    assert refused.value.code is ErrorCode.CLIENT_KIND_NOT_ALLOWED
    assert "receiving_agency" in refused.value.message(Language.EN)
