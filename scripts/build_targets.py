"""What build.spec makes on each system: the one place its branches are decided (tested on every system).

- Linux: one folder, dist/amanat/, started by dist/amanat/amanat: a console program (the window opens
  the same way from a terminal or a menu), libraries stripped, as before.
- Windows: one folder, dist/Amanat/, with two programs sharing it: Amanat.exe, the window, without a
  console (a console window that the user closes would kill Amanat without locking the vault), and
  amanat-cli.exe, the command line, with one (`--version`, `self-test` and every command print there).
  Both carry the icon and a version resource. Nothing is stripped (strip breaks Windows binaries and
  their signatures).
- macOS: dist/Amanat.app, a bundle (BUNDLE) whose program is Contents/MacOS/Amanat (the window with no
  command, the command line with one, from a terminal), with the icon and Info.plist. Nothing is
  stripped: strip invalidates code signatures, and the signing step signs every binary afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Program:
    """One executable of the build."""

    name: str
    console: bool


@dataclass(frozen=True)
class BuildTarget:
    """The shape of the build on one system."""

    folder: str
    programs: tuple[Program, ...]
    strip: bool
    icon: str | None  # "ico", "icns" or None
    version_resource: bool = False
    app_bundle: str | None = None
    info_plist: dict[str, object] = field(default_factory=dict)

    @property
    def program_paths(self) -> list[str]:
        """Where each program is, under dist/."""
        if self.app_bundle:
            return [f"{self.app_bundle}/Contents/MacOS/{program.name}" for program in self.programs]
        suffix = ".exe" if self.icon == "ico" else ""
        return [f"{self.folder}/{program.name}{suffix}" for program in self.programs]

    @property
    def command_line(self) -> str:
        """The program to run `--version` and `self-test` with, under dist/."""
        consoles = [path for path, program in zip(self.program_paths, self.programs, strict=True) if program.console]
        return (consoles or self.program_paths)[0]


BUNDLE_IDENTIFIER = "org.amanat.desktop"


def build_target(platform: str, version: str) -> BuildTarget:
    """The build for `sys.platform` value `platform`."""
    if platform == "win32":
        return BuildTarget("Amanat", (Program("Amanat", console=False), Program("amanat-cli", console=True)),
                           strip=False, icon="ico", version_resource=True)
    if platform == "darwin":
        plist: dict[str, object] = {
            "CFBundleDisplayName": "Amanat", "CFBundleShortVersionString": version, "CFBundleVersion": version,
            "NSHighResolutionCapable": True, "LSMinimumSystemVersion": "11.0",
            "NSRequiresAquaSystemAppearance": False, "LSApplicationCategoryType": "public.app-category.productivity",
        }
        return BuildTarget("Amanat", (Program("Amanat", console=False),), strip=False, icon="icns",
                           app_bundle="Amanat.app", info_plist=plist)
    return BuildTarget("amanat", (Program("amanat", console=True),), strip=True, icon=None)


def windows_version_numbers(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0), the four numbers of a Windows version resource (non-digits ignored)."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = "".join(char for char in part if char.isdigit()) or "0"
        numbers.append(min(int(digits), 65535))
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]
