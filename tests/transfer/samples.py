"""vCard files as phones and mail programs write them, with Arabic-script names (made here, not downloaded)."""

from __future__ import annotations

import quopri


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "")


# Android's contacts app (and Outlook) export vCard 2.1: Arabic script as quoted-printable UTF-8, CRLF lines.
ANDROID_21 = "\r\n".join([
    "BEGIN:VCARD", "VERSION:2.1",
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('احمدی')};{_qp('مریم')};;;",
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('مریم احمدی')}",
    "TEL;CELL:+93 700 111 222", "TEL;HOME:+93 700 111 333",
    "END:VCARD",
    "BEGIN:VCARD", "VERSION:2.1",
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('ګل احمد')}",
    "TEL;CELL:0799 555 444",
    "END:VCARD",
    # A long name: Android breaks quoted-printable lines with a soft break ('=' at the end of the line).
    "BEGIN:VCARD", "VERSION:2.1",
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('د افغانستان د بشري حقونو')}=20=",
    f"{_qp('د مدافعینو شبکه')}",
    "END:VCARD", "",
])

# iPhone (Contacts → Share) and Google Contacts export vCard 3.0.
IPHONE_30 = "\r\n".join([
    "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
    "N:Karimi;Zahra;;;", "FN:Zahra Karimi", "ORG:Women's Rights Network;",
    "TITLE:Coordinator", "item1.EMAIL;type=INTERNET;type=pref:zahra@example.org",
    "TEL;type=CELL;type=VOICE;type=pref:+41 22 555 0101",
    "item2.ADR;type=WORK:;;Rue de Lausanne 1;Geneva;;1201;Switzerland",
    "NOTE:Met at the HRC session\\, March 2026",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/",
    "END:VCARD", "",
])

GOOGLE_30 = "\n".join([
    "BEGIN:VCARD", "VERSION:3.0", "FN:فرید نوری", "N:نوری;فرید;;;",
    "EMAIL;TYPE=INTERNET:farid@example.net", "EMAIL;TYPE=INTERNET:farid.n@example.org",
    "TEL;TYPE=CELL:+93 (0)70 222 3333", "NICKNAME:Farid jan",
    "CATEGORIES:myContacts", "END:VCARD", "",
])

# vCard 4.0 (Thunderbird, Nextcloud): tel: URIs, IMPP for messengers.
V40 = "\r\n".join([
    "BEGIN:VCARD", "VERSION:4.0", "FN:ملالۍ یوسفزۍ", "N:یوسفزۍ;ملالۍ;;;",
    "TEL;VALUE=uri;TYPE=cell:tel:+93-70-444-5555", "IMPP:telegram:malalai_y",
    "ADR;TYPE=home:;;;Kabul;;;Afghanistan",
    "END:VCARD", "",
])

ALL_FORMATS = {"android-2.1": ANDROID_21, "iphone-3.0": IPHONE_30, "google-3.0": GOOGLE_30, "vcard-4.0": V40}
