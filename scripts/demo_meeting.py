"""The demo vaults' meeting notes (English, Dari, Pashto): a follow-up meeting after the Geneva session.

Used by scripts/screenshots.py: the meeting is made, two of its action items are sent into the
demo action plan (`amanat.app.meetings.MeetingActions`, as the window does), and both are shown.
"""

from __future__ import annotations

from dataclasses import replace

from amanat.app.meetings import MeetingActions
from amanat.app.models import ActionRow, Draft
from amanat.app.vault import Vault

MEETINGS: dict[str, dict[str, object]] = {
    "en": {
        "title": "Geneva follow-up",
        "place": "Geneva, Palais Wilson, room 3",
        "participants": "Mariam\nFarid\nZahra\nA guest from the Special Rapporteur's office",
        "agenda": "1. What the session agreed\n2. Cases for the Special Rapporteur\n3. Next meeting",
        "discussion": "The Special Rapporteur's office asks for up to ten cases by the end of January, each "
                      "with the consent of the person or their family.",
        "decisions": "We send eight cases from Herat and Balkh. Farid checks consent again before anything leaves.",
        "items": (("Write to the Special Rapporteur's office", "Mariam", "2026-12-20"),
                  ("Check consent for the eight cases", "Farid", "2027-01-10"),
                  ("Book the room for the next meeting", "Zahra", "")),
    },
    "fa": {
        "title": "جلسهٔ پیگیری ژنو",
        "place": "ژنو، کاخ ویلسون، اتاق ۳",
        "participants": "مریم\nفرید\nزهرا\nمهمانی از دفتر گزارشگر ویژه",
        "agenda": "۱. آنچه در نشست توافق شد\n۲. پرونده‌ها برای گزارشگر ویژه\n۳. جلسهٔ بعدی",
        "discussion": "دفتر گزارشگر ویژه تا پایان جنوری حداکثر ده پرونده می‌خواهد، هر کدام با رضایت خود شخص "
                      "یا خانواده‌اش.",
        "decisions": "هشت پرونده از هرات و بلخ می‌فرستیم. فرید پیش از فرستادن، رضایت را دوباره بررسی می‌کند.",
        "items": (("نامه به دفتر گزارشگر ویژه", "مریم", "2026-12-20"),
                  ("بررسی دوبارهٔ رضایت برای هشت پرونده", "فرید", "2027-01-10"),
                  ("رزرو اتاق برای جلسهٔ بعدی", "زهرا", "")),
    },
    "ps": {
        "title": "د ژنیو تعقیبي غونډه",
        "place": "ژنیو، د ویلسن ماڼۍ، ۳ کوټه",
        "participants": "مریم\nفرید\nزهرا\nد ځانګړي راپور ورکوونکي له دفتره یو مېلمه",
        "agenda": "۱. په ناسته کې پر څه موافقه وشوه\n۲. ځانګړي راپور ورکوونکي ته قضیې\n۳. بله غونډه",
        "discussion": "د ځانګړي راپور ورکوونکي دفتر د جنورۍ تر پایه تر لسو پورې قضیې غواړي، هره یوه د هغه کس "
                      "یا د هغه د کورنۍ په رضایت.",
        "decisions": "له هرات او بلخ څخه اته قضیې لېږو. فرید له لېږلو مخکې رضایت بیا ګوري.",
        "items": (("د ځانګړي راپور ورکوونکي دفتر ته لیک", "مریم", "2026-12-20"),
                  ("د اتو قضیو لپاره د رضایت بیا کتنه", "فرید", "2027-01-10"),
                  ("د راتلونکې غونډې لپاره د کوټې نیول", "زهرا", "")),
    },
}


def add_demo_meeting(vault: Vault, language: str, plan_id: str) -> Draft:
    """Make the language's demo meeting and send its first two action items into the plan `plan_id`."""
    content = MEETINGS[language]
    meeting = vault.items.new_draft("meeting", str(content["title"]))
    items = content["items"]
    assert isinstance(items, tuple)
    vault.items.save(replace(
        meeting, fields=(("date", "2026-12-03"), ("place", str(content["place"])), ("online", "")),
        sections=tuple((key, str(content[key])) for key in ("participants", "agenda", "discussion", "decisions")),
        rows=tuple(ActionRow(action, owner, due) for action, owner, due in items)))
    return MeetingActions(vault.items, vault.sync.groups).send(meeting.id, plan_id=plan_id, indexes=[0, 1]).meeting
