"""The Chinese UI shows Chinese where the import dialog and the outbox showed English or
the wrong word: field names, row results and refusal reasons, a queued delivery's state."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.domain.enums import DeliveryStatus
from desktop.services.container import Services
from desktop.ui.members.import_dialog import ImportDialog
from desktop.ui.outbox.labels import status_label

ROOT = Path(__file__).resolve().parents[2]


def _csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "email", "phone"])
        w.writerow(["Lin", "lin@example.com", "13800138000"])
        w.writerow(["Bad", "bad@example.com", "abc"])
    return path


def test_the_import_dialog_speaks_chinese(
    chinese: None, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = ImportDialog(services.importer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(_csv(tmp_path / "m.csv"))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    combo = dialog.mapping.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "姓名"
    assert [combo.itemText(i) for i in range(combo.count())][:3] == ["（忽略此列）", "姓名", "邮箱"]
    results = [dialog.preview.item(r, 1).text() for r in range(dialog.preview.rowCount())]
    assert results == ["新增", "拒绝"]
    assert dialog.preview.item(1, 2).text() == "不是有效的手机号：abc"


def test_a_queued_delivery_is_waiting_to_be_sent_not_for_a_reply(chinese: None) -> None:
    assert status_label(DeliveryStatus.PENDING) == "待发送"


def test_undo_is_one_word_in_our_chinese(chinese: None) -> None:
    text = (ROOT / "resources" / "translations" / "shequn_zh_CN.ts").read_text("utf-8")
    assert "撤消" not in text
    # Qt's own text-field menu says 撤消; the app's words win over Qt's.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QLineEdit", "&Undo") == "撤销(&U)"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
