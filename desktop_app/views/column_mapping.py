"""The column mapping dialog: which column of an unknown export holds which field.

Shown when Postvakt does not recognise the headers of a file. The user picks a column for each
field (the required ones first); the choice is remembered for files with the same headers.
The result is a header → field mapping as the importer takes it (``None`` = ignore the column).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.importers.svarut_export import (
    FIELD_LABELS_NB,
    RECOMMENDED_FIELDS,
    REQUIRED_FIELDS,
    ExportField,
    ImportResult,
    suggest_mapping,
)
from desktop_app.services.unopened_followup import UnopenedFollowupService
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr


def tr(text: str) -> str:
    return QCoreApplication.translate("column_mapping", text)


F = ExportField
# The fields the check uses, in the order the dialog asks for them.
ASKED_FIELDS: tuple[ExportField, ...] = (
    *REQUIRED_FIELDS,
    *RECOMMENDED_FIELDS,
    F.RECIPIENT_NAME,
    F.DIGITAL_ONLY,
    F.TITLE,
    F.EXTERNAL_REF,
)


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        headers: Sequence[str],
        saved: dict[str, str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Hvilken kolonne er hva?"))
        self.setObjectName("columnMappingDialog")
        self.headers = [h for h in headers if h]
        suggested = suggest_mapping(self.headers, saved)
        by_field = {f: h for h, f in suggested.columns.items()}
        # Fields the dialog does not ask about keep what Postvakt recognised.
        self._others = {h: f.value for h, f in suggested.columns.items() if f not in ASKED_FIELDS}

        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Postvakt kjenner ikke igjen alle kolonnene i filen. Velg hvilken kolonne som "
                "inneholder hva. Felt merket * må velges. Valget huskes, så neste fil med de samme "
                "kolonnene leses uten å spørre."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.setMinimumWidth(620)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos: dict[ExportField, QComboBox] = {}
        for field in ASKED_FIELDS:
            combo = QComboBox()
            combo.addItem(tr("(ikke i filen)"), "")
            for header in self.headers:
                combo.addItem(header, header)
            chosen = by_field.get(field)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
            combo.currentIndexChanged.connect(self._changed)
            label = dtr(FIELD_LABELS_NB[field]) + (" *" if field in REQUIRED_FIELDS else "")
            combo.setAccessibleName(label)
            form.addRow(label, combo)
            self.combos[field] = combo
        layout.addLayout(form)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Bruk og husk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._changed()

    def choose(self, field: ExportField, header: str) -> None:
        """Pick ``header`` for ``field`` (as the user would in the list)."""
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(header))

    def _problem(self) -> str:
        missing = [f for f in REQUIRED_FIELDS if not self.combos[f].currentData()]
        if missing:
            return tr("Velg en kolonne for: {fields}.").format(
                fields=", ".join(dtr(FIELD_LABELS_NB[f]) for f in missing)
            )
        used: dict[str, ExportField] = {}
        for field, combo in self.combos.items():
            header = combo.currentData()
            if header and header in used:
                return tr("Kolonnen «{header}» er valgt to ganger. Velg den bare én gang.").format(
                    header=header
                )
            if header:
                used[header] = field
        return ""

    def _changed(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def mapping(self) -> dict[str, str | None]:
        """Every header → the field chosen for it, or ``None`` (ignored)."""
        result: dict[str, str | None] = dict.fromkeys(self.headers)
        result.update(self._others)
        for field, combo in self.combos.items():
            header = combo.currentData()
            if header:
                result[header] = field.value
        return result


def ask_columns(
    parent: QWidget,
    ctx: AppContext,
    service: UnopenedFollowupService,
    imported: ImportResult,
    on_chosen: Callable[[dict[str, str | None]], None],
) -> ColumnMappingDialog:
    """Open the dialog (window-modal) for the file ``imported`` came from, starting from the
    columns that reading used (the user's earlier choice, the remembered one, or the known
    names). On «Bruk og husk» the choice is saved in the background and
    ``on_chosen(mapping)`` reads the file again with it."""
    headers = list(imported.headers)
    dialog = ColumnMappingDialog(headers, dict(imported.mapping_used), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def accepted() -> None:
        mapping = dialog.mapping()
        ctx.run(
            service.remember_mapping,
            ctx.workspace,
            headers,
            mapping,
            pass_state=False,
            on_result=lambda _r: ctx.audit_changed.emit(),
            error_title=tr("Kolonnevalget ble ikke lagret"),
        )
        on_chosen(mapping)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
