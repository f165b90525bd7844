"""Which volumes are offered as USB drives (app/platform/drives.py), for all three systems."""

from __future__ import annotations

import plistlib
import struct
from collections.abc import Sequence

import pytest

from amanat.app.platform.commands import CommandResult
from amanat.app.platform.drives import (
    Volume,
    exchange_drives,
    is_exchange_drive,
    macos_details,
    windows_bus_from_descriptor,
)
from amanat.app.platform.system import System

W, M, L = System.WINDOWS, System.MACOS, System.LINUX


@pytest.mark.parametrize(("volume", "offered"), [
    (Volume("E:\\", "KINGSTON", "FAT32", "\\\\?\\Volume{1}\\", drive_type="removable", bus="usb"), True),
    (Volume("F:\\", "Passport", "NTFS", "\\\\?\\Volume{2}\\", drive_type="fixed", bus="usb"), True),  # USB disk
    (Volume("G:\\", "SD", "exFAT", drive_type="removable", bus="sd"), True),
    (Volume("H:\\", "STICK", "FAT32", drive_type="removable"), True),  # bus unknown, but removable
    (Volume("C:\\", "Windows", "NTFS", is_system=True, drive_type="fixed", bus="nvme"), False),
    (Volume("D:\\", "Data", "NTFS", drive_type="fixed", bus="sata"), False),  # a second internal disk
    (Volume("D:\\", "Data", "NTFS", drive_type="fixed"), False),  # fixed, bus unknown: not offered
    (Volume("Z:\\", "share", "NTFS", "\\\\server\\share", drive_type="remote"), False),  # a network drive
    (Volume("Y:\\", "share", "NTFS", drive_type="remote"), False),
    (Volume("V:\\", "disk.vhdx", "NTFS", drive_type="fixed", bus="virtual"), False),  # a mounted VHD
    (Volume("I:\\", "CCCOMA_X64", "UDF", drive_type="cdrom"), False),  # a mounted .iso
    (Volume("R:\\", "RAMDISK", "NTFS", drive_type="ramdisk"), False),
    (Volume("G:\\", "Google Drive", "FAT32", drive_type="fixed"), False),  # Google Drive for desktop
    (Volume("O:\\", "OneDrive - Personal", "NTFS", drive_type="removable", bus="usb"), False),
    (Volume("\\\\server\\share\\", "share", "NTFS"), False),  # not a drive letter
])
def test_windows(volume: Volume, offered: bool) -> None:
    assert is_exchange_drive(volume, W) is offered


@pytest.mark.parametrize(("volume", "offered"), [
    (Volume("/Volumes/KINGSTON", "KINGSTON", "msdos", "/dev/disk4s1", bus="usb", internal=False), True),
    (Volume("/Volumes/Samsung T7", "Samsung T7", "apfs", bus="usb", internal=False), True),
    (Volume("/Volumes/SD", "SD", "exfat", bus="secure digital", internal=False), True),
    (Volume("/", "Macintosh HD", "apfs", is_system=True, bus="apple fabric", internal=True), False),
    (Volume("/System/Volumes/Data", "Data", "apfs", bus="apple fabric", internal=True), False),
    (Volume("/Volumes/BOOTCAMP", "BOOTCAMP", "ntfs", bus="pci-express", internal=True), False),
    (Volume("/Volumes/Install macOS", "Install", "hfs", bus="disk image", internal=False), False),  # a .dmg
    (Volume("/Volumes/share", "share", "smbfs", "//zahra@server/share"), False),
    (Volume("/Volumes/files", "files", "afpfs"), False),
    (Volume("/Volumes/webdav", "webdav", "webdav"), False),
    (Volume("/Volumes/GoogleDrive", "Google Drive", "macfuse", internal=False), False),
    (Volume("/Volumes/STICK", "STICK", "msdos"), False),  # diskutil said nothing: not offered
])
def test_macos(volume: Volume, offered: bool) -> None:
    assert is_exchange_drive(volume, M) is offered


