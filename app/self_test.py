"""`amanat self-test`: prove that this installation (or standalone build) works, on throwaway data.

It checks that the process is protected from core dumps and debuggers; then, in a
temporary folder, it creates a vault, adds a note, searches it in Dari, seals a
bundle between two throwaway identities and opens it, writes the note as a Word
document and reads it back (python-docx and lxml are in the program), and, through a check the
caller passes in (the window lives in `app/ui/`), renders the main window. Each
check prints one line; the folder is deleted at the end, whatever happened.

The throwaway vaults use the lowest key-derivation cost Amanat accepts (64 MiB,
three passes): real parameters, because the weak ones the tests use do not exist
in the product, and cheap enough that the self-test stays quick.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import amanat.resources as resources
from amanat.app.models import Note
from amanat.app.platform.fonts import bundled_font_files
from amanat.app.platform.permissions import is_private_folder
from amanat.app.platform.process_hardening import current_protection
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.transfer.docx_import import read_docx_item
from amanat.app.vault import Vault
from amanat.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, Argon2idParams

log = logging.getLogger(__name__)

# "Kabul" in Persian letters (keheh ک) in the note; the search types it with the Arabic kaf (ك),
# as an Arabic keyboard layout does. The two must meet.
NOTE_TITLE = "گزارش سفر کابل"
NOTE_BODY = "جلسه با مدافعان حقوق بشر در کابل و هرات."
SEARCH_QUERY = "كابل"
SHARED_TITLE = "یادداشت مشترک"
SHARED_BODY = "این یادداشت با یک همکار آزمایشی به اشتراک گذاشته شد."
# The floor Amanat accepts from any key file, on one lane: the throwaway vaults need no more.
SELF_TEST_PARAMS = Argon2idParams(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS, lanes=1)

# The window check receives the vault folder and a settings file and returns what it saw.
WindowCheck = Callable[[Path, Path], str]


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class SelfTestState:
    """What one check leaves for the next: the temporary folder, the vault and its note."""

    folder: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    vault: Vault | None = None
    note_id: str = ""
    opened: list[Vault] = field(default_factory=list)

    @property
    def vault_dir(self) -> Path:
        return self.folder / "vault"

    def require_vault(self) -> Vault:
        if self.vault is None:
            raise CheckFailed("skipped: the vault could not be created")
        return self.vault

    def close_all(self) -> None:
        for vault in self.opened:
            vault.close()
        self.opened.clear()
        self.vault = None


@dataclass(frozen=True)
class CheckResult:
    """One line of the report."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"ok   {self.name}: {self.detail}" if self.ok else f"FAIL {self.name}: {self.detail}"


# -- the checks --------------------------------------------------------------------------------------------------


def check_process(_state: SelfTestState) -> str:
    protection = current_protection()
    if not protection.complete:
        raise CheckFailed(protection.describe())
    return protection.describe()


def check_resources(_state: SelfTestState) -> str:
    translations = sorted(p.name for p in resources.TRANSLATIONS_DIR.glob("*.qm"))
    security = sorted(p.name for p in resources.SECURITY_DIR.glob("*.md"))
    fonts = [path.name for path in bundled_font_files() if path.is_file()]
    if len(translations) < 2 or len(security) < 3 or len(fonts) < len(bundled_font_files()):
        raise CheckFailed(f"missing files: translations {translations}, security notes {security}, fonts {fonts}")
    return f"{len(translations)} translations, {len(security)} security notes, {len(fonts)} fonts"


def check_vault(state: SelfTestState) -> str:
    vault, _recovery = Vault.create(state.vault_dir, state.passphrase, params=SELF_TEST_PARAMS)
    vault.close()
    state.vault = Vault.unlock(state.vault_dir, state.passphrase)
    state.opened.append(state.vault)
    problems = state.vault.check()
    private = is_private_folder(state.vault_dir)  # mode 0700, or an owner-only access list on Windows
    if private is False:
        problems.append("the vault folder is readable by other accounts")
    if problems:
        raise CheckFailed("; ".join(problems))
    folder = "its folder readable by this account only" if private else "its folder's access list not readable here"
    return f"created, locked, unlocked again and checked (SQLCipher); {folder}"


def check_note(state: SelfTestState) -> str:
    items = state.require_vault().items
    note = items.add_note(NOTE_TITLE, NOTE_BODY, tags=("self-test",))
    stored = items.get(note.id)
    if not isinstance(stored, Note) or stored.body != NOTE_BODY or stored.title != NOTE_TITLE:
        raise CheckFailed("the note read back differs from the one written")
    state.note_id = note.id
    return "added a Dari note and read it back"


