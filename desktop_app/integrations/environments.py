"""Base URLs of every service Postvakt calls, per environment.

Facts come from ``shared/reference/`` and carry its markers: [V] verified, [I] inferred,
[G] guessed. Every value that is not [V] for the environment it is used in is listed in
:data:`UNVERIFIED` (the one place to check against the live services), and its line below
says so too.

Practice mode (Øving) is a third set of base URLs, all under the running sandbox's loopback
address with one path prefix per service (:data:`SANDBOX_PREFIXES`). The clients take a
:class:`ServiceUrls` and never ask which environment they are in, so the same code runs
against production, TT02 and the sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urlsplit

from desktop_app.domain.environments import Environment

# Path prefix per service inside the sandbox. The sandbox modules
# (desktop_app/sandbox/<service>.py) register their routes under the same prefixes.
SANDBOX_PREFIXES = MappingProxyType(
    {
        "svarut": "/svarut/api",
        "altinn_platform": "/altinn",
        "altinn_portal": "/altinn-portal",
        "idporten": "/idporten",
        "maskinporten": "/maskinporten",
        "krr": "/krr/rest/v2",
        "enhetsregisteret": "/brreg/enhetsregisteret/api",
    }
)

# Every value below that is NOT verified for the environment it is used in:
# (environment, ServiceUrls attribute) -> marker and reason. Check these against the
# live services before relying on them.
UNVERIFIED = MappingProxyType(
    {
        (Environment.TEST, "resourceregistry"): (
            "[I] altinn.md §1: Resource Registry on the TT02 platform host is inferred."
        ),
        (Environment.TEST, "enhetsregisteret_api"): (
            "[I] enhetsregisteret.md §1: only a production server is listed, so TEST uses "
            "the production open-data API (read-only, public data)."
        ),
    }
)


@dataclass(frozen=True)
class ServiceUrls:
    """Base URLs for one environment. No trailing slashes except ``maskinporten``."""

    environment: Environment
    svarut_api: str
    altinn_platform: str
    altinn_portal: str
    idporten_discovery: str
    maskinporten: str
    """Maskinporten issuer; also the JWT ``aud`` claim (with trailing slash)."""
    krr_api: str
    enhetsregisteret_api: str

    # -- Altinn platform APIs: paths [V] altinn.md §1 (same paths on every host) ---------
    @property
    def accessmanagement_enduser(self) -> str:
        return f"{self.altinn_platform}/accessmanagement/api/v1/enduser"

    @property
    def accessmanagement_meta(self) -> str:
        return f"{self.altinn_platform}/accessmanagement/api/v1/meta"

    @property
    def resourceregistry(self) -> str:
        return f"{self.altinn_platform}/resourceregistry/api/v1"

    @property
    def profile(self) -> str:
        return f"{self.altinn_platform}/profile/api/v1"

    @property
    def dialogporten_enduser(self) -> str:
        return f"{self.altinn_platform}/dialogporten/api/v1/enduser"

    @property
    def correspondence(self) -> str:
        return f"{self.altinn_platform}/correspondence/api/v1"

    @property
    def authentication(self) -> str:
        return f"{self.altinn_platform}/authentication/api/v1"

    @property
    def altinn_token_exchange(self) -> str:
        """ID-porten access token → Altinn token [V] auth.md §3."""
        return f"{self.authentication}/exchange/id-porten"

    # -- Maskinporten [V] auth.md §4 ------------------------------------------------------
    @property
    def maskinporten_token(self) -> str:
        return f"{self.maskinporten}token"

    @property
    def maskinporten_audience(self) -> str:
        return self.maskinporten

    def unverified(self) -> dict[str, str]:
        """Attribute → marker and reason, for values not verified in this environment."""
        return {attr: note for (env, attr), note in UNVERIFIED.items() if env is self.environment}


PRODUCTION = ServiceUrls(
    environment=Environment.PRODUKSJON,
    svarut_api="https://svarut.ks.no/api",  # [V] svarut.md §1
    altinn_platform="https://platform.altinn.no",  # [V] altinn.md §1
    altinn_portal="https://www.altinn.no",  # [V] altinn.md §1
    idporten_discovery="https://idporten.no/.well-known/openid-configuration",  # [V] auth.md §2.2
    maskinporten="https://maskinporten.no/",  # [V] auth.md §4 (token = …/token, aud = this)
    krr_api="https://kontaktregisteret.no/rest/v2",  # [V] dpi-notifications.md §7
    enhetsregisteret_api="https://data.brreg.no/enhetsregisteret/api",  # [V] enhetsregisteret.md §1
)

TEST = ServiceUrls(
    environment=Environment.TEST,
    svarut_api="https://test.svarut.ks.no/api",  # [V] svarut.md §1
    # [V] altinn.md §1; profile under it [V] (the servers of Altinn's published Profile
    # document, tests/contracts/profile); resourceregistry [I] (see UNVERIFIED).
    altinn_platform="https://platform.tt02.altinn.no",
    altinn_portal="https://tt02.altinn.no",  # [V] altinn.md §1
    # [V] auth.md §2.2
    idporten_discovery="https://test.idporten.no/.well-known/openid-configuration",
    maskinporten="https://test.maskinporten.no/",  # [V] auth.md §4
    krr_api="https://test.kontaktregisteret.no/rest/v2",  # [V] dpi-notifications.md §7
    # [I] only production is listed (enhetsregisteret.md §1); see UNVERIFIED.
    enhetsregisteret_api="https://data.brreg.no/enhetsregisteret/api",
)


def sandbox_urls(base: str) -> ServiceUrls:
    """Every service under the sandbox at ``base`` (``http://127.0.0.1:<port>``)."""
    base = base.rstrip("/")
    parts = urlsplit(base)
    if parts.scheme != "http" or parts.hostname != "127.0.0.1" or parts.path:
        raise ValueError(f"Øvingssandkassen må kjøre på http://127.0.0.1:<port>, ikke {base!r}.")
    p = SANDBOX_PREFIXES
    return ServiceUrls(
        environment=Environment.OVING,
        svarut_api=f"{base}{p['svarut']}",
        altinn_platform=f"{base}{p['altinn_platform']}",
        altinn_portal=f"{base}{p['altinn_portal']}",
        idporten_discovery=f"{base}{p['idporten']}/.well-known/openid-configuration",
        maskinporten=f"{base}{p['maskinporten']}/",
        krr_api=f"{base}{p['krr']}",
        enhetsregisteret_api=f"{base}{p['enhetsregisteret']}",
    )


def urls_for(env: Environment, sandbox_base: str | None = None) -> ServiceUrls:
    """The base URLs for ``env``. Øving needs the running sandbox's base URL.

    ``sandbox_base`` is ignored for production and test, so callers may always pass it.
    """
    env = Environment(env)
    if env is Environment.PRODUKSJON:
        return PRODUCTION
    if env is Environment.TEST:
        return TEST
    if sandbox_base is None:
        raise ValueError("Øving krever at sandkassen kjører: start den før du kobler til.")
    return sandbox_urls(sandbox_base)