@pytest.mark.parametrize(("volume", "offered"), [
    (Volume("/media/zahra/STICK", "STICK", "vfat", "/dev/sdb1"), True),
    (Volume("/run/media/zahra/DISK", "DISK", "exfat", "/dev/sdc1"), True),
    (Volume("/", "", "ext4", "/dev/nvme0n1p2", is_system=True), False),
    (Volume("/home", "", "ext4", "/dev/nvme0n1p3"), False),
    (Volume("/media/zahra/ubuntu.iso", "Ubuntu", "iso9660", "/dev/loop3"), False),  # a disk image
    (Volume("/media/zahra/share", "share", "cifs", "//server/share"), False),
    (Volume("/media/zahra/remote", "remote", "fuse.sshfs", "zahra@host:"), False),
    (Volume("/media/zahra/gdrive", "gdrive", "fuse.rclone", "gdrive:"), False),
])
def test_linux(volume: Volume, offered: bool) -> None:
    assert is_exchange_drive(volume, L) is offered


def _descriptor(bus_type: int) -> bytes:
    return struct.pack("<IIBBBBIIIII", 1, 64, 0, 0, 1, 0, 0, 0, 0, 0, bus_type) + b"\0" * 28


def test_windows_storage_descriptor_is_read() -> None:
    assert windows_bus_from_descriptor(_descriptor(7)) == "usb"
    assert windows_bus_from_descriptor(_descriptor(15)) == "virtual"  # file-backed virtual: a VHD
    assert windows_bus_from_descriptor(_descriptor(17)) == "nvme"
    assert windows_bus_from_descriptor(_descriptor(99)) == "other"
    assert windows_bus_from_descriptor(b"\0" * 10) == ""  # truncated: unknown, never a guess


def _plist(**fields: object) -> str:
    return plistlib.dumps(fields).decode("utf-8")


def test_macos_diskutil_answers_are_read() -> None:
    assert macos_details(_plist(BusProtocol="USB", Internal=False).encode()) == ("usb", False)
    assert macos_details(_plist(BusProtocol="Disk Image", Internal=False).encode()) == ("disk image", False)
    assert macos_details(_plist(BusProtocol="USB", VirtualOrPhysical="Virtual", Internal=False).encode()) \
        == ("disk image", False)
    assert macos_details(b"not a plist") == ("", None)
    assert macos_details(plistlib.dumps(["a list"])) == ("", None)


def test_macos_asks_diskutil_only_about_volumes_in_volumes() -> None:
    asked: list[list[str]] = []
    answers = {"/Volumes/STICK": _plist(BusProtocol="USB", Internal=False),
               "/Volumes/Installer": _plist(BusProtocol="Disk Image", Internal=False)}

    def diskutil(argv: Sequence[str]) -> CommandResult:
        asked.append(list(argv))
        return CommandResult(0, answers[argv[-1]]) if argv[-1] in answers else CommandResult(1)

    volumes = [Volume("/", is_system=True), Volume("/Volumes/STICK", "STICK", "msdos"),
               Volume("/Volumes/Installer", "Installer", "hfs"), Volume("/Volumes/share", "share", "smbfs"),
               Volume("/Volumes/gone", "gone", "msdos")]
    offered = exchange_drives(volumes, M, run=diskutil)
    assert [volume.root for volume in offered] == ["/Volumes/STICK"]
    assert asked == [["diskutil", "info", "-plist", root] for root in ("/Volumes/STICK", "/Volumes/Installer",
                                                                        "/Volumes/gone")]


def test_linux_asks_no_program() -> None:
    def no_program(argv: Sequence[str]) -> CommandResult:
        raise AssertionError(f"nothing to ask on Linux: {argv}")

    volumes = [Volume("/", is_system=True), Volume("/media/zahra/STICK", "STICK", "vfat", "/dev/sdb1")]
    assert [v.root for v in exchange_drives(volumes, L, run=no_program)] == ["/media/zahra/STICK"]
