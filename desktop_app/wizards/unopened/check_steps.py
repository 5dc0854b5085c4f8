"""The steps of the Uåpnet post check: page ids in the order the wizard shows them, the limits of
the import page, and what the answer to the risk question means.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizardPage

from desktop_app.domain.svarut import Shipment
from desktop_app.domain.unopened import STALE_NOTIFIED_DAYS, DigitalOnlySetting, Urgency
from desktop_app.views.context import AppContext
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_check", text)


# Page ids, in the order the wizard shows them. QWizard goes to the next higher id.
PAGE_RISK = 10
PAGE_IMPORT = 20
# Reserved for the status refresh from SvarUt (another module: refresh_statuses.py,
# ``RefreshStatusesPage(ctx, shipments_provider)``). Built only when a factory is given.
PAGE_REFRESH = 30
PAGE_RESULT = 40
PAGE_FOLLOWUP = 50
PAGE_OWN_INBOX = 60
EXAMPLE_EXPORT = "svarut-eksport-demo.csv"  # under resources/demo
MAX_ERRORS_SHOWN = 500  # problem rows listed on the import page; the rest are counted
PAGE_ORDER = (PAGE_RISK, PAGE_IMPORT, PAGE_REFRESH, PAGE_RESULT, PAGE_FOLLOWUP, PAGE_OWN_INBOX)

RefreshPageFactory = Callable[[AppContext, Callable[[], list[Shipment]]], QWizardPage]

URGENCY_COLOURS = {
    Urgency.HIGH: STATUS_COLOURS["bad"],
    Urgency.MEDIUM: STATUS_COLOURS["warn"],
    Urgency.LOW: STATUS_COLOURS["muted"],
}


def risk_text(setting: DigitalOnlySetting) -> str:
    """What the answer to the risk question means for the result (plain bokmål)."""
    if setting is DigitalOnlySetting.DIGITAL_ONLY:
        return tr(
            "Kommunen sender brev til virksomheter bare digitalt (1a). Brev som ingen "
            "åpner, blir aldri skrevet ut og sendt i posten. Det er sannsynlig at brev "
            "ligger uåpnet, og alle brevene i listen haster."
        )
    if setting is DigitalOnlySetting.PRINT_WHEN_UNREAD:
        return tr(
            "Kommunen skriver ut brev som ikke åpnes digitalt (1b). De fleste brevene "
            "har da kommet fram på papir. Brev som ikke kunne leveres, og brev som "
            "fortsatt står som varslet etter {days} dager, bør likevel sjekkes."
        ).format(days=STALE_NOTIFIED_DAYS)
    return tr(
        "Du vet ikke om kommunen skriver ut brev som ikke åpnes. Postvakt regner brevene "
        "som «bør sjekkes snart» til du vet. Sjekk innstillingen i SvarUt og kjør "
        "kontrollen på nytt."
    )
