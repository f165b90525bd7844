"""atheris: Word documents (`read_docx_item`): whole files, and single parts of a sound package.

The first byte picks what the rest is: 0, a whole .docx file; otherwise the new content of one part
(document, numbering, styles, relationships, content types) of a real document Amanat wrote, packed
again with right checksums, so the search reaches python-docx and the reader, not only the ZIP checks.

Run: python fuzz/fuzz_docx.py -max_total_time=60
"""

from __future__ import annotations

import io
import zipfile

from harness import instrumented, run

with instrumented():
    from amanat.app.models import ActionRow, Draft, Note
    from amanat.app.transfer.docx_export import docx_bytes
    from amanat.app.transfer.docx_import import read_docx_item

PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml", "word/_rels/document.xml.rels",
         "[Content_Types].xml", "_rels/.rels")
NOTE = Note(id="", title="گزارش", body="# سر\n\nمتن **مهم** و *کج*.\nخط دوم\n\n- یک\n  - دو\n\n1. first\n\n"
                                        "| a | ب |\n|---|---|\n| 1 | ۲ |\n")
SEED = docx_bytes(NOTE, right_to_left=True)


def _repacked(name: str, content: bytes) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(SEED)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == name else source.read(info))
    return output.getvalue()


def check(data: bytes) -> None:
    if not data:
        return
    if data[0] == 0:
        document = data[1:]
    else:
        document = _repacked(PARTS[data[0] % len(PARTS)], data[1:])
    read_docx_item(document, "fuzz.docx", template="action-plan" if data[0] & 0x80 else None)


def main() -> None:
    plan = Draft(id="", template="action-plan", title="برنامه", sections=(("summary", "هدف"),),
                 rows=(ActionRow("کار", "احمد", "2026-12-20", "done"),))
    seeds = [b"\x00" + SEED, b"\x00" + docx_bytes(plan)]
    with zipfile.ZipFile(io.BytesIO(SEED)) as package:
        seeds += [bytes([number + 1]) + package.read(name) for number, name in enumerate(PARTS)
                  if name != "word/styles.xml"]
    run(check, seeds)


if __name__ == "__main__":
    main()
