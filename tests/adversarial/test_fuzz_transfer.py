"""The importers of other programs' files, fuzzed like every other parser of outside input.

Contract (as in test_fuzz_parsers.py): only Amanat's own errors come out, each example within the
deadline, Python allocations bounded; and an import either applies whole or leaves the vault as it was.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amanat.app.transfer.contact_import import apply_contact_import, plan_contact_import
from amanat.app.transfer.docx_import import IncomingDocument, read_docx_item, store_docx_import
from amanat.app.transfer.vcard import ParsedCards, parse_vcards
from amanat.app.vault import Vault
from tests.adversarial.mutations import byte_mutations
from tests.adversarial.test_fuzz_parsers import FUZZ, only_amanat_errors
from tests.conftest import PASSPHRASE
from tests.transfer.samples import ALL_FORMATS
from tests.transfer.test_docx_hostile import repacked
from tests.transfer.test_docx_import import word_report

SAMPLE = "".join(ALL_FORMATS.values()).encode("utf-8")
DOCX = word_report()
DOCX_PARTS = ("word/document.xml", "word/numbering.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
              "_rels/.rels", "word/styles.xml")


@pytest.fixture(scope="module")
def importing_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _recovery = Vault.create(Path(tmp_path_factory.mktemp("vcf")) / "vault", PASSPHRASE)
    yield vault
    vault.close()


def _lines_shuffled(draw: st.DrawFn) -> bytes:
    lines = SAMPLE.split(b"\r\n")
    return b"\r\n".join(draw(st.permutations(lines))[: draw(st.integers(1, len(lines)))])


@FUZZ
@given(data=st.data())
def test_parse_vcards(importing_vault: Vault, data: st.DataObject) -> None:
    raw = data.draw(st.one_of(byte_mutations(SAMPLE), st.binary(max_size=3000), st.composite(_lines_shuffled)(),
                              st.text(max_size=1000).map(lambda t: ("BEGIN:VCARD\n" + t).encode("utf-8",
                                                                                              "surrogatepass"))))
    before = importing_vault.items.count("contact")
    parsed_holder: list[ParsedCards] = []
    if only_amanat_errors(lambda: parsed_holder.append(parse_vcards(raw)), len(raw) * 4) is not None:
        assert importing_vault.items.count("contact") == before
        return
    parsed = parsed_holder[0]
    plan = plan_contact_import(importing_vault.items, parsed)
    error = only_amanat_errors(lambda: apply_contact_import(importing_vault.items, plan, merge_duplicates=True),
                               len(raw))
    new = sum(1 for entry in plan if entry.duplicate_of is None)
    assert importing_vault.items.count("contact") == before + (0 if error else new)


@st.composite
def _docx_part_mutated(draw: st.DrawFn) -> bytes:
    """One part of a real Word document damaged, the package still a sound ZIP: reaches python-docx and the reader."""
    with zipfile.ZipFile(io.BytesIO(DOCX)) as package:
        name = draw(st.sampled_from(DOCX_PARTS))
        original = package.read(name)
    return repacked(DOCX, {name: draw(byte_mutations(original))})


@FUZZ
@given(data=st.data())
def test_read_docx(importing_vault: Vault, data: st.DataObject) -> None:
    raw = data.draw(st.one_of(_docx_part_mutated(), byte_mutations(DOCX), st.binary(max_size=3000)))
    before = importing_vault.items.count("note")
    holder: list[IncomingDocument] = []
    template = data.draw(st.sampled_from([None, "concept-note", "action-plan"]))
    if only_amanat_errors(lambda: holder.append(read_docx_item(raw, "fuzz.docx", template=template)),
                          len(raw) * 4) is not None:
        assert importing_vault.items.count("note") == before
        return
    error = only_amanat_errors(lambda: store_docx_import(importing_vault.items, importing_vault.attachments,
                                                         holder[0]), len(raw))
    kind = holder[0].item.kind
    assert error is not None or importing_vault.items.count(kind) > 0
