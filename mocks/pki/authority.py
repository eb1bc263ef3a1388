"""The test PKI a pki mock app serves: the KoreaKit authority plus the CA keys it signs with.

`MockPki.open(directory)` is the persistent PKI of ``serve`` and the ``certs`` CLI (the same
files: root and five CAs, ``issued.jsonl``); `MockPki.ephemeral()` lives in memory. One
`MockPki` may back many apps: tests build one per module and hand it to each app
(``create_app(pki=…)``), so CA keys are generated once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki import keys
from koreakit.npki.authority import DEFAULT_PASSPHRASE, NpkiAuthority
from koreakit.npki.oids import CertificateAuthority
from koreakit.npki.revocation import CertificateStatusStore
from koreakit.npki.signers import Signer, load_signer, make_intermediate, make_root

KeyFactory = Callable[[], rsa.RSAPrivateKey]

ASSERTION_CA = CertificateAuthority.YESSIGN
"""금융결제원 runs 금융인증서: its test CA signs the financial-certificate assertions."""


@dataclass(frozen=True)
class MockPki:
    """The authority that issues, the CA signers (for CRLs and assertions), and who issued what.

    Attributes:
        holder_key_factory: makes each holder key ``POST /certificates`` issues; tests may pass
            one that hands out pre-generated keys.
    """

    authority: NpkiAuthority
    root: Signer
    cas: Mapping[CertificateAuthority, Signer]
    issued: CertificateStatusStore
    holder_key_factory: KeyFactory = keys.generate_key

    @classmethod
    def open(cls, directory: Path | str, passphrase: str = DEFAULT_PASSPHRASE) -> MockPki:
        """The PKI kept in ``directory`` (created on first use, as ``certs issue`` does)."""
        path = Path(directory)
        NpkiAuthority.open(path, passphrase)  # creates whatever is missing
        secret = passphrase.encode("utf-8")
        root = _loaded(load_signer(path, "root", secret), "root")
        cas = {
            ca: _loaded(load_signer(path, ca.value, secret), ca.value)
            for ca in CertificateAuthority
        }
        return cls._of(root, cas, CertificateStatusStore(path))

    @classmethod
    def ephemeral(cls, key_factory: KeyFactory = keys.generate_key) -> MockPki:
        """A PKI in memory only (six CA keys from ``key_factory``)."""
        root = make_root(key_factory())
        cas = {ca: make_intermediate(ca, root, key_factory()) for ca in CertificateAuthority}
        return cls._of(root, cas, CertificateStatusStore())

    @classmethod
    def _of(
        cls,
        root: Signer,
        cas: Mapping[CertificateAuthority, Signer],
        status: CertificateStatusStore,
    ) -> MockPki:
        return cls(NpkiAuthority(root, cas, status), root, cas, status)

    def with_holder_keys(self, factory: KeyFactory) -> MockPki:
        """The same PKI, issuing holder keys from ``factory``."""
        return dataclasses.replace(self, holder_key_factory=factory)

    @property
    def assertion_signer(self) -> Signer:
        return self.cas[ASSERTION_CA]


def _loaded(signer: Signer | None, name: str) -> Signer:
    if signer is None:
        raise RuntimeError(f"the test PKI has no {name} key after opening it")
    return signer
