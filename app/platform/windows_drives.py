"""Windows only: how a drive letter is attached (GetDriveTypeW, IOCTL_STORAGE_QUERY_PROPERTY), via ctypes.

Decisions live in drives.py (tested on every system); this module only asks Windows and returns its raw
answers (0 or b"" for anything it cannot learn: no access, a drive with no medium), which drives.py reads.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes

IOCTL_STORAGE_QUERY_PROPERTY = 0x2D1400
OPEN_EXISTING = 3
FILE_SHARE_READ_WRITE = 0x1 | 0x2
INVALID_HANDLE_VALUE = ctypes.c_void_p(-1).value


def drive_type(root: str) -> int:  # pragma: no cover - Windows only
    """GetDriveTypeW of the drive of "E:\\" (2 removable, 3 fixed, 4 remote, 5 CD/DVD, 6 RAM disk)."""
    if sys.platform != "win32":
        return 0
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    return int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(root[:2] + "\\")))


def storage_descriptor(root: str) -> bytes:  # pragma: no cover - Windows only
    """The STORAGE_DEVICE_DESCRIPTOR of the disk holding "E:\\", or b"" when Windows does not say."""
    if sys.platform != "win32":
        return b""
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateFileW.restype = wintypes.HANDLE
    kernel32.CreateFileW.argtypes = (wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p,
                                     wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE)
    kernel32.DeviceIoControl.argtypes = (wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD,
                                         ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
                                         ctypes.c_void_p)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.CreateFileW(f"\\\\.\\{root[:2]}", 0, FILE_SHARE_READ_WRITE, None, OPEN_EXISTING, 0, None)
    if handle in (None, INVALID_HANDLE_VALUE):
        return b""
    try:
        query = (ctypes.c_uint32 * 3)(0, 0, 0)  # StorageDeviceProperty, PropertyStandardQuery
        descriptor = ctypes.create_string_buffer(1024)
        returned = wintypes.DWORD(0)
        ok = kernel32.DeviceIoControl(handle, IOCTL_STORAGE_QUERY_PROPERTY, query, ctypes.sizeof(query),
                                      descriptor, ctypes.sizeof(descriptor), ctypes.byref(returned), None)
        return descriptor.raw[:returned.value] if ok else b""
    finally:
        kernel32.CloseHandle(handle)
