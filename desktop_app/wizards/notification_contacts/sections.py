"""The two halves of Varsling as they are built: the addresses of one org number (left), and what
is wrong across the workspace with the personal instruction (right). A part of
:class:`NotificationContactsPage`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.accessibility import MessageLabel
from desktop_app.views.guide_view import GuidePanel


def tr(text: str) -> str:
    return QCoreApplication.translate("notification_contacts", text)


class ContactSections:
    """Builds the two halves; the page fills them (:mod:`.page`)."""

    def _build_addresses(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 0, 8, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Virksomhet:")))
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(tr("Virksomhet"))
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._fill_addresses())
        row.addWidget(self.unit_combo, 1)
        layout.addLayout(row)
        self.api_status = QLabel(self._api_text())
        self.api_status.setWordWrap(True)
        layout.addWidget(self.api_status)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("addressTable")
        self.table.setAccessibleName(tr("Varslingsadresser"))
        self.table.setHorizontalHeaderLabels(
            [tr("Adresse"), tr("Type"), tr("Tilhører"), tr("Kilde")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (1, 3):  # type and source are short: the address gets the room
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        edit = QHBoxLayout()
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(tr("navn@kommune.no eller +47 912 34 567"))
        self.address_edit.setAccessibleName(tr("Varslingsadresse"))
        self.address_edit.returnPressed.connect(self.add_address)
        self.add_button = QPushButton(tr("Legg til"))
        self.add_button.clicked.connect(self.add_address)
        self.change_button = QPushButton(tr("Endre valgt"))
        self.change_button.clicked.connect(self.change_address)
        self.remove_button = QPushButton(tr("Fjern valgt …"))
        self.remove_button.clicked.connect(self.remove_address)
        self.many_button = QPushButton(tr("For &mange …"))
        self.many_button.setToolTip(
            tr("Én adresse, eller en liste, for alle eller flere organisasjonsnumre på en gang")
        )
        self.many_button.clicked.connect(self.open_plan)
        # the address on a line of its own and the buttons under it: the field keeps room
        # for an address at large text sizes
        layout.addWidget(self.address_edit)
        for b in (self.add_button, self.change_button, self.remove_button, self.many_button):
            edit.addWidget(b)
        edit.addStretch(1)
        layout.addLayout(edit)
        self.error = MessageLabel(self.address_edit)
        self.error.setWordWrap(True)
        self.error.setObjectName("addressError")
        self.error.setStyleSheet("color: #8c1d18;")
        layout.addWidget(self.error)
        self.refresh_button = QPushButton(tr("Les adressene fra Altinn"))
        self.refresh_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.refresh_from_altinn)
        row2 = QHBoxLayout()
        row2.addWidget(self.refresh_button)
        row2.addStretch(1)
        layout.addLayout(row2)
        self.guide = GuidePanel()
        self.guide.show_step(self.guides.get("varslingsadresser"))
        layout.addWidget(self.guide)
        return w

    def _build_right(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(8, 0, 0, 0)
        flags_box = QGroupBox(tr("Dette bør rettes"))
        fl = QVBoxLayout(flags_box)
        self.flag_list = QListWidget()
        self.flag_list.setObjectName("flagList")
        self.flag_list.setAccessibleName(tr("Dette bør rettes"))
        self.flag_list.setWordWrap(True)
        fl.addWidget(self.flag_list)
        layout.addWidget(flags_box, 1)

        box = QGroupBox(tr("Personlig varsling: en beskjed til hver leser"))
        bl = QVBoxLayout(box)
        explain = QLabel(
            tr(
                "Bare hver enkelt kan legge inn sin egen varslingsadresse i Altinn og "
                "bekrefte den med en kode på 6 siffer. Send beskjeden til hver person "
                "på godkjent-listen."
            )
        )
        explain.setWordWrap(True)
        bl.addWidget(explain)
        row = QHBoxLayout()
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(tr("Person"))
        self.person_combo.currentIndexChanged.connect(self._show_instruction)
        row.addWidget(self.person_combo, 1)
        self.copy_button = QPushButton(tr("Kopier"))
        self.copy_button.clicked.connect(self.copy_instruction)
        self.export_button = QPushButton(tr("Lagre alle som tekstfil …"))
        self.export_button.clicked.connect(self.ask_export)
        row.addWidget(self.copy_button)
        row.addWidget(self.export_button)
        bl.addLayout(row)
        self.instruction_text = QPlainTextEdit()
        self.instruction_text.setReadOnly(True)
        self.instruction_text.setObjectName("instructionText")
        bl.addWidget(self.instruction_text, 1)
        layout.addWidget(box, 2)
        return w