def check_search(state: SelfTestState) -> str:
    items = state.require_vault().items
    if not state.note_id:
        raise CheckFailed("skipped: there is no note to search for")
    hits = items.search(SEARCH_QUERY)
    if [hit.id for hit in hits] != [state.note_id]:
        raise CheckFailed(f"searching {SEARCH_QUERY!r} found {len(hits)} items instead of the note")
    return "Arabic kaf (ك) found the note written with Persian keheh (ک)"


def check_sharing(state: SelfTestState) -> str:
    mine = state.require_vault()
    colleague, _recovery = Vault.create(state.folder / "colleague", state.passphrase, params=SELF_TEST_PARAMS)
    state.opened.append(colleague)
    mine.sync.identities.set_display_name("Self-test A")
    colleague.sync.identities.set_display_name("Self-test B")
    for one, other in ((mine, colleague), (colleague, mine)):
        added = one.sync.identities.add_peer(other.sync.identities.card_file())
        one.sync.identities.verify_peer(added.peer.fingerprint, added.peer.safety_number)
    group = mine.sync.groups.create("Self-test group")
    mine.sync.groups.add_member(group.group_id, colleague.sync.identities.public().fingerprint.hex())
    note = mine.items.add_note(SHARED_TITLE, SHARED_BODY)
    mine.sync.groups.share(group.group_id, note.id)
    bundle = mine.sync.exchange.export(group.group_id)
    report = colleague.sync.exchange.import_bundle(bundle.data)
    if report.status != "applied":
        raise CheckFailed(f"the colleague's vault reported {report.status!r} ({report.reason or 'no reason'})")
    received = colleague.items.get(note.id)
    if not isinstance(received, Note) or received.body != SHARED_BODY:
        raise CheckFailed("the note that arrived differs from the one sent")
    return f"sealed a {len(bundle.data):,}-byte bundle for a second identity, which opened and applied it"


def check_word(state: SelfTestState) -> str:
    """The note as a Word document and back: python-docx, its template and lxml are in the program, and work."""
    items = state.require_vault().items
    if not state.note_id:
        raise CheckFailed("skipped: there is no note to write")
    note = items.get(state.note_id)
    data = docx_bytes(note, right_to_left=True)
    back = read_docx_item(data, "self-test.docx").item
    if not isinstance(note, Note) or (back.title, getattr(back, "body", None)) != (note.title, note.body):
        raise CheckFailed("the note read back from its Word document differs from the one written")
    return f"wrote the Dari note as a {len(data):,}-byte Word document and read it back"


def make_window_check(render: WindowCheck) -> Callable[[SelfTestState], str]:
    """The window check, run on the (closed) throwaway vault with a throwaway settings file."""

    def check_window(state: SelfTestState) -> str:
        if not state.vault_dir.exists():
            raise CheckFailed("skipped: the vault could not be created")
        state.close_all()  # the window opens the vault itself, and a vault is opened once at a time
        return render(state.vault_dir, state.folder / "settings.json")

    return check_window


# -- running them ------------------------------------------------------------------------------------------------


def run_checks(
    window_check: WindowCheck | None, report: Callable[[CheckResult], None], temp_parent: Path | None = None,
    *, process_check: bool = False,
) -> list[CheckResult]:
    """Run every check in a fresh temporary folder, report each result as it comes, then delete the folder.

    `process_check`: also check that this process is protected from core dumps and debuggers
    (`amanat` protects itself at start; a test process calling this does not).
    """
    checks: list[tuple[str, Callable[[SelfTestState], str]]] = [("process", check_process)] if process_check else []
    checks += [
        ("resources", check_resources),
        ("vault", check_vault),
        ("note", check_note),
        ("search", check_search),
        ("sharing", check_sharing),
        ("word", check_word),
    ]
    if window_check is not None:
        checks.append(("window", make_window_check(window_check)))
    results: list[CheckResult] = []

    def record(result: CheckResult) -> None:
        results.append(result)
        report(result)

    folder = Path(tempfile.mkdtemp(prefix="amanat-self-test-", dir=temp_parent))
    state = SelfTestState(folder)
    try:
        for name, check in checks:
            record(_run_one(name, check, state))
        state.close_all()
    finally:
        state.close_all()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        record(CheckResult("clean-up", False, f"could not delete {folder}"))
    else:
        record(CheckResult("clean-up", True, "temporary folder deleted"))
    return results


def _run_one(name: str, check: Callable[[SelfTestState], str], state: SelfTestState) -> CheckResult:
    try:
        return CheckResult(name, True, check(state))
    except CheckFailed as failure:
        return CheckResult(name, False, str(failure))
    except Exception as error:  # a self-test reports every failure as a line instead of stopping
        log.debug("self-test check %s failed", name, exc_info=True)
        return CheckResult(name, False, f"{type(error).__name__}: {error}")
