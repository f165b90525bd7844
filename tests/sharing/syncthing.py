"""Real Syncthing daemons for tests: each with its own home, only on 127.0.0.1, sharing one folder.

Debian's `syncthing` package (1.19). Each daemon gets a generated key and configuration,
its GUI/REST API and its sync protocol on free 127.0.0.1 ports, and no global discovery,
relays, NAT traversal, local announcements, usage reports, crash reports or upgrades: the
devices know each other only by their IDs and static tcp://127.0.0.1:PORT addresses.
Waiting is done by polling the REST API (a folder's status and the other devices'
completion), never by sleeping a fixed time.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FOLDER_ID = "amanat-exchange"
WAIT_SECONDS = 40.0  # generous: two cores shared with other work
_POLL_SECONDS = 0.1
_OPTIONS = {
    "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false", "relaysEnabled": "false",
    "natEnabled": "false", "urAccepted": "-1", "startBrowser": "false", "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0", "reconnectionIntervalS": "1", "limitBandwidthInLan": "true",
    "setLowPriority": "false",
}


def syncthing_binary() -> str | None:
    """The syncthing program, if installed."""
    return shutil.which("syncthing")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until(condition: Callable[[], bool], what: str, seconds: float = WAIT_SECONDS) -> None:
    """Poll `condition` until it holds; fail naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Syncthing: waited {seconds:.0f} s for {what}")
        time.sleep(_POLL_SECONDS)


@dataclass
class Daemon:
    """One Syncthing device: its home, the folder it shares, its ports and its REST API."""

    name: str
    home: Path
    folder: Path
    api_port: int = field(default_factory=_free_port)
    sync_port: int = field(default_factory=_free_port)
    device_id: str = ""
    api_key: str = "amanat-test-key"
    process: subprocess.Popen[bytes] | None = None

    def generate(self, binary: str) -> None:
        """Make the key and the configuration, then rewrite the configuration for a closed, local test."""
        subprocess.run([binary, "generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing"],
                       check=True, capture_output=True, timeout=60)
        shown = subprocess.run([binary, "serve", f"--home={self.home}", "--device-id"],
                               check=True, capture_output=True, timeout=60, text=True)
        self.device_id = shown.stdout.strip()
        config_path = self.home / "config.xml"
        tree = ElementTree.parse(config_path)  # noqa: S314 -- the file syncthing generate just wrote
        root = tree.getroot()
        gui = root.find("gui")
        assert gui is not None
        _set_text(gui, "address", f"127.0.0.1:{self.api_port}")
        _set_text(gui, "apikey", self.api_key)
        options = root.find("options")
        assert options is not None
        _set_text(options, "listenAddress", f"tcp://127.0.0.1:{self.sync_port}")
        for key, value in _OPTIONS.items():
            _set_text(options, key, value)
        tree.write(config_path)

    def start(self, binary: str) -> None:
        """Run the daemon (its log goes to its home); `wait_until_serving` waits for its REST API."""
        log = self.home / "syncthing.log"
        self.process = subprocess.Popen(
            [binary, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade",
             f"--logfile={log}"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={"PATH": "/usr/bin:/bin", "HOME": str(self.home), "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"})

    def wait_until_serving(self) -> None:
        """Wait for the REST API to answer."""
        wait_until(self._answers, f"{self.name}'s REST API")

    def stop(self) -> None:
        """Ask the daemon this harness started to end; `wait_until_stopped` waits for it."""
        if self.process is not None:
            self.process.terminate()

    def wait_until_stopped(self) -> None:
        """Wait for the daemon to end (killed if it takes over 15 s)."""
        if self.process is None:
            return
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
        self.process = None

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"Syncthing ({self.name}) ended: see {self.home / 'syncthing.log'}")
        with contextlib.suppress(OSError):
            return bool(self.call("GET", "/rest/system/ping").get("ping") == "pong")
        return False

    def call(self, method: str, path: str, body: object = None) -> Any:
        """One REST call; the answer's JSON, or None when it has none."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.api_port}{path}", data=data, method=method,
                                         headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310 -- 127.0.0.1 only
            text = answer.read()
        return json.loads(text) if text.strip() else None

    def share_with(self, others: list[Daemon], dials: list[Daemon], **folder: object) -> None:
        """Introduce the other devices by ID (paused, see `set_paused`), and share the folder with them.

        Only the devices in `dials` get a static tcp://127.0.0.1:PORT address; the others (address
        "dynamic", which nothing resolves here) call this one. When two devices dial each other at
        once, Syncthing drops one of the two connections and both wait their next round to retry.
        """
        for other in others:
            address = f"tcp://127.0.0.1:{other.sync_port}" if other in dials else "dynamic"
            self.call("PUT", f"/rest/config/devices/{other.device_id}",
                      {"deviceID": other.device_id, "name": other.name, "addresses": [address], "paused": True})
        devices = [{"deviceID": d.device_id} for d in [self, *others]]
        self.call("PUT", f"/rest/config/folders/{FOLDER_ID}",
                  {"id": FOLDER_ID, "label": "exchange", "path": str(self.folder), "type": "sendreceive",
                   "devices": devices, "fsWatcherEnabled": False, "rescanIntervalS": 3600, **folder})

    def connected(self, others: list[Daemon]) -> bool:
        """Is this device connected to every one of `others`?"""
        connections = self.call("GET", "/rest/system/connections")["connections"]
        return all(connections.get(o.device_id, {}).get("connected") for o in others)

    def scan(self) -> None:
        """Look at the folder now (returns when the scan is done)."""
        self.call("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def has_all_of(self, other: Daemon) -> bool:
        """Does this device say `other` has everything of the folder it knows of?"""
        answer = self.call("GET", f"/rest/db/completion?folder={FOLDER_ID}&device={other.device_id}")
        return bool(answer["completion"] >= 100 and answer["needItems"] == 0 and answer["needDeletes"] == 0)

    def idle(self) -> bool:
        """Has this device nothing left to fetch, and is it not busy?"""
        status = self.call("GET", f"/rest/db/status?folder={FOLDER_ID}")
        return bool(status["state"] == "idle" and status["needTotalItems"] == 0)

    def limit_receiving(self, kib_per_second: int) -> None:
        """Receive at most this many KiB/s (0: no limit), also from devices on this computer's network."""
        self.call("PATCH", "/rest/config/options", {"maxRecvKbps": kib_per_second})

    def set_paused(self, others: list[Daemon], paused: bool) -> None:
        """Stop (or resume) talking to `others`."""
        for other in others:
            self.call("POST", f"/rest/system/{'pause' if paused else 'resume'}?device={other.device_id}")


