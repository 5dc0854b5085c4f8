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
changed between versions), so validation codes are never folded into the AM table.

Validation failures that Postvakt can explain better than "check the details" are in
:data:`VALIDATION_PROBLEMS`, keyed on the sub-domain code *and* the path it points at (the
same number means different things in Altinn's two ``ValidationErrors`` classes). The error
is then an :class:`AltinnValidationError`: ``problem_code`` stays ``"STD-00000"`` and the
``AM.VLD`` codes are in ``validation_codes``.

Everything here that is not verified is marked [I]/[G] in :data:`PROBLEMS`,
:data:`VALIDATION_PROBLEMS` (the places to correct the mapping) and in :data:`FEATURES`.

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
    "VALIDATION_PROBLEMS",
    "WHO_MAY_GRANT_NB",
    "AltinnValidationError",
    "Feature",
    "FeatureUnavailable",
    "Problem",
    "ValidationProblem",
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


# Who may pass on an access package, in the words every refusal uses. [V]
# PackageDelegationCheckQuery.cs (a hovedadministrator may give every package of the
# organisation; anyone else only packages they hold and may pass on; a Tilgangsstyrer only
# what they hold). Package names as in PackageConstants.cs.
WHO_MAY_GRANT_NB = (
    "Bare hovedadministratoren for virksomheten i Altinn (for eksempel daglig leder) eller "
    "noen som selv har tilgangspakken, kan gi den videre. En «Tilgangsstyrer» kan bare gi "
    "videre tilganger hen har selv. Postvakt kan forberede tildelingen, så kan en av dem "
    "fullføre den."
)

# Canonical code -> meaning. Source for every number and name: altinn-authorization-tmp
# src/libs/Altinn.Authorization.Api.Contracts/.../Errors/Problems.cs at f7ff53bd2
# (2026-08-21) [V]; where each one is raised: Altinn.AccessMgmt.Core/Services/
# ConnectionService.cs and MaskinportenSupplierService.cs.
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
        "er skrevet slik det står i Folkeregisteret før du prøver igjen.",
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
        "hovedadministratoren i Altinn (for eksempel daglig leder) gjøre det. For API-tilgang "
        "til KS trenger den som gjør det tilgangspakkene «Maskinporten administrator» og "
        "«Delegerbare Maskinporten scopes».",
    ),
    "AM-00029": Problem(
        "DelegationPolicyRuleWriteFailed",
        500,
        "[V]",
        "Altinn klarte ikke å lagre tilgangen. Prøv igjen om litt; sjekk oversikten først, "
        "for tilgangen kan være delvis lagret.",
    ),
    "AM-00035": Problem(
        "PackageNotFound",
        400,
        "[V] (raised by the service-owner API only; the end-user API answers AM.VLD-00011)",
        "Altinn kjenner ikke igjen tilgangspakken. Postvakt kan ha et utdatert navn på den; "
        "gi tilgangen i Altinn-portalen i stedet, og meld fra til brukerstøtte.",
    ),
    # [V] ConnectionService.CheckPackage: a requested package that is not in the result.
    # The result lists every package of the party's entity type (the user's own right is in
    # ``result``), so in f7ff53bd2 this means "not a package for this kind of party" (Altinn's
    # Bruno test: a person package asked for an organisation). Older deployments are said to
    # answer it to people without the right as well [I]; the message covers both.
    "AM-00041": Problem(
        "DelegationCheckFailureInvalidPackage",
        400,
        "[V]",
        "Altinn lar deg ikke gi denne tilgangspakken for virksomheten. "
        + WHO_MAY_GRANT_NB
        + " Sjekk også at du har valgt virksomheten, ikke deg selv som privatperson.",
    ),
    "AM-00042": Problem(
        "ResourceNotDelegable",
        400,
        "[V]",
        "Altinn sier at denne tjenesten ikke kan delegeres fra virksomheten. For DPI betyr det "
        "som regel at virksomheten ikke har fått tilgang til DPI hos Digdir ennå; kontakt "
        "Digdir (servicedesk) før du prøver igjen.",  # DPI reading [I]
    ),
    # [V] raised only by the ID-porten authorization service, never by the calls Postvakt
    # makes (a wrong surname is AM.VLD-00034, see VALIDATION_PROBLEMS).
    "AM-00043": Problem(
        "SsnNotFound",
        400,
        "[V]",
        "Altinn fant ikke fødselsnummeret. Sjekk at det er skrevet riktig (11 siffer).",
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
class ValidationProblem:
    name: str  # the descriptor's name in Altinn's code
    paths: tuple[str, ...]  # any of these in ``validationErrors[].paths`` (case-insensitive)
    marker: str
    message_nb: str


# (AM.VLD code) -> the known meanings, each with the paths it comes with. Sources [V]:
# altinn-authorization-tmp f7ff53bd2, the two ValidationErrors classes
# (src/libs/.../Errors/ValidationErrors.cs "libs", Altinn.AccessMgmt.Core/Utils/Models/
# ValidationErrors.cs "core") and where they are raised.
VALIDATION_PROBLEMS: dict[str, tuple[ValidationProblem, ...]] = {
    "STD.VLD-00000": (
        ValidationProblem(
            "Required",  # StdValidationErrors.Required (authorization-utils); InputValidation
            ("/PersonIdentifier", "/LastName"),
            "[I] number 0 [V]; the domain spelled STD as in STD-00000, its constant not read",
            "Mottakeren er en person. Oppgi både fødselsnummer og etternavn, og prøv igjen.",
        ),
    ),
    "AM.VLD-00006": (
        ValidationProblem(
            "EntityNotExists",  # libs 6; EntityValidation.ToExists, InputValidation
            ("QUERY/to",),
            "[V]",
            "Altinn fant ikke mottakeren hos virksomheten. Legg personen til med fødselsnummer "
            "og etternavn, og prøv igjen.",
        ),
    ),
    "AM.VLD-00010": (
        ValidationProblem(
            "AssignmentHasActiveConnections",  # libs 10; AssignmentPackageValidation
            ("QUERY/cascade",),
            "[V]",
            "Personen har fortsatt tilgangspakker fra virksomheten. Fjern tilgangene først, "
            "og prøv igjen.",
        ),
    ),
    "AM.VLD-00011": (
        ValidationProblem(
            "PackageNotExists",  # libs 11; PackageValidation.PackageExists
            ("QUERY/package",),
            "[V]",
            "Altinn kjenner ikke igjen tilgangspakken. Postvakt kan ha et utdatert navn på "
            "den; gi tilgangen i Altinn-portalen i stedet, og meld fra til brukerstøtte.",
        ),
    ),
    "AM.VLD-00026": (
        ValidationProblem(
            "UserNotAuthorized",  # libs and core 26; PackageValidation.AuthorizePackageAssignment
            ("QUERY/packageId", "QUERY/package"),
            "[V]",
            "Du kan ikke gi denne tilgangspakken. " + WHO_MAY_GRANT_NB,
        ),
    ),
    "AM.VLD-00031": (
        ValidationProblem(
            "AssignmentResourcesExist",  # core 31; ResourceValidation.HasAssignedResources
            ("QUERY/cascade",),
            "[V]",
            "KS har fortsatt API-tilganger fra virksomheten. Fjern dem først, eller fjern KS "
            "sammen med alle tilgangene.",
        ),
    ),
    "AM.VLD-00034": (
        ValidationProblem(
            "InvalidExternalIdentifiers",  # libs 34; InputValidation.LookupProfile
            ("/PersonIdentifier", "/LastName"),
            "[V]",
            "Altinn fant ingen person med dette fødselsnummeret og etternavnet. Sjekk at begge "
            "er skrevet riktig (etternavnet slik det står i Folkeregisteret). Etter flere "
            "feil på rad stenger Altinn oppslaget en stund.",
        ),
    ),
}


class AltinnValidationError(ServiceError):
    """A ``STD-00000`` validation answer; ``validation_codes`` are its ``AM.VLD`` codes and
    ``paths`` what they point at (e.g. ``"QUERY/to"``)."""

    def __init__(
        self,
        message_nb: str,
        *,
        status: int,
        validation_codes: tuple[str, ...],
        paths: tuple[str, ...],
    ) -> None:
        super().__init__(message_nb, status=status, problem_code="STD-00000", retryable=False)
        self.validation_codes = validation_codes
        self.paths = paths


def validation_error(body: dict, status: int) -> AltinnValidationError:
    """The error for a validation answer: the first known (code, path) gives the message."""
    codes: list[str] = []
    paths: list[str] = []
    message = None
    for item in body.get("validationErrors") or []:
        if not isinstance(item, dict):
            continue
        code = normalize_code(item.get("code") or item.get("errorCode"))
        item_paths = [str(p) for p in item.get("paths") or [] if isinstance(p, str)]
        if code:
            codes.append(code)
        paths.extend(item_paths)
        if message is None and code:
            wanted = {p.lower() for p in item_paths}
            for known in VALIDATION_PROBLEMS.get(code, ()):
                if wanted & {p.lower() for p in known.paths}:
                    message = known.message_nb
                    break
    return AltinnValidationError(
        message or PROBLEMS["STD-00000"].message_nb,
        status=status,
        validation_codes=tuple(codes),
        paths=tuple(paths),
    )


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
        "[V] scopes (AccessManagementHost.cs policies: toothers.read/write or portal/enduser); "
        "ConnectionsController has no feature gate in f7ff53bd2 [V], older builds had "
        "EnduserControllerConnections, which answers a bare 404 when off [I]",
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
        if isinstance(body.get("validationErrors"), list) and code in (None, "STD-00000"):
            return validation_error(body, status)
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
