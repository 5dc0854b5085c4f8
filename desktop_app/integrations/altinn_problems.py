"""Altinn's error answers in plain bokmål, and "this API is not available" as its own error.

Wire format [V] (Altinn/altinn-authorization-utils, ``ProblemDetails.Abstractions/ErrorCode.cs``
and ``ProblemDetails/AltinnProblemDetails.cs``): an Altinn ProblemDetails body carries
``"code": "AM-00022"`` (domain, a hyphen, the number as five digits), ``"type":
"urn:altinn:error:AM-00022"``, ``title`` (the descriptor's English text), ``status``,
``detail`` and ``traceId``. The reference (altinn.md §2.3) writes the same codes short, as
"AM-22"; :func:`normalize_code` accepts both and also reads the code from ``type``.

Validation failures are different [V] (``AltinnValidationProblemDetails.cs``,
``ValidationErrorDescriptorFactory.cs``): the top-level code is ``STD-00000`` and the details
are in ``validationErrors[].code`` in the *sub-domain* ``AM.VLD-000nn``. ``AM.VLD-00022`` is a
different error from ``AM-00022`` (the numbering of the two lists is unrelated and has
changed between versions), so validation codes are never folded into the AM table: they get
the general "check the details" message.

Everything here that is not verified is marked [I]/[G] in :data:`PROBLEMS` (the one place to
correct the mapping) and in :data:`FEATURES`.

:class:`FeatureUnavailable` is raised when an API answers in a way that means "you cannot
use this from Postvakt" rather than "this request was wrong": 404 from a feature-flagged
endpoint (``maskinportensuppliers`` behind ``AccessManagement.Enduser.MaskinportenAdminApi``),
403 because the token lacks the scope. Wizards catch it, show the guided portal steps instead,
and record ``err.feature`` and ``err.reason`` in the audit log.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from desktop_app.integrations.http import ServiceError, error_from_response

__all__ = [
    "FEATURES",
    "PROBLEMS",
    "Feature",
    "FeatureUnavailable",
    "Problem",
    "explainer",
    "normalize_code",
    "problem_body",
    "token_scopes",
]


@dataclass(frozen=True)
class Problem:
    name: str  # the descriptor's name in Altinn's code
    status: int  # the HTTP status Altinn sends with it
    marker: str  # [V] verified in source, [I] inferred, [G] guessed
    message_nb: str  # what happened and what to do


# Canonical code -> meaning. Source for [V] rows: altinn-authorization-tmp
# Altinn.AccessManagement.Core/Errors/Problems.cs (codes 22–29 seen in code) and
# altinn.md §2.3 (the reference's list). Codes 35, 41, 42, 43 are in the reference only; their
# numbers were not found in the code versions searched, hence [G] on the number.
PROBLEMS: dict[str, Problem] = {
    "AM-00022": Problem(
        "MissingConnection",
        400,
        "[V]",
        "Altinn krever at mottakeren først er lagt til hos virksomheten før tilgangen kan gis. "
        "Legg til mottakeren (personen, eller KS som leverandør) først, og prøv igjen.",
    ),
    "AM-00023": Problem(
        "PartyNotFound",
        400,
        "[V]",
        "Altinn fant ikke personen eller virksomheten. Sjekk fødselsnummeret eller "
        "organisasjonsnummeret, og prøv igjen.",
    ),
    "AM-00024": Problem(
        "PersonInputRequiredForPersonAssignment",
        400,
        "[V]",
        "Mottakeren er en person. Oppgi både fødselsnummer og etternavn, og prøv igjen.",
    ),
    "AM-00025": Problem(
        "AgentHasExistingDelegations",
        400,
        "[V]",
        "Mottakeren kan ikke fjernes fordi det fortsatt er gitt tilganger gjennom den. "
        "Fjern de tilgangene først, og prøv igjen.",
    ),
    "AM-00026": Problem(
        "PersonLookupFailedToManyErrors",
        429,
        "[V]",
        "Altinn har stengt oppslaget på personer en stund fordi for mange kombinasjoner av "
        "fødselsnummer og etternavn ikke stemte. Vent minst en time, og sjekk at etternavnet "
        "er skrevet slik det står i Folkeregisteret før du prøver igjen.",  # wait time [G]
    ),
    "AM-00027": Problem(
        "InvalidResource",
        400,
        "[V]",
        "Altinn kjenner ikke igjen tjenesten det gjelder. Hent den på nytt fra "
        "ressursregisteret og prøv igjen.",
    ),
    "AM-00028": Problem(
        "NotAuthorizedForDelegationRequest",
        400,
        "[V]",
        "Du har ikke rettighet til å gi denne tilgangen på vegne av virksomheten. Be "
        "hovedadministratoren i Altinn gjøre det, eller gi deg rettigheten: «Tilgangsstyring» "
        "for tilgangspakker, «Delegerbare Maskinporten scopes» for API-tilgang til KS.",
    ),
    "AM-00029": Problem(
        "DelegationPolicyRuleWriteFailed",
        500,
        "[V]",
        "Altinn klarte ikke å lagre tilgangen. Prøv igjen om litt; sjekk oversikten først, "
        "for tilgangen kan være delvis lagret.",
    ),
    "AM-00035": Problem(
        "UnknownAccessPackage",
        400,
        "[G] number",
        "Altinn kjenner ikke igjen tilgangspakken. Postvakt kan ha et utdatert navn på den; "
        "gi tilgangen i Altinn-portalen i stedet, og meld fra til brukerstøtte.",
    ),
    "AM-00041": Problem(
        "PackageNotDelegableFromPartyType",
        400,
        "[G] number",
        "Denne tilgangspakken kan ikke gis fra denne typen virksomhet. Sjekk at du har valgt "
        "riktig organisasjonsnummer (hovedenhet eller underenhet).",
    ),
    "AM-00042": Problem(
        "ResourceNotDelegable",
        400,
        "[G] number",
        "Altinn sier at denne tjenesten ikke kan delegeres fra virksomheten. For DPI betyr det "
        "som regel at virksomheten ikke har fått tilgang til DPI hos Digdir ennå; kontakt "
        "Digdir (servicedesk) før du prøver igjen.",  # DPI reading [I]
    ),
    "AM-00043": Problem(
        "PersonNotFound",
        400,
        "[G] number",
        "Altinn fant ingen person med dette fødselsnummeret og etternavnet. Sjekk at begge er "
        "skrevet riktig (etternavnet slik det står i Folkeregisteret).",
    ),
    "STD-00000": Problem(
        "ValidationError",
        400,
        "[V]",
        "Altinn avviste opplysningene i forespørselen. Sjekk det du har skrevet inn (for "
        "eksempel fødselsnummer, e-post eller telefonnummer), og prøv igjen.",
    ),
}


@dataclass(frozen=True)
class Feature:
    """An API that may be switched off or out of reach for Postvakt's sign-in."""

    title_nb: str
    scopes: tuple[str, ...]  # any one of them is enough
    marker: str  # what is known about availability
    manual_nb: str  # where the guided manual steps are


