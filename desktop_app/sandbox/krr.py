"""Kontaktregisteret (KRR) in the sandbox: ``POST /krr/rest/v2/personer``.

Shapes from reference dpi-notifications.md §7. The fictional cast (``_fiction.PEOPLE``) has
fixed answers that cover every rule of the § 8 check; any other valid fødselsnummer gets a
made-up answer derived from its digits (so a list of 1,000 practice numbers gives a realistic
mix). Timestamps are relative to today, so "older than 18 months" stays true over time.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_app.domain.contactability import MAX_PER_LOOKUP, check_pid
from desktop_app.sandbox import _fiction
from desktop_app.sandbox.server import HttpProblem, Request, Response, Sandbox

# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/krr/rest/v2"
DIGIPOST = "984661185"  # postkasseleverandøradresse of Digipost (reference §7 example)
EBOKS = "922020175"

# cast index → (reservasjon, status, varslingsstatus, email age days, mobile age days, digital)
_CAST: dict[int, tuple[str, str, str, int | None, int | None, bool]] = {
    0: ("NEI", "AKTIV", "KAN_VARSLES", 30, 30, True),
    1: ("JA", "AKTIV", "KAN_IKKE_VARSLES", 30, 30, False),
    2: ("NEI", "AKTIV", "KAN_VARSLES", 800, 20, True),  # e-mail older than 18 months
    3: ("NEI", "AKTIV", "KAN_VARSLES", 10, None, False),  # no mailbox, no mobile
    4: ("NEI", "AKTIV", "KAN_VARSLES", None, 100, True),  # SMS only
    5: ("NEI", "SLETTET", "KAN_IKKE_VARSLES", None, None, False),
}


def _stamp(days_ago: int | None) -> str | None:
    if days_ago is None:
        return None
    return (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(timespec="seconds")


def _answer(pid: str) -> dict[str, Any]:
    person = _fiction.person(pid)
    if person is not None:
        index = _fiction.PEOPLE.index(person)
        reservation, status, varsling, email_age, mobile_age, digital = _CAST.get(index, _CAST[0])
        email, mobile = person.email, person.mobile
    else:
        roll = hashlib.sha256(pid.encode()).digest()[0] / 255
        email, mobile = f"innbygger.{pid[-4:]}@example.no", f"+479{pid[-7:]}"
        reservation, status, varsling, email_age, mobile_age, digital = (
            ("NEI", "AKTIV", "KAN_VARSLES", 40, 40, True)
            if roll < 0.70
            else ("JA", "AKTIV", "KAN_IKKE_VARSLES", 40, 40, False)
            if roll < 0.78
            else ("NEI", "AKTIV", "KAN_VARSLES", 700, 60, True)
            if roll < 0.86
            else ("NEI", "AKTIV", "KAN_VARSLES", 90, None, False)
            if roll < 0.92
            else ("NEI", "IKKE_REGISTRERT", "KAN_IKKE_VARSLES", None, None, False)
        )
    if status != "AKTIV":
        return {
            "personidentifikator": pid,
            "reservasjon": reservation,
            "status": status,
            "varslingsstatus": varsling,
        }
    contact: dict[str, Any] = {}
    if email_age is not None:
        contact |= {
            "epostadresse": email,
            "epostadresse_oppdatert": _stamp(email_age),
            "epostadresse_sist_verifisert": _stamp(email_age),
        }
    if mobile_age is not None:
        contact |= {
            "mobiltelefonnummer": mobile,
            "mobiltelefonnummer_oppdatert": _stamp(mobile_age),
            "mobiltelefonnummer_sist_verifisert": _stamp(mobile_age),
        }
    answer: dict[str, Any] = {
        "personidentifikator": pid,
        "reservasjon": reservation,
        "status": status,
        "varslingsstatus": varsling,
        "kontaktinformasjon": contact,
        "spraak": "nb",
    }
    if digital:
        provider = DIGIPOST if int(pid[-1]) % 2 else EBOKS
        answer["digital_post"] = {
            "postkasseadresse": f"innbygger#{pid[-4:]}",
            "postkasseleverandoeradresse": provider,
        }
    return answer


def register(sandbox: Sandbox) -> None:
    @sandbox.route("POST", PREFIX + "/personer")
    def personer(request: Request) -> Response:
        auth = request.header("Authorization") or ""
        if not auth.startswith("Bearer ") or len(auth) <= len("Bearer "):
            raise HttpProblem(401, "Unauthorized", "Mangler gyldig Maskinporten-token.")
        body = request.json
        pids = body.get("personidentifikatorer") if isinstance(body, dict) else None
        if not isinstance(pids, list) or not pids or len(pids) > MAX_PER_LOOKUP:
            raise HttpProblem(
                400, "Bad Request", f"personidentifikatorer må ha 1–{MAX_PER_LOOKUP} elementer."
            )
        people = []
        for pid in pids:
            if isinstance(pid, str) and check_pid(pid):
                people.append(_answer(pid))
            else:
                people.append({"personidentifikator": str(pid), "status": "IKKE_REGISTRERT"})
        return Response.json({"personer": people})
