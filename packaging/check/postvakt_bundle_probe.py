"""In-bundle probe for packaging/check_bundle.sh. Not part of the bundle.

A frozen application cannot be asked to run a Python snippet, but keyring reads its own
configuration file (``$XDG_CONFIG_HOME/python_keyring/keyringrc.cfg``): ``keyring-path``
adds a folder to ``sys.path`` and ``default-keyring`` names the backend class to load.
check_bundle.sh points both at this module, so the first time Postvakt asks for its keyring,
this module is imported by the bundled interpreter, from the bundled libraries.

It writes a JSON report to ``$POSTVAKT_PROBE_OUT``. :class:`Probe` is keyring's own
``ChainerBackend``, so Postvakt then goes on exactly as it would without the probe.
"""

from __future__ import annotations

import io
import json
import os
import sys

from keyring.backends.chainer import ChainerBackend


def _frozen() -> str:
    import desktop_app

    bundle = getattr(sys, "_MEIPASS", None)
    assert getattr(sys, "frozen", False) and bundle, "not running inside the bundle"
    assert desktop_app.__file__ is None or desktop_app.__file__.startswith(bundle), (
        f"desktop_app comes from {desktop_app.__file__}, not from the bundle"
    )
    return bundle


def _keyring_entry_points() -> list[str]:
    from keyring.compat.py312 import metadata

    names = sorted(ep.name for ep in metadata.entry_points(group="keyring.backends"))
    assert names, "keyring found no backends through entry points (dist-info missing?)"
    return names


def _keyring_backends() -> list[str]:
    import keyring.backend

    return [
        f"{type(b).__module__}.{type(b).__name__} (priority {b.priority})"
        for b in keyring.backend.get_all_keyring()
    ]


def _secret_service() -> str:
    from keyring.backends.SecretService import Keyring

    Keyring.priority  # noqa: B018 (raises when Secret Service or its libraries are missing)
    if not os.environ.get("POSTVAKT_PROBE_ROUNDTRIP"):
        return "usable (no round trip asked for)"
    keyring = Keyring()
    service, user, secret = "Postvakt-pakkekontroll", "probe", "hemmelig-æøå-123"
    keyring.set_password(service, user, secret)
    try:
        assert keyring.get_password(service, user) == secret, "read back a different value"
    finally:
        keyring.delete_password(service, user)
    return "set, get and delete through the Secret Service work"


def _cryptography() -> str:
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    fernet = Fernet(Fernet.generate_key())
    assert fernet.decrypt(fernet.encrypt(b"Postvakt")) == b"Postvakt"
    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    serialization.load_pem_private_key(pem, password=None)
    return "Fernet and PEM keys work"


def _calamine() -> str:
    import python_calamine

    try:
        python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(b"not a workbook"))
    except Exception as exc:  # the native module is loaded and answers
        return f"native module loaded (rejects junk with {type(exc).__name__})"
    raise AssertionError("calamine accepted junk as a workbook")


def _truststore() -> str:
    from desktop_app.integrations.http import _trust_store_context

    ctx = _trust_store_context()
    return f"{type(ctx).__module__}.{type(ctx).__name__}"


def _stdnum() -> str:
    from importlib.resources import files

    from stdnum.no import fodselsnummer, orgnr

    assert orgnr.is_valid("974760673")
    assert not fodselsnummer.is_valid("01010112345")
    # stdnum's numdb reads its *.dat files like this; the bundle must serve them
    data = files("stdnum").joinpath("iban.dat").read_bytes()
    assert b"Norway" in data, "stdnum/iban.dat is empty or wrong"
    return f"orgnr, fødselsnummer and data files work (iban.dat {len(data)} bytes)"


def _resources() -> str:
    from desktop_app.i18n import translations_dir
    from desktop_app.resources import demo_dir

    bundle = _frozen()
    for path in (
        translations_dir() / "qt_nb.qm",
        translations_dir() / "postvakt_en.qm",
        translations_dir() / "qt_nn.qm",
        translations_dir() / "postvakt_nn.qm",
        demo_dir() / "demo-kommune.json",
    ):
        assert path.is_file() and str(path).startswith(bundle), f"missing: {path}"
    return str(translations_dir().parent)