def _set_text(parent: ElementTree.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ElementTree.SubElement(parent, tag)
    element.text = text


@contextlib.contextmanager
def syncthing_devices(directory: Path, names: tuple[str, ...], binary: str,
                      folder_options: dict[str, dict[str, object]] | None = None) -> Iterator[list[Daemon]]:
    """Start one daemon per name, all sharing one folder (DIRECTORY/NAME/drive/exchange), connected."""
    daemons = [Daemon(name, directory / name.lower() / "syncthing", directory / name.lower() / "drive" / "exchange")
               for name in names]
    try:
        for daemon in daemons:
            daemon.folder.mkdir(parents=True)
            daemon.generate(binary)
            daemon.start(binary)
        for daemon in daemons:
            daemon.wait_until_serving()
        for index, daemon in enumerate(daemons):
            others = [d for d in daemons if d is not daemon]
            daemon.share_with(others, daemons[index + 1:], **(folder_options or {}).get(daemon.name, {}))
        # Only once every device knows every other do they dial: a refused first dial waits a minute to retry.
        for daemon in daemons:
            daemon.set_paused([d for d in daemons if d is not daemon], paused=False)
        for daemon in daemons:
            others = [d for d in daemons if d is not daemon]
            wait_until(lambda d=daemon, o=others: d.connected(o), f"{daemon.name} to connect to the others")
        yield daemons
    finally:
        for daemon in daemons:
            daemon.stop()
        for daemon in daemons:
            daemon.wait_until_stopped()


def visible_files(folder: Path) -> dict[str, int]:
    """The names and sizes of the files in a folder that are not hidden (what Amanat may read)."""
    return {p.name: p.stat().st_size for p in folder.iterdir() if not p.name.startswith(".") and p.is_file()}


def in_step(daemons: list[Daemon]) -> None:
    """Scan every folder, then wait until every device is idle, has everything, and holds the same files."""
    for daemon in daemons:
        daemon.scan()

    def settled() -> bool:
        if not all(d.idle() and all(d.has_all_of(o) for o in daemons if o is not d) for d in daemons):
            return False
        return all(visible_files(d.folder) == visible_files(daemons[0].folder) for d in daemons)

    wait_until(settled, "every device to hold the same files")
