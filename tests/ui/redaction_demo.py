"""A made-up case for the redaction review in the dialog tests (names and places as a real report has them)."""

from __future__ import annotations

from amanat.app.models import Contact, Note
from amanat.app.redaction.suggestions import Suggestion, afghan_places

TEXTS = {
    "en": ("Detention of Zahra Ahmadi",
           "Zahra Ahmadi, a teacher from Herat, was detained in Kabul on 3 May.\n"
           "Her colleague Jawad Karimi of the Herat Women Forum saw it.\n"
           "زهرا احمدي was released in Mazar-i-Sharif a week later."),
    "fa": ("بازداشت زهرا احمدی",
           "زهرا احمدی، آموزگاری از هرات، روز ۳ ثور در کابل بازداشت شد.\n"
           "همکارش جواد کریمی از انجمن زنان هرات شاهد بود.\n"
           "زهرا احمدي یک هفته بعد در مزار شریف رها شد. Zahra Ahmadi"),
    "ps": ("د زهرا احمدي نیونه",
           "زهرا احمدي، له هرات څخه یوه ښوونکې، د غويي په درېیمه په کابل کې ونیول شوه.\n"
           "د هغې همکار جواد کریمی د هرات د ښځو له ټولنې څخه شاهد و.\n"
           "زهرا احمدی یوه اونۍ وروسته په مزار شریف کې خوشې شوه."),
}
CONTACTS = (
    Contact(id="", display_name="Zahra Ahmadi", alias="زهرا احمدی", risk_level="high"),
    Contact(id="", display_name="Jawad Karimi", alias="جواد کریمی", organisation="Herat Women Forum"),
)


def demo_note(language: str, name: str = "") -> Note:
    title, body = TEXTS.get(language, TEXTS["en"])
    return Note(id="demo", title=f"{title} {name}".strip(), body=body)


def demo_suggestions(name: str = "") -> list[Suggestion]:
    people: list[Suggestion] = [("person", [c.display_name, c.alias]) for c in CONTACTS]
    extra: list[Suggestion] = [("person", [name])] if name else []
    return [*afghan_places(), *people, *extra,
            ("organisation", ["Herat Women Forum", "انجمن زنان هرات", "د هرات د ښځو ټولنه"])]
