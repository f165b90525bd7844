"""Which mounted volumes Amanat offers as USB drives to sync with.

The exchange view lists "USB drives" so that a user picks the stick, not a network share (a bundle
left there is on someone else's server), a cloud drive (uploaded at once), a mounted disk image or
the system disk. Qt lists the mounted volumes (app/ui/sync/sync_sources.py turns them into `Volume`s);
this module asks the system how each is attached (`probe`) and decides (`is_exchange_drive`).

- Linux: what udisks mounts for the user (/media, /run/media), minus loop devices (disk images opened
  in GNOME Disks), network and FUSE cloud file systems. An internal second disk mounted by udisks under
  /media is offered too: Linux does not say reliably from here which bus a disk is on.
- Windows: drive letters whose storage bus (IOCTL_STORAGE_QUERY_PROPERTY) is USB, SD or MMC, that are
  not the Windows drive; network drives (DRIVE_REMOTE), CD and DVD drives (where .iso images mount),
  RAM disks, virtual disks (.vhd/.vhdx: bus "virtual"), internal disks and cloud drives (Google Drive
  for desktop, and others by label) are left out. Without bus information, only a DRIVE_REMOVABLE is offered.
- macOS: volumes in /Volumes that `diskutil info` says are external and not a disk image (BusProtocol
  "Disk Image", VirtualOrPhysical "Virtual"); network volumes (smbfs, afpfs, nfs, webdav) and the
  system volumes are left out. Cloud storage (iCloud Drive, File Provider) lives in folders, not volumes.
A user can still choose any folder with "Sync with another folder…"; this only decides what is offered.
"""

from __future__ import annotations

import plistlib
import re
import struct
from dataclasses import dataclass, replace

from amanat.app.platform import windows_drives
from amanat.app.platform.commands import Runner, run_quietly
from amanat.app.platform.system import System

NETWORK_FILE_SYSTEMS = frozenset({
    "smbfs", "cifs", "smb3", "nfs", "nfs4", "afpfs", "webdav", "davfs", "fuse.davfs", "fuse.sshfs", "9p",
    "ncpfs", "fuse.gvfsd-fuse", "ftp",
})
CLOUD_FILE_SYSTEMS = frozenset({"fuse.rclone", "fuse.onedriver", "fuse.google-drive-ocamlfuse", "googledrivefs",
                                "macfuse", "osxfuse", "fuse.s3fs", "fuse.gcsfuse"})
CLOUD_LABELS = ("google drive", "googledrive", "onedrive", "dropbox", "icloud", "box drive", "mega", "pcloud")
USB_BUSES = frozenset({"usb", "sd", "mmc"})
# STORAGE_BUS_TYPE (winioctl.h), the ones that matter here.
WINDOWS_BUS_TYPES = {7: "usb", 12: "sd", 13: "mmc", 14: "virtual", 15: "virtual", 17: "nvme", 11: "sata",
                     1: "scsi", 3: "atapi", 6: "fibre", 10: "sas", 9: "iscsi", 8: "raid"}
# GetDriveTypeW
WINDOWS_DRIVE_TYPES = {2: "removable", 3: "fixed", 4: "remote", 5: "cdrom", 6: "ramdisk"}
_DRIVE_LETTER = re.compile(r"^[A-Za-z]:[\\/]?$")


@dataclass(frozen=True)
class Volume:
    """A mounted volume as Qt lists it, plus what the system said about how it is attached."""

    root: str
    label: str = ""
    file_system: str = ""
    device: str = ""
    is_system: bool = False
    bus: str = ""  # "usb", "sd", "virtual", "disk image", "internal", ...; "" when unknown
    drive_type: str = ""  # Windows: "removable", "fixed", "remote", "cdrom", "ramdisk"
    internal: bool | None = None  # macOS: diskutil's Internal


def _network_or_cloud(volume: Volume) -> bool:
    file_system = volume.file_system.lower()
    if file_system in NETWORK_FILE_SYSTEMS or file_system in CLOUD_FILE_SYSTEMS:
        return True
    if volume.device.startswith(("//", "\\\\")) and not volume.device.startswith("\\\\?\\"):
        return True  # a UNC or SMB source: \\server\share, //server/share
    label = volume.label.lower()
    return any(cloud in label for cloud in CLOUD_LABELS)


def is_exchange_drive(volume: Volume, system: System) -> bool:
    """True if `volume` is a drive a user plugs in (a USB stick or disk, an SD card) on `system`."""
    if not _mounted_where_drives_are(volume, system):
        return False
    if system is System.WINDOWS:
        if volume.drive_type in ("remote", "cdrom", "ramdisk"):
            return False
        if volume.bus:
            return volume.bus in USB_BUSES
        return volume.drive_type == "removable"
    if system is System.MACOS:
        return volume.bus not in ("disk image", "virtual") and volume.internal is False
    return not volume.device.startswith("/dev/loop")


def windows_bus_from_descriptor(descriptor: bytes) -> str:
    """The bus in a STORAGE_DEVICE_DESCRIPTOR (BusType is the DWORD at offset 28), "" if unreadable."""
    if len(descriptor) < 32:
        return ""
    (bus_type,) = struct.unpack_from("<I", descriptor, 28)
    return WINDOWS_BUS_TYPES.get(bus_type, "other")


def macos_details(plist: bytes) -> tuple[str, bool | None]:
    """(bus, internal) from `diskutil info -plist` output; ("", None) if it cannot be read."""
    try:
        info = plistlib.loads(plist)
    except (plistlib.InvalidFileException, ValueError, OverflowError):
        return "", None
    if not isinstance(info, dict):
        return "", None
    protocol = str(info.get("BusProtocol", "")).strip().lower()
    if protocol == "disk image" or str(info.get("VirtualOrPhysical", "")).lower() == "virtual":
        protocol = "disk image"
    internal = info.get("Internal")
    return protocol, internal if isinstance(internal, bool) else None


def _probe_macos(volume: Volume, run: Runner) -> Volume:
    result = run(["diskutil", "info", "-plist", volume.root])
    if not result.ok:
        return volume
    bus, internal = macos_details(result.stdout.encode("utf-8"))
    return replace(volume, bus=bus, internal=internal)


def probe(volume: Volume, system: System, run: Runner = run_quietly) -> Volume:
    """`volume` with what the system says about its bus (Windows, macOS); unchanged on Linux."""
    if system is System.MACOS:
        return _probe_macos(volume, run)
    if system is System.WINDOWS:  # pragma: no cover - Windows only
        kind = WINDOWS_DRIVE_TYPES.get(windows_drives.drive_type(volume.root), "")
        bus = windows_bus_from_descriptor(windows_drives.storage_descriptor(volume.root))
        return replace(volume, drive_type=kind, bus=bus)
    return volume


def exchange_drives(volumes: list[Volume], system: System, run: Runner = run_quietly) -> list[Volume]:
    """The volumes to offer as USB drives, probed and filtered, in the order given."""
    candidates = [volume for volume in volumes if _mounted_where_drives_are(volume, system)]
    return [probed for volume in candidates if is_exchange_drive(probed := probe(volume, system, run), system)]


def _mounted_where_drives_are(volume: Volume, system: System) -> bool:
    """Worth asking the system about (each question may start a program)."""
    if volume.is_system or _network_or_cloud(volume):
        return False
    if system is System.WINDOWS:
        return bool(_DRIVE_LETTER.match(volume.root))
    root = volume.root.rstrip("/") + "/"
    return root.startswith("/Volumes/") if system is System.MACOS else root.startswith(("/media/", "/run/media/"))