def _exports() -> str:
    """Every kind of file Postvakt writes, from the bundle: Excel (openpyxl, then read back
    with python-calamine as an import would), CSV, PDF and ODT (Qt) and .eml (email)."""
    import shutil
    import tempfile
    from pathlib import Path

    from desktop_app.domain.followup_drafts import FollowupDraft
    from desktop_app.exporters.drafts import write_eml
    from desktop_app.exporters.tables import write_csv, write_xlsx
    from desktop_app.importers.tabular import read_table
    from desktop_app.views.pdf import write_pdf
    from desktop_app.wizards.confidential_access import save_odt

    folder = Path(tempfile.mkdtemp(prefix="postvakt-probe-"))
    try:
        headers, rows = ["Org.nr", "Navn"], [["974760673", "Øvingsvik æøå"]]
        write_xlsx(folder / "liste.xlsx", {"Brev": (headers, rows)})
        write_csv(folder / "liste.csv", headers, rows)
        write_pdf("<h1>Postvakt</h1><p>æøå</p>", folder / "oppsummering.pdf", title="Kontroll")
        save_odt("<h1>Rutine</h1><p>æøå</p>", folder / "rutine.odt", "Rutine")
        write_eml(
            folder / "utkast.eml",
            FollowupDraft("974760673", "Øvingsvik", 1, None, None, "Oppfølging", "Hei æøå"),
        )
        magic = {
            "liste.xlsx": b"PK",
            "liste.csv": b"",
            "oppsummering.pdf": b"%PDF",
            "rutine.odt": b"PK",
            "utkast.eml": b"",
        }
        sizes = {}
        for name, start in magic.items():
            data = (folder / name).read_bytes()
            assert data and data.startswith(start), f"{name} is empty or not what it claims"
            sizes[name] = len(data)
        table = read_table(folder / "liste.xlsx")
        read_back = [cells for _line, cells in table.rows]
        assert table.headers == headers and read_back == rows, f"read back {read_back}"
        return ", ".join(f"{name} {size} bytes" for name, size in sizes.items())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _contacts() -> str:
    from desktop_app.domain.contacts import check_address

    # phonenumbers loads its region data modules lazily; email-validator checks syntax
    for good in ("+47 912 34 567", "ola.nordmann@example.no"):
        assert check_address(good).error is None, f"{good}: {check_address(good).error}"
    assert check_address("+47 22 33 44 55").error, "a landline was accepted as mobile"
    return "mobile numbers (phonenumbers data) and e-mail addresses are checked"


def _jwt() -> str:
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    token = jwt.encode({"sub": "probe"}, key, algorithm="RS256")
    assert jwt.decode(token, key.public_key(), algorithms=["RS256"])["sub"] == "probe"
    return "PyJWT signs and verifies RS256"


def _content_and_sandbox() -> str:
    from desktop_app.resources import load_guides
    from desktop_app.sandbox.server import build_sandbox

    guides = {flow: len(load_guides(flow)) for flow in ("dpi", "tilgang", "uapnet")}
    assert all(guides.values()), f"content files missing: {guides}"
    sandbox = build_sandbox()
    routes = len(sandbox._routes)
    assert routes > 20, f"the sandbox found only {routes} routes (service modules missing?)"
    return f"guides {guides}, sandbox routes {routes}"


CHECKS = {
    "frozen": _frozen,
    "resources": _resources,
    "keyring_entry_points": _keyring_entry_points,
    "keyring_backends": _keyring_backends,
    "secret_service": _secret_service,
    "cryptography": _cryptography,
    "calamine": _calamine,
    "truststore": _truststore,
    "stdnum": _stdnum,
    "contacts": _contacts,
    "exports": _exports,
    "jwt": _jwt,
    "content_and_sandbox": _content_and_sandbox,
}


def _run() -> None:
    report: dict[str, dict[str, object]] = {}
    for name, check in CHECKS.items():
        try:
            report[name] = {"ok": True, "detail": check()}
        except Exception as exc:
            report[name] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
    out = os.environ.get("POSTVAKT_PROBE_OUT")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=2)


class Probe(ChainerBackend):
    """keyring's ordinary chain of backends; loading it runs the checks once."""


_run()