# Feature key -> what it is and why it may be unavailable. Keys are what wizards record.
FEATURES: dict[str, Feature] = {
    "maskinportensuppliers": Feature(
        "API-delegering til leverandør (Maskinporten)",
        (
            "altinn:accessmanagement/enduser:maskinportensuppliers.read",
            "altinn:accessmanagement/enduser:maskinportensuppliers.write",
            "altinn:portal/enduser",
        ),
        "[G] feature flag AccessManagement.Enduser.MaskinportenAdminApi on in prod/TT02; "
        "scopes offered to third-party clients [G] (altinn.md §3.2)",
        "Altinn: Tilgangsstyring → Maskinporten\u00adadministrasjon → Leverandører",
    ),
    "connections": Feature(
        "Tilganger til andre (tilgangspakker)",
        (
            "altinn:accessmanagement/enduser:connections:toothers.read",
            "altinn:accessmanagement/enduser:connections:toothers.write",
            "altinn:portal/enduser",
        ),
        "[V] scopes published (altinn.md §2); the controller is behind FeatureGate "
        "EnduserControllerConnections (ConnectionsController.cs), which answers 404 when off",
        "Altinn: Tilganger → Brukere",
    ),
    "profile_org_addresses": Feature(
        "Varslingsadresser for virksomheten",
        ("altinn:portal/enduser",),
        "[G] enforcement of altinn:portal/enduser is off in code as of 2026-08 (altinn.md §5.1)",
        "Altinn: Tilgangsstyring → Innstillinger → Varslingsadresser for virksomheten",
    ),
    "dialogporten": Feature(
        "Dialogporten (påminnelser om uåpnet taushetsbelagt post)",
        ("digdir:dialogporten",),
        "[V] scope digdir:dialogporten; whether an exchanged Altinn token works [G]",
        "Altinn innboks: se etter «Din virksomhet har uåpnet taushetsbelagt post»",
    ),
}

