"""``agency-gateway certs``: act as a certificate holder against the test NPKI.

    agency-gateway certs issue --ca yessign --kind corporate --name "(주)한국이디에스" \\
        --number 6638501035 --out DIR [--not-after 2023-11-04] [--pki-dir data/pki]
    agency-gateway certs sign --cert-dir DIR --challenge NONCE [--number 6638501035]

`issue` writes an NPKI folder (`signCert.der`, `signPri.key`) from the persistent test PKI in
--pki-dir (created on first use; CA keys encrypted with $AGENCY_GATEWAY_PKI_PASSPHRASE or the
test default). `sign` prints the proof JSON an agency expects. The certificate password comes
from --password, else $AGENCY_GATEWAY_CERT_PASSWORD, else a prompt (or one line of stdin when
it is not a terminal); it is never echoed. Numbers are never printed unmasked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from koreakit import masking
from koreakit.errors import InvalidIdentifierError
from koreakit.npki.authority import DEFAULT_PASSPHRASE, IssuedCertificate, NpkiAuthority
from koreakit.npki.errors import CertificateError
from koreakit.npki.holder import CertificateHolder, save_folder
from koreakit.npki.oids import CertificateAuthority, CertificateKind

PASSWORD_ENV = "AGENCY_GATEWAY_CERT_PASSWORD"
PKI_PASSPHRASE_ENV = "AGENCY_GATEWAY_PKI_PASSPHRASE"
DEFAULT_PKI_DIR = "data/pki"
MIN_PASSWORD_LENGTH = 10
"""공동인증서 passwords have at least 10 characters."""
KST = dt.timezone(dt.timedelta(hours=9), "KST")


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the `certs` command (with `issue` and `sign`) to the CLI's sub-commands."""
    certs = subparsers.add_parser("certs", help="issue test NPKI certificates and sign challenges")
    actions = certs.add_subparsers(dest="certs_command", required=True, metavar="ACTION")

    issue = actions.add_parser("issue", help="issue a certificate into an NPKI folder")
    issue.add_argument("--ca", required=True, choices=[ca.value for ca in CertificateAuthority])
    issue.add_argument("--kind", required=True, choices=[kind.value for kind in CertificateKind])
    issue.add_argument("--name", required=True, help="real name: person or company")
    issue.add_argument(
        "--number",
        required=True,
        help="주민등록번호 (personal kinds) or 사업자등록번호 (corporate)",
    )
    issue.add_argument(
        "--out", required=True, type=Path, help="folder for signCert.der/signPri.key"
    )
    issue.add_argument("--not-before", type=_moment_start, help="YYYY-MM-DD or ISO datetime")
    issue.add_argument(
        "--not-after", type=_moment_end, help="YYYY-MM-DD (23:59:59 KST) or ISO datetime"
    )
    issue.add_argument("--pki-dir", type=Path, default=Path(DEFAULT_PKI_DIR))
    issue.add_argument("--password", help=f"key password (prefer ${PASSWORD_ENV} or the prompt)")

    sign = actions.add_parser("sign", help="sign a challenge; print the proof as JSON")
    sign.add_argument("--cert-dir", required=True, type=Path)
    sign.add_argument("--challenge", required=True, help="the nonce the agency issued")
    sign.add_argument("--number", help="attach R for the agency's owner check of this number")
    sign.add_argument("--password", help=f"key password (prefer ${PASSWORD_ENV} or the prompt)")
    return certs


def run(args: argparse.Namespace) -> int:
    """Run `certs issue` or `certs sign`; 0 on success, 1 on a certificate error, 2 on input."""
    try:
        if args.certs_command == "issue":
            return _issue(args)
        return _sign(args)
    except InvalidIdentifierError as exc:
        return _fail(exc.message_ko, exc.message_en, status=2)
    except CertificateError as exc:
        return _fail(exc.message_ko, exc.message_en, status=1)
    except (FileNotFoundError, ValueError) as exc:
        return _fail(str(exc), "", status=2)


def _issue(args: argparse.Namespace) -> int:
    password = _password(args.password, confirm=True)
    if len(password) < MIN_PASSWORD_LENGTH:
        return _fail(
            f"인증서 암호는 {MIN_PASSWORD_LENGTH}자 이상이어야 합니다.",
            f"The certificate password needs at least {MIN_PASSWORD_LENGTH} characters.",
            status=2,
        )
    passphrase = os.environ.get(PKI_PASSPHRASE_ENV, DEFAULT_PASSPHRASE)
    authority = NpkiAuthority.open(args.pki_dir, passphrase)
    issued = authority.issue(
        CertificateAuthority(args.ca),
        CertificateKind(args.kind),
        args.name,
        args.number,
        not_before=args.not_before,
        not_after=args.not_after,
    )
    save_folder(args.out, issued.certificate, issued.private_key, issued.random_num, password)
    _report(issued, args.number, args.out)
    return 0


def _sign(args: argparse.Namespace) -> int:
    holder = CertificateHolder.load(args.cert_dir, _password(args.password, confirm=False))
    proof = holder.prove(args.challenge, args.number)
    print(json.dumps(proof, ensure_ascii=False, indent=2))
    return 0


def _report(issued: IssuedCertificate, number: str, out: Path) -> None:
    cert = issued.certificate
    shown = number if issued.kind.is_corporate else masking.mask_rrn(number)
    print(f"발급 완료 / issued: {issued.kind.label_ko} ({issued.kind.label_en})")
    print(f"  issuer   {issued.ca.test_ca_name}")
    print(f"  subject  {cert.subject.rfc4514_string()}")
    print(f"  number   {shown}")
    print(f"  serial   {cert.serial_number:X}")
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    print(f"  valid    {start.isoformat()} — {end.isoformat()}")
    print(f"  folder   {out}")


def _password(given: str | None, *, confirm: bool) -> str:
    if given:
        return given
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("인증서 암호 / certificate password: ")
    if confirm and getpass.getpass("다시 입력 / again: ") != password:
        raise ValueError("암호가 일치하지 않습니다 / the passwords differ")
    return password


def _moment_start(text: str) -> dt.datetime:
    return _moment(text, dt.time(0, 0, 0))


def _moment_end(text: str) -> dt.datetime:
    return _moment(text, dt.time(23, 59, 59))


def _moment(text: str, time_of_day: dt.time) -> dt.datetime:
    """A date (at `time_of_day`, Korean time) or an ISO datetime (Korean time if naive)."""
    try:
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), time_of_day, KST)
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or ISO datetime: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=KST)


def _fail(message_ko: str, message_en: str, *, status: int) -> int:
    text = f"{message_ko} / {message_en}" if message_en else message_ko
    print(f"agency-gateway certs: {text}", file=sys.stderr)
    return status
