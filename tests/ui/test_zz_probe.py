import pytest
from PySide6.QtWidgets import QApplication
from tests.ui.dialog_catalogue import DialogCatalogue

def test_probe(qtbot, unlocked, tmp_path):
    cat = DialogCatalogue(unlocked, tmp_path)
    print("missing", cat.missing_builders())
    for lang in ("en", "fa", "ps"):
        unlocked.switch_language(lang)
        print("main min", lang, unlocked.minimumSizeHint(), unlocked.minimumSize())
        for cls, build in sorted(cat.builders.items(), key=lambda kv: kv[0].__name__):
            d = build()
            d.show(); QApplication.processEvents()
            print(lang, cls.__name__, d.sizeHint().toTuple(), d.minimumSizeHint().toTuple(), d.size().toTuple())
            d.close()
    cat.close()