REASON_NOT_ENABLED = "not_enabled"
REASON_MISSING_SCOPE = "missing_scope"
REASON_FORBIDDEN = "forbidden"


class FeatureUnavailable(ServiceError):
    """The API cannot be used from Postvakt right now: use the guided manual steps.

    ``feature`` is a key of :data:`FEATURES`; ``reason`` is ``"not_enabled"`` (404 from an
    endpoint that exists only when Altinn has switched it on), ``"missing_scope"`` (403 and
    the token lacks every scope the API accepts) or ``"forbidden"`` (403 with the scope
    present: the person lacks the right in Altinn, or the API refuses third-party clients).
    """

    def __init__(
        self, message_nb: str, *, feature: str, reason: str, status: int | None = None
    ) -> None:
        super().__init__(message_nb, status=status, retryable=False)
        self.feature = feature
        self.reason = reason

    def audit_details(self) -> dict[str, object]:
        """What a wizard records with ``ctx.record`` when it switches to the manual steps."""
        return {
            "path": "manual",
            "feature": self.feature,
            "reason": self.reason,
            "status": self.status,
        }

    def __repr__(self) -> str:
        return (
            f"FeatureUnavailable(feature={self.feature!r}, reason={self.reason!r}, "
            f"status={self.status!r})"
        )


_CODE = re.compile(r"^([A-Z]{2,4}(?:\.[A-Z]{2,4})?)-0*(\d{1,5})$")


def normalize_code(code: str | None) -> str | None:
    """``"AM-22"``, ``"am-00022"``, ``"urn:altinn:error:AM-00022"`` → ``"AM-00022"``.

    Validation codes keep their sub-domain: ``"AM.VLD-22"`` → ``"AM.VLD-00022"``.
    Anything else is returned stripped, unchanged.
    """
    if code is None:
        return None
    text = str(code).strip()
    if text.lower().startswith("urn:altinn:error:"):
        text = text[len("urn:altinn:error:") :]
    match = _CODE.match(text.upper())
    if match is None:
        return text or None
    return f"{match.group(1)}-{int(match.group(2)):05d}"


def problem_body(response: httpx.Response) -> dict:
    """The JSON error body as a dict ({} when there is none or it is not JSON)."""
    if "json" not in response.headers.get("content-type", "") or len(response.content) > 256_000:
        return {}
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def altinn_code(body: dict) -> str | None:
    """The canonical problem code of an Altinn error body."""
    code = body.get("code") or body.get("errorCode")
    if not code and isinstance(body.get("type"), str) and body["type"].startswith("urn:altinn"):
        code = body["type"]
    return normalize_code(code) if code else None


