"""The forms of the DPI-oppsett steps that ask for a few fields: contact Digdir, terms of use,
activate SvarUt, risk assessment, information to citizens, costs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from desktop_app.domain.dpi_onboarding import format_kr, parse_price, yearly_cost
from desktop_app.domain.guides import GuideStep
from desktop_app.views.accessibility import wrapping_choice
from desktop_app.views.date_field import DateField
from desktop_app.views.plain_text import rich
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.dpi_onboarding.step_page import StepPage
from desktop_app.wizards.dpi_onboarding.widgets import (
    CHECKLIST_TITLE,
    ClickLabel,
    bullets_html,
    escape_html,
    wrapping_label,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


class ContactDigdirPage(StepPage):
    def build_form(self) -> None:
        self.new_sender = QCheckBox(tr("Kommunen er ny avsender av digital post"))
        self.form_sent = QCheckBox(tr("Skjemaet for DPI er sendt"))
        self.sent = DateField(tr("Datoen e-posten ble sendt"))
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(
            tr("For eksempel: «Kommunen er opprettet som avsender» (svar fra Digdir 12.11.2026)")
        )
        self.answer.setMaximumHeight(70)
        self.answer.setAccessibleName(tr("Svar fra Digdir"))
        self.form.addRow(wrapping_choice(self.new_sender))
        self.form.addRow(wrapping_choice(self.form_sent))
        self.form.addRow(tr("E-posten ble sendt:"), self.sent)
        self.form.addRow(tr("Svar fra Digdir:"), self.answer)
        self.new_sender.toggled.connect(self.form_sent.setEnabled)
        self.form_sent.setEnabled(False)
        for signal in (
            self.new_sender.toggled,
            self.form_sent.toggled,
            self.sent.changed,
            self.answer.textChanged,
        ):
            signal.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {
            "ny_avsender": self.new_sender.isChecked(),
            "skjema_sendt": self.form_sent.isChecked(),
            "dato_sendt": self.sent.value(),
            "svar": self.answer.toPlainText().strip(),
        }

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.new_sender.setChecked(bool(fields.get("ny_avsender")))
        self.form_sent.setChecked(bool(fields.get("skjema_sendt")))
        self.sent.set_value(str(fields.get("dato_sendt", "")))
        if self.answer.toPlainText() != fields.get("svar", ""):
            self.answer.setPlainText(str(fields.get("svar", "")))


class TermsPage(StepPage):
    def build_form(self) -> None:
        self.day = DateField(tr("Datoen bruksvilkårene ble signert"))
        self.who = QLineEdit()
        self.who.setPlaceholderText(tr("Navn på den som signerte"))
        self.who.setAccessibleName(tr("Hvem signerte"))
        self.form.addRow(tr("Signert:"), self.day)
        self.form.addRow(tr("Signert av:"), self.who)
        self.day.changed.connect(self.changed)
        self.who.textChanged.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {"dato": self.day.value(), "hvem": self.who.text().strip()}

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.day.set_value(str(fields.get("dato", "")))
        self.who.setText(str(fields.get("hvem", "")))


class SvarUtPage(StepPage):
    def build_form(self) -> None:
        self.day = DateField(tr("Datoen DPI ble slått på i SvarUt"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(tr("Navnet på avsenderkontoen (valgfritt)"))
        self.account.setAccessibleName(tr("Avsenderkonto"))
        self.own_text = QLineEdit()
        self.own_text.setPlaceholderText(tr("Teksten dere la inn, om noen (valgfritt)"))
        self.own_text.setAccessibleName(tr("Egen tekst i meldingsboksen"))
        self.filled = QCheckBox(tr("Kommunens organisasjonsnummer og navn er lagt inn"))
        self.indicator = QCheckBox(
            tr("Feltet «avsenderindikator» står tomt (eller er fylt ut etter avtale med Digdir)")
        )
        self.form.addRow(tr("Slått på:"), self.day)
        self.form.addRow(tr("Avsenderkonto:"), self.account)
        self.form.addRow(tr("Egen tekst:"), self.own_text)
        self.form.addRow(wrapping_choice(self.filled))
        self.form.addRow(wrapping_choice(self.indicator))
        for signal in (
            self.day.changed,
            self.account.textChanged,
            self.own_text.textChanged,
            self.filled.toggled,
            self.indicator.toggled,
        ):
            signal.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {
            "dato": self.day.value(),
            "avsenderkonto": self.account.text().strip(),
            "egen_tekst": self.own_text.text().strip(),
            "felter_fylt": self.filled.isChecked(),
            "avsenderindikator_ok": self.indicator.isChecked(),
        }

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.day.set_value(str(fields.get("dato", "")))
        self.account.setText(str(fields.get("avsenderkonto", "")))
        self.own_text.setText(str(fields.get("egen_tekst", "")))
        self.filled.setChecked(bool(fields.get("felter_fylt")))
        self.indicator.setChecked(bool(fields.get("avsenderindikator_ok")))


class RosPage(StepPage):
    def build_form(self) -> None:
        self.where = QLineEdit()
        self.where.setPlaceholderText(tr("For eksempel: sak 2026/123 i arkivsystemet"))
        self.where.setAccessibleName(tr("Hvor ROS-analysen er arkivert"))
        self.approved = DateField(tr("Datoen ROS-analysen ble godkjent"))
        self.form.addRow(tr("Arkivert i:"), self.where)
        self.form.addRow(tr("Godkjent:"), self.approved)
        self.where.textChanged.connect(self.changed)
        self.approved.changed.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {"arkivert": self.where.text().strip(), "godkjent_dato": self.approved.value()}

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.where.setText(str(fields.get("arkivert", "")))
        self.approved.set_value(str(fields.get("godkjent_dato", "")))


class CitizensPage(StepPage):
    def _checklist_path(self):
        return next((p for p in self.guide.paths if p.title.startswith(CHECKLIST_TITLE)), None)

    def guide_paths(self) -> tuple:
        return tuple(p for p in self.guide.paths if not p.title.startswith(CHECKLIST_TITLE))

    def add_guide(self) -> None:
        for path in self.guide_paths():
            self.body.addWidget(rich(QLabel(f"<b>{escape_html(path.title)}</b>")))
            self.body.addWidget(wrapping_label(bullets_html(path.steps), rich=True))
        saved = self.guide
        self.guide = GuideStep(
            saved.key,
            saved.title,
            saved.lead,
            saved.last_checked,
            saved.source,
            saved.links,
            saved.copy_values,
            (),
            saved.warnings,
        )
        super().add_guide()
        self.guide = saved

    def build_form(self) -> None:
        self.form_box.setTitle(tr("Sjekkliste"))
        path = self._checklist_path()
        self.items: list[QCheckBox] = []
        for text in path.steps if path else ():
            box = QCheckBox(text)
            box.setStyleSheet("QCheckBox { padding: 2px 0; }")
            box.toggled.connect(self.changed)
            self.items.append(box)
            label = ClickLabel(text)  # wraps where a check box would not
            label.clicked.connect(box.toggle)
            box.setText("")
            box.setAccessibleName(text)
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.form.addRow(row)

    def checklist(self) -> tuple[str, ...]:
        return tuple(b.accessibleName() for b in self.items)

    def fields(self) -> dict[str, Any]:
        return {"sjekkliste": [b.accessibleName() for b in self.items if b.isChecked()]}

    def set_fields(self, fields: dict[str, Any]) -> None:
        ticked = set(fields.get("sjekkliste") or ())
        for box in self.items:
            box.setChecked(box.accessibleName() in ticked)


class CostsPage(StepPage):
    def build_form(self) -> None:
        self.form_box.setTitle(tr("Anslag"))
        self.letters = QSpinBox()
        self.letters.setRange(0, 10_000_000)
        self.letters.setSingleStep(100)
        self.letters.setGroupSeparatorShown(True)
        self.letters.setAccessibleName(tr("Brev per år"))
        self.letters.setMaximumWidth(160)
        self.price = QLineEdit()
        self.price.setPlaceholderText(tr("For eksempel 0,80"))
        self.price.setAccessibleName(tr("Pris per brev i kroner"))
        self.price.setMaximumWidth(140)
        self.result = QLabel()
        self.result.setObjectName("costResult")
        self.result.setWordWrap(True)
        self.known = QCheckBox(tr("Den som har budsjettet, vet hva hvert brev koster"))
        self.form.addRow(tr("Brev per år til e-Boks og Digipost:"), self.letters)
        self.form.addRow(tr("Pris per brev (kr):"), self.price)
        self.form.addRow(tr("Anslag per år:"), self.result)
        self.form.addRow(wrapping_choice(self.known))
        self.letters.valueChanged.connect(self.changed)
        self.price.textChanged.connect(self.changed)
        self.known.toggled.connect(self.changed)
        self._update_result()

    def changed(self, *args: object) -> None:
        self._update_result()
        super().changed(*args)

    def _estimate(self) -> str:
        price = parse_price(self.price.text())
        if price is None or not self.letters.value():
            return ""
        return format_kr(yearly_cost(self.letters.value(), price))

    def _update_result(self) -> None:
        if self.price.text().strip() and parse_price(self.price.text()) is None:
            self.result.setText(tr("Skriv prisen som et tall, for eksempel 0,80."))
            self.result.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
            return
        estimate = self._estimate()
        self.result.setStyleSheet("font-weight: 600;" if estimate else "")
        self.result.setText(
            tr("ca. {amount} per år").format(amount=estimate)
            if estimate
            else tr("Fyll inn antall brev og pris.")
        )

    def fields(self) -> dict[str, Any]:
        return {
            "brev_per_ar": self.letters.value(),
            "pris_per_brev": self.price.text().strip(),
            "arlig_kostnad": self._estimate(),
            "kjent": self.known.isChecked(),
        }

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.letters.setValue(int(fields.get("brev_per_ar") or 0))
        self.price.setText(str(fields.get("pris_per_brev", "")))
        self.known.setChecked(bool(fields.get("kjent")))
        self._update_result()
