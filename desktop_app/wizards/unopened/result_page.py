"""Step 4 of Uåpnet post: the letters at risk, grouped by recipient org.nr, with how urgent they
are.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QVBoxLayout, QWizardPage

from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.unopened_check import CheckOutcome
from desktop_app.storage.runs import FollowupStatus
from desktop_app.views.accessibility import announce
from desktop_app.views.columns import fit_columns
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.wizards.unopened.check_steps import URGENCY_COLOURS, risk_text
from desktop_app.wizards.unopened.parts import nb_date, num, plain_table, wrapped_label


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_check", text)


def at_risk_text(letters: int, units: int) -> str:
    """«3 brev til 1 virksomhet er i faresonen.» with the number of units in words that fit."""
    if units == 1:
        return tr("{n} brev til 1 virksomhet er i faresonen.").format(n=num(letters))
    return tr("{n} brev til {m} virksomheter er i faresonen.").format(n=num(letters), m=num(units))


class ResultPage(QWizardPage):
    COLUMNS = ("orgnr", "name", "count", "oldest", "age", "urgency", "followup")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(tr("Brev som ingen har åpnet"))
        self.setSubTitle(tr("Taushetsbelagte brev til virksomheter, samlet per mottaker."))
        layout = QVBoxLayout(self)
        self.headline = wrapped_label()
        self.headline.setObjectName("resultHeadline")
        self.headline.setStyleSheet("font-weight: 600;")
        headline_font = self.headline.font()
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.25)
        self.headline.setFont(headline_font)
        layout.addWidget(self.headline)
        self.urgency = wrapped_label()
        layout.addWidget(self.urgency)
        layout.addWidget(
            wrapped_label(
                tr(
                    "«I faresonen» betyr: brevet er taushetsbelagt, gikk til en virksomhet, og statusen "
                    "i SvarUt viser at ingen har åpnet det (varslet, sendt digitalt eller ikke levert). "
                    "Da har trolig ingen i virksomheten tilgang til å lese taushetsbelagt post i "
                    "Altinn. Brev til personer er ikke med."
                )
            )
        )
        self.table = plain_table(
            [
                tr("Org.nr"),
                tr("Mottaker"),
                tr("Brev"),
                tr("Eldste sendt"),
                tr("Dager siden"),
                tr("Hastegrad"),
                tr("Oppfølging"),
            ]
        )
        self.table.setAccessibleName(tr("Virksomheter med uåpnede brev"))
        fit_columns(self.table, (1, 2, 5, 6))  # Mottaker … Oppfølging in view on a small screen
        layout.addWidget(self.table, 3)
        self.unknown_title = wrapped_label()
        self.unknown_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.unknown_title)
        self.unknown = plain_table([tr("Brev"), tr("Hva det betyr, og hva du gjør")])
        self.unknown.setWordWrap(True)
        self.unknown.setAccessibleName(tr("Brev som ikke kan vurderes"))
        layout.addWidget(self.unknown, 1)
        self.notes = wrapped_label()
        layout.addWidget(self.notes)
        self._connected = False

    def _outcome_changed(self, *_args: object) -> None:
        """A check with refreshed statuses finished while this step is shown: show it."""
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.initializePage()

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not self._connected:
            self._connected = True
            wizard.outcome_changed.connect(self._outcome_changed)
            wizard.reclassify_changed.connect(self._outcome_changed)
        if wizard.reclassifying:
            self.headline.setText(tr("Sorterer brevene med statusene fra SvarUt …"))
            self.table.setVisible(False)
            return
        outcome: CheckOutcome | None = wizard.outcome
        if outcome is None:
            return
        result = outcome.result
        groups = result.groups
        untied = len(result.untied)
        if untied:  # first: the check cannot say that all is well
            letters = (
                tr("Ett uåpnet brev")
                if untied == 1
                else tr("{n} uåpnede brev").format(n=num(untied))
            )
            self.headline.setText(
                tr(
                    "{letters} kan ikke knyttes til en mottaker, fordi filen ikke har et gyldig "
                    "organisasjonsnummer for dem. Kontrollen kan derfor ikke si at alt er i "
                    "orden. Velg kolonnen med organisasjonsnummeret (forrige steg) hvis filen har "
                    "en, eller finn brevene i SvarUt."
                ).format(letters=letters)
                + (" " + at_risk_text(result.at_risk_count, len(groups)) if groups else "")
            )
        elif groups:
            self.headline.setText(at_risk_text(result.at_risk_count, len(groups)))
        elif result.unknown:
            self.headline.setText(
                tr(
                    "Ingen brev er funnet i faresonen, men {n} brev kan ikke "
                    "vurderes. Se under hva du gjør."
                ).format(n=num(len(result.unknown)))
            )
        else:
            self.headline.setText(
                tr("Ingen taushetsbelagte brev til virksomheter ligger uåpnet i denne rapporten.")
            )
        self.table.setVisible(bool(groups))
        announce(self.headline, self.headline.text())  # the result, said at once
        self.urgency.setText(risk_text(result.setting))
        followups = outcome.followups
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            followup = followups.get(group.orgnr)
            status = followup.status if followup else FollowupStatus.NOT_CONTACTED
            cells = [
                format_orgnr(group.orgnr),
                group.name or tr("(navn mangler)"),
                group.count,
                nb_date(group.oldest_sent.date() if group.oldest_sent else None),
                group.age_days if group.age_days is not None else "",
                dtr(group.urgency.label_nb),
                dtr(status.label_nb)
                + (
                    f" {nb_date(followup.status_date)}" if followup and followup.status_date else ""
                ),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if column == 5:
                    item.setForeground(QColor(URGENCY_COLOURS[group.urgency]))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Sortable by a click on a header; shown most urgent first until then.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        reasons = Counter(risk.reason for _shipment, risk in result.unknown)
        self.unknown_title.setText(
            tr("{n} brev kan ikke vurderes ut fra rapporten:").format(n=num(len(result.unknown)))
            if result.unknown
            else tr("Alle brevene i rapporten kunne vurderes.")
        )
        self.unknown.setVisible(bool(reasons))
        self.unknown.setRowCount(len(reasons))
        for row, (reason, count) in enumerate(reasons.most_common()):
            self.unknown.setItem(row, 0, QTableWidgetItem(num(count)))
            self.unknown.setItem(row, 1, QTableWidgetItem(reason))
        self.unknown.resizeColumnToContents(0)
        self.unknown.resizeRowsToContents()
        notes = [
            tr(
                "{n} brev er åpnet, skrevet ut, gikk til personer eller er ikke taushetsbelagt."
            ).format(n=num(result.not_at_risk_count))
        ]
        notes.extend(outcome.notes)
        self.notes.setText("\n".join(notes))