def token_scopes(token: str) -> set[str] | None:
    """The ``scope`` claim of a JWT, read without checking the signature (only to explain a
    403). None when the token is not a JWT or has no scope claim."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        claims = json.loads(base64.urlsafe_b64decode(padded))
    except (ValueError, TypeError):
        return None
    scope = claims.get("scope") if isinstance(claims, dict) else None
    if isinstance(scope, str):
        return set(scope.split())
    if isinstance(scope, list):
        return {str(s) for s in scope}
    return None


def _feature_message(feature: Feature, reason: str) -> str:
    where = feature.manual_nb
    if reason == REASON_NOT_ENABLED:
        return (
            f"Altinn har ikke slått på «{feature.title_nb}» for bruk fra andre programmer ennå. "
            f"Postvakt viser deg i stedet hvordan du gjør det i Altinn-portalen ({where})."
        )
    if reason == REASON_MISSING_SCOPE:
        return (
            f"Innloggingen til Postvakt har ikke fått tilgang til «{feature.title_nb}» "
            f"(mangler scope). Postvakt viser deg i stedet hvordan du gjør det i "
            f"Altinn-portalen ({where})."
        )
    return (
        f"Altinn tillot ikke «{feature.title_nb}» fra Postvakt. Enten mangler du rettigheten "
        f"for virksomheten (spør hovedadministratoren), eller så tillater ikke Altinn dette fra "
        f"andre programmer. Postvakt viser deg hvordan du gjør det i Altinn-portalen ({where})."
    )


def explainer(
    *,
    service: str,
    token: str,
    feature: str | None = None,
    not_enabled_on_404: bool = False,
    messages: dict[tuple[int, str], str] | None = None,
) -> Callable[[httpx.Response], ServiceError | None]:
    """An ``explain`` callback for :func:`~desktop_app.integrations.http.request_with_retries`.

    * a known Altinn problem code → its message from :data:`PROBLEMS` (429 AM-00026 is not
      retried);
    * 403 on a ``feature`` → :class:`FeatureUnavailable` (missing scope when the token shows
      it, otherwise forbidden); 404 without a problem code when ``not_enabled_on_404``
      → :class:`FeatureUnavailable` "not_enabled" (a switched-off ASP.NET route answers a
      bare 404);
    * ``messages[(status, text)]``: a message for a body whose ``detail``/``title`` contains
      ``text`` (the Profile API's 409s have no code);
    * otherwise None: the general message for the status.
    """

    def explain(response: httpx.Response) -> ServiceError | None:
        status = response.status_code
        body = problem_body(response)
        code = altinn_code(body)
        if code is None and isinstance(body.get("validationErrors"), list):
            code = "STD-00000"
        problem = PROBLEMS.get(code) if code else None
        if problem is not None:
            return ServiceError(
                problem.message_nb,
                status=status,
                problem_code=code,
                retryable=status >= 500,
            )
        text = " ".join(str(body.get(k, "")) for k in ("detail", "title")) + " " + _errors(body)
        for (wanted_status, needle), message in (messages or {}).items():
            if status == wanted_status and needle.lower() in text.lower():
                return ServiceError(message, status=status, problem_code=code)
        if feature is not None and status == 403:
            info = FEATURES[feature]
            scopes = token_scopes(token)
            reason = (
                REASON_MISSING_SCOPE
                if scopes is not None and not scopes.intersection(info.scopes)
                else REASON_FORBIDDEN
            )
            return FeatureUnavailable(
                _feature_message(info, reason), feature=feature, reason=reason, status=403
            )
        if feature is not None and status == 404 and not_enabled_on_404 and code is None:
            info = FEATURES[feature]
            return FeatureUnavailable(
                _feature_message(info, REASON_NOT_ENABLED),
                feature=feature,
                reason=REASON_NOT_ENABLED,
                status=404,
            )
        if code is not None:
            general = error_from_response(response, service=service)
            general.problem_code = code
            return general
        return None

    return explain


def _errors(body: dict) -> str:
    errors = body.get("errors")
    if isinstance(errors, dict):
        return " ".join(
            " ".join(map(str, v)) if isinstance(v, list) else str(v) for v in errors.values()
        )
    return ""
