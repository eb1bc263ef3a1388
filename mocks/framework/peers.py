"""Other agencies a mock calls as their client would: Work24 asks the NTS to validate a
business, KOTRA asks whether it is closed, an agency redeems an identity verification or has
the CAs check a signature.

A mock is given its peers as the ``peers`` option of ``create_app``: agency name → base URL
(``serve`` passes the other mocks' loopback URLs) or an ``httpx`` transport (tests pass
``httpx.ASGITransport`` of an in-process mock). A peer that was not given is unreachable: its
calls raise :class:`PeerUnavailableError`, which the calling agency answers in its own shape.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

PeerSpec = str | httpx.AsyncBaseTransport


class PeerUnavailableError(Exception):
    """The peer agency is not configured or could not be reached."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"{name}: {detail}")
        self.name = name


class Peers:
    """One pooled client per peer, opened on first use and closed with the app."""

    def __init__(self, specs: Mapping[str, PeerSpec] | None = None) -> None:
        self._specs = dict(specs or {})
        self._clients: dict[str, httpx.AsyncClient] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def client(self, name: str) -> httpx.AsyncClient:
        """The client of peer ``name`` (relative URLs go to the peer's base URL).

        Raises:
            PeerUnavailableError: no such peer was configured.
        """
        client = self._clients.get(name)
        if client is None:
            spec = self._specs.get(name)
            if spec is None:
                raise PeerUnavailableError(name, "not configured")
            if isinstance(spec, str):
                client = httpx.AsyncClient(base_url=spec, timeout=10.0)
            else:
                client = httpx.AsyncClient(
                    base_url=f"http://{name}.peer", transport=spec, timeout=10.0
                )
            self._clients[name] = client
        return client

    async def request(self, name: str, method: str, path: str, **kwargs: object) -> httpx.Response:
        """One call to a peer; a refused connection or a timeout is :class:`PeerUnavailableError`,
        an answer of any status is returned as it is."""
        try:
            return await self.client(name).request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.TransportError as exc:
            raise PeerUnavailableError(name, type(exc).__name__) from exc

    async def aclose(self) -> None:
        clients, self._clients = self._clients, {}
        for client in clients.values():
            await client.aclose()
