"""Sample content for demonstrations and screenshots, in English, Dari and Pashto.

`fill_demo_vault(vault, language)` fills an open vault with what an exiled
Afghan women's-rights documentation group might keep: notes (a debrief after a
Geneva session, an interview summary with its consent recorded, a security
checklist before travel, ...), contacts at UN bodies, among journalists and
lawyers, one draft from every strategy template, two items in the trash and a
note with a few saved versions.

Everything here is invented. The people, the group, the cases and the victims
("Victim A") do not exist; addresses are at example.org and phone numbers
start with +00, which no country uses. Each language has its own text, written
in that language rather than translated word for word, so a Dari vault shows
only Dari content and a Pashto vault only Pashto.

    from scripts.demo_content import fill_demo_vault
    ids = fill_demo_vault(vault, "fa")
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, replace

from amanat.app.models import ActionRow, Contact, Draft, Item, Note
from amanat.app.vault import Vault

DEMO_LANGUAGES = ("en", "fa", "ps")
# How many blocks of the checklist each saved version holds: three versions, the last one complete.
CHECKLIST_VERSIONS = (2, 3, 5)


@dataclass(frozen=True)
class DemoContent:
    """The sample items of one language, in the order the lists show them (newest first)."""

    notes: tuple[Note, ...]
    checklist: Note  # pinned; saved once per entry of CHECKLIST_VERSIONS
    checklist_blocks: tuple[str, ...]
    contacts: tuple[Contact, ...]
    drafts: tuple[Draft, ...]
    trashed: tuple[Item, ...]
    search_query: str  # a word that finds notes, contacts and drafts alike


@dataclass(frozen=True)
class DemoItems:
    """Ids of the items a demonstration shows first."""

    language: str
    showcase_note: str  # headings, lists and bold: good in the editor and the preview
    checklist_note: str  # pinned, with several saved versions
    high_risk_contact: str
    swot: str
    action_plan: str
    concept_note: str
    un_communication: str
    search_query: str


def _text(block: str) -> str:
    """Dedented text; a line indented by two more spaces continues the line before it.

    Paragraphs stay one line in the vault (as someone typing them would leave
    them) while the source stays within the line length.
    """
    lines: list[str] = []
    for line in textwrap.dedent(block).strip("\n").splitlines():
        if line.startswith("  ") and lines:
            lines[-1] = f"{lines[-1]} {line.strip()}"
        else:
            lines.append(line.rstrip())
    return "\n".join(lines)


def _note(title: str, body: str, *tags: str) -> Note:
    return Note(id="", title=title, body=_text(body), tags=tags)


def _draft(template: str, title: str, status: str, sections: dict[str, str], *tags: str,
           rows: tuple[ActionRow, ...] = ()) -> Draft:
    return Draft(id="", template=template, title=title, status=status,
                 sections=tuple((key, _text(text)) for key, text in sections.items()), rows=rows, tags=tags)


# -- English -------------------------------------------------------------------------------------------


def _english() -> DemoContent:
    notes = (
        _note("Debrief: Geneva session, October 2026", """
            # Debrief after the Geneva session

            **When:** 9 October 2026, after the interactive dialogue on Afghanistan

            **Who:** Shabnam, Laila, Farid (online from Berlin)

            ## What we raised
            - The ban on girls' secondary education, now in its fifth year
            - Arrests of women protesters in **Herat** and **Mazar-i-Sharif**
            - Forced marriage cases from our interview series (anonymised, with consent)

            ## What we heard
            1. The Special Rapporteur's office wants **short, verified case summaries** before the next report.
            2. Two member-state delegations asked for a private briefing in November.
            3. The Working Group on discrimination against women and girls accepts submissions until 15 December.

            ## Follow-up
            - **Laila:** send the three case summaries to our OHCHR contact by 20 October
            - **Shabnam:** draft the communication on the Herat detentions
            - **Farid:** check that the location data is removed from every photo

            > Nobody photographs the side-event audience. We agreed on this again.
            """, "Geneva", "UN", "follow-up"),
        _note("Interview summary W-017 (Herat), consent recorded", """
            # Interview W-017: summary

            **Date:** 14 September 2026 · **Method:** Signal voice call, not recorded

            **Interviewer:** Laila · **Interpreter:** none (interview in Dari)

            ## Consent
            - Informed consent given **orally**, after the purpose and the risks were explained
            - Agrees to **anonymous** use in UN communications (as "Victim A")
            - Does **not** agree to media use, or to her city being named in public
            - Can withdraw consent at any time by telling Laila

            ## Summary
            The witness, a former schoolteacher aged 34, was detained for two days in August 2026 after a
              small protest against the closure of a girls' course. She was held with four other women,
              questioned about who organised the protest, and released after her brother signed a guarantee.

            ## Follow-up
            1. Ask whether a medical report exists (she thinks the clinic kept one)
            2. Cross-check the dates with W-012 and W-015
            3. Send her our safety guide in Dari
            """, "interview", "consent", "Herat"),
        _note("Call with the women's fund: reporting deadline", """
            # Call with the women's fund

            - The narrative report for the first six months is due on **15 January 2027**
            - They accept reports in **Dari** with a summary in English
            - The psychosocial support budget line can move to translation (they need an email)

            ## To do
            1. Farid drafts the financial part
            2. Shabnam writes the narrative, with **no names** of anyone inside Afghanistan
            """, "donor"),
        _note("Team check-in: workload and wellbeing", """
            # Monthly check-in

            Everyone is tired after Geneva. We agreed:

            - No work messages on **Fridays**
            - Each of us takes a week off before the end of the year
            - Laila stops doing night interviews alone: two people on every difficult call

            ## Support
            The counselling sessions our partner offers continue until March. They are in Dari or Pashto,
              online and **confidential**.
            """, "team"),
        _note("How we keep evidence (photos, audio, documents)", """
            # Rules for keeping evidence

            1. Original files go into the vault as **attachments**, never into chat apps.
            2. Remove the location data from photos before sharing *copies*.
            3. Name files by case code (W-017), **never** by a person's name.
            4. Two people check each case summary before it leaves the group.

            ## What we never do
            - Keep consent forms with names on a phone
            - Send audio recordings by email
            """, "evidence", "security"),
        _note("CEDAW shadow report: outline", """
            # Shadow report to CEDAW: outline

            ## Parts
            1. Education: the ban on girls' schools and universities
            2. Work: women dismissed from public offices and NGOs
            3. Movement: the *mahram* rule and travel
            4. Violence: forced marriage and the detention of protesters

            **Length:** ten pages at most, with an annex of anonymised cases.
            """, "CEDAW", "report"),
        _note("UN mechanisms we use", """
            # UN mechanisms for Afghanistan

            - **Special Rapporteur on the situation of human rights in Afghanistan:** country reports to the
              Human Rights Council
            - **Working Group on discrimination against women and girls:** thematic reports, communications
            - **CEDAW Committee:** periodic review, shadow reports
            - **Universal Periodic Review:** every four and a half years; the next one needs a joint submission

            Communications to the Special Procedures can go by email. Victims' *consent* is needed before their
              names are shared with the government.
            """, "UN"),
    )
    checklist_blocks = (
        _text("""
            # Before travelling to the Istanbul workshop
            """),
        _text("""
            ## Devices
            - [x] Travel laptop wiped and reinstalled; Amanat is **not** on it
            - [x] Phone: disappearing messages on in Signal, cloud backup off
            - [ ] Lock the vault and shut the laptop down before the airport (**not** sleep)
            """),
        _text("""
            ## Documents
            - [x] Copies of passport and visa in the group's safe folder
            - [ ] Print the workshop's invitation letter for border control
            """),
        _text("""
            ## People
            - [ ] Share the itinerary with Shabnam only, by Signal
            - [ ] Agree on a check-in time each evening; if I miss two, she calls the emergency contact
            """),
        _text("""
            **Remember:** if asked to unlock a device at a border, stay calm and call the lawyer whose number is
              on the card.
            """),
    )
    checklist = Note(id="", title="Security checklist before travel", tags=("security", "travel"), pinned=True)
    contacts = (
        Contact(
            id="", display_name="Elena Marchetti-Holm", organisation="OHCHR, Special Procedures Branch",
            role="Human rights officer", country="Switzerland", city="Geneva",
            channels=(("email", "elena.marchetti@example.org"), ("signal", "+00 41 555 0142")),
            preferred_channel="email", never_contact_via=("whatsapp",), risk_level="low",
            notes=_text("""
                Met at the October session. Wants case summaries of two pages at most, in English.
                Never send her original files.
                """), tags=("UN", "Geneva")),
        Contact(
            id="", display_name="Kaftar (focal point, Herat)", alias="Kaftar", role="Community focal point",
            country="Afghanistan", city="Herat", channels=(("signal", "+00 93 555 0111"),),
            preferred_channel="signal", never_contact_via=("phone", "whatsapp", "telegram", "email"),
            risk_level="high",
            notes=_text("""
                Never use her real name, in writing or on a call.
                Ask about "the sewing class" to check that she can talk safely.
                If she does not answer within 48 hours, tell Shabnam.
                """), tags=("Herat", "focal point")),
        Contact(
            id="", display_name="Parwana S.", alias="Blue notebook", organisation="Independent Afghan media in exile",
            role="Freelance journalist", country="Germany", city="Berlin",
            channels=(("signal", "+00 49 555 0177"), ("email", "parwana.s@example.org")),
            preferred_channel="signal", never_contact_via=("phone", "whatsapp"), risk_level="medium",
            notes=_text("""
                Publishes in Dari and English. We share only stories whose witnesses agreed to media use.
                Check every quote with the witness first.
                """), tags=("media",)),
        Contact(
            id="", display_name="Advocate Habib R.", organisation="Network of Afghan lawyers in exile",
            role="Defence lawyer", country="Pakistan", city="Islamabad",
            channels=(("signal", "+00 92 555 0133"),), preferred_channel="signal",
            never_contact_via=("email", "phone", "whatsapp", "telegram"), risk_level="high",
            notes=_text("""
                Represents families of detained protesters. Signal only, with disappearing messages.
                Never put his name in a document that leaves the group.
                """), tags=("legal",)),
        Contact(
            id="", display_name="Mireille Dubois-Okafor", organisation="Strategic litigation NGO",
            role="Senior legal adviser", country="Netherlands", city="The Hague",
            channels=(("email", "mireille.dubois@example.org"), ("phone", "+00 31 555 0190")),
            preferred_channel="email", risk_level="low",
            notes="Advises on universal jurisdiction and on arguing gender persecution.", tags=("legal",)),
        Contact(
            id="", display_name="Tomas Reinholt", organisation="Office of the Special Rapporteur on Afghanistan",
            role="Associate human rights officer", country="Switzerland", city="Geneva",
            channels=(("email", "tomas.reinholt@example.org"),), preferred_channel="email",
            never_contact_via=("telegram",), risk_level="low",
            notes="Arranges briefings with delegations. Usually answers within a week.", tags=("UN",)),
    )
    drafts = (
        _draft("un-communication", "Communication: detention of women protesters in Herat", "draft", {
            "alleged_victims": """
                Victim A: woman, 34, former schoolteacher, lives in Herat city.
                Victim B: woman, 27, university student (studies suspended), lives in Herat city.
                Names withheld; both agree to be identified to the mandate holders only.
                """,
            "alleged_perpetrators": """
                Officers of the de facto authorities' police and of the "promotion of virtue and prevention of
                  vice" department in Herat.
                """,
            "date_and_place": """
                Arrested on 18 August 2026 at about 10:00 near a women's training centre in Herat city; held
                  until 20 August 2026 at a police post in the same district.
                """,
            "description": """
                Victims A and B and three other women protested peacefully against the closure of a girls'
                  training course. Officers detained them without giving a reason, took their phones and
                  questioned them about the organisers. Victim A says she was told that her family would be
                  punished if she protested again. Both were released after a male relative signed a guarantee.
                This account rests on two separate interviews (W-017 and W-021) and one eyewitness.
                """,
            "domestic_remedies": """
                No effective remedy exists at home: the de facto authorities have suspended the constitution and
                  women cannot file a complaint without a male guardian. The families did not complain, for fear
                  of reprisals.
                """,
            "consent": """
                Victims A and B gave informed consent orally (recorded in files W-017 and W-021) to this
                  communication and to their names being shared with the mandate holders, not with the de facto
                  authorities.
                """,
        }, "UN", "Herat"),
        _draft("action-plan", "Action plan: CEDAW shadow report", "review", {
            "summary": """
                Send our shadow report to the CEDAW Committee by 20 January 2027, with anonymised cases whose
                  witnesses have all given consent.
                """,
        }, "CEDAW", rows=(
            ActionRow("Agree the outline with partners", "Whole team", "2026-11-20", "done"),
            ActionRow("Collect and anonymise case summaries (W-001 to W-030)", "Laila", "2026-12-10",
                      "in-progress"),
            ActionRow("Check consent again with every witness we quote", "Shabnam", "2026-12-05", "blocked"),
            ActionRow("Translate the Dari chapters into English", "Farid", "2027-01-08", "todo"),
            ActionRow("Submit the report to the CEDAW secretariat", "Shabnam", "2027-01-20", "todo"),
        )),
        _draft("swot", "SWOT: documenting from exile", "draft", {
            "strengths": """
                - Trusted focal points in five provinces
                - The team works in Dari, Pashto and English
                - Every case follows one method and is checked by two people
                - Good relations with UN mandate holders' offices
                """,
            "weaknesses": """
                - Small team: two people do most interviews
                - Funding ends in June 2027
                - Little legal expertise inside the group
                """,
            "opportunities": """
                - The Working Group's call for submissions (until 15 December)
                - Donors interested in gender persecution as a crime
                - Exile media audiences in Germany and Pakistan
                - University fellowships for human rights defenders
                """,
            "threats": """
                - Surveillance of our focal points' phones inside the country
                - Witnesses deported from Pakistan and Iran
                - Burnout after months of crisis work
                - Fake accounts pretending to be our group
                """,
        }, "strategy"),
        _draft("concept-note", "Concept note: digital safety training for women documenters", "draft", {
            "background": """
                Women who document violations inside Afghanistan mostly use their personal phones and have had
                  no digital safety training. Last year two of our focal points were threatened after their
                  phones were searched.
                """,
            "objectives": """
                - 20 women documenters can secure their phones and accounts
                - Each participant has a personal safety plan
                - The group publishes a short guide in Dari and Pashto
                """,
            "activities": """
                - Four online workshops of two hours, in Dari and Pashto (January to March)
                - Individual follow-up calls with each participant
                - A printed guide of 12 pages
                """,
            "expected_outcomes": """
                - 20 participants complete the workshops
                - 15 apply at least three safety settings on their phones
                - The guide is ready by the end of March 2027
                """,
            "risks": """
                - Taking part can itself be risky: the list of participants is kept only in this vault
                - Weak internet: a short audio summary of each session (without participants' voices) is sent
                - Emotional strain: a counsellor joins every workshop
                """,
        }, "training", "donor"),
        _draft("blank", "Talking points: private briefing for delegations", "review", {
            "body": """
                1. Since March 2022, girls above grade six have not been allowed to go to school.
                2. Since August 2026, at least 12 women protesters have been detained in Herat and Mazar-i-Sharif
                  (cases we have verified).
                3. Our request: the next resolution names the detention of women protesters explicitly.
                4. Any contact with witnesses goes through our group, and only with their consent.
                """,
        }, "UN"),
    )
    trashed: tuple[Item, ...] = (
        _note("Press statement (old draft, replaced)", """
            Draft statement on the school ban anniversary. Replaced by the joint statement with partners.
            """, "media"),
        Contact(id="", display_name="Parwana S. (duplicate)", role="Freelance journalist", country="Germany",
                risk_level="medium"),
    )
    return DemoContent(notes, checklist, checklist_blocks, contacts, drafts, trashed, search_query="Herat")


# -- Dari ----------------------------------------------------------------------------------------------


def _dari() -> DemoContent:
    notes = (
        _note("جمع‌بندی نشست ژنو (میزان ۱۴۰۵)", """
            # جمع‌بندی پس از نشست ژنو

            **زمان:** ۱۷ میزان ۱۴۰۵، پس از گفت‌وگوی تعاملی دربارهٔ افغانستان

            **اشتراک‌کنندگان:** شبنم، لیلا، فرید (آنلاین از برلین)

            ## موضوعاتی که مطرح کردیم
            - ممنوعیت آموزش متوسطهٔ دختران که اکنون سال پنجم آن است
            - بازداشت زنان معترض در **هرات** و **مزارشریف**
            - موارد ازدواج اجباری از مصاحبه‌های ما (بی‌نام و با رضایت)

            ## آنچه شنیدیم
            1. دفتر گزارشگر ویژه پیش از گزارش بعدی **خلاصه‌های کوتاه و تأییدشده** از پرونده‌ها می‌خواهد.
            2. هیئت‌های دو کشور عضو یک جلسهٔ توجیهی خصوصی در ماه عقرب خواستند.
            3. گروه کاری تبعیض علیه زنان و دختران تا ۲۴ قوس گزارش می‌پذیرد.

            ## پیگیری
            - **لیلا:** سه خلاصهٔ پرونده را تا ۲۸ میزان برای همکار ما در دفتر حقوق بشر بفرستد
            - **شبنم:** پیش‌نویس مکتوب دربارهٔ بازداشت‌های هرات
            - **فرید:** بررسی کند که اطلاعات موقعیت از همهٔ عکس‌ها پاک شده باشد

            > هیچ‌کس از حاضران نشست جانبی عکس نمی‌گیرد. این را دوباره توافق کردیم.
            """, "ژنو", "سازمان ملل", "پیگیری"),
        _note("خلاصهٔ مصاحبهٔ W-017 (هرات)، رضایت ثبت شد", """
            # مصاحبهٔ W-017: خلاصه

            **تاریخ:** ۲۳ سنبله ۱۴۰۵ · **روش:** تماس صوتی سیگنال، ضبط نشد

            **مصاحبه‌کننده:** لیلا · **ترجمان:** ندارد (مصاحبه به دری)

            ## رضایت
            - رضایت آگاهانه به‌صورت **شفاهی** داده شد، پس از توضیح هدف و خطرها
            - موافق است که به‌گونهٔ **بی‌نام** (به‌عنوان «قربانی الف») در مکتوب‌های سازمان ملل از آن استفاده شود
            - با استفادهٔ رسانه‌ای و بردن نام شهرش در انظار عمومی **موافق نیست**
            - هر زمان بخواهد می‌تواند با خبر دادن به لیلا رضایتش را پس بگیرد

            ## خلاصه
            شاهد، آموزگار پیشین ۳۴ ساله، می‌گوید که در ماه اسد ۱۴۰۵ پس از یک اعتراض کوچک در برابر بسته شدن
              یک کورس دخترانه، دو روز بازداشت بود. او همراه با چهار زن دیگر نگهداری شد، از او دربارهٔ
              سازمان‌دهندگان اعتراض پرسیده شد و پس از آن‌که برادرش ضمانت‌نامه امضا کرد، رها شد.

            ## پیگیری
            1. بپرسیم که آیا گزارش طبی وجود دارد (فکر می‌کند کلینیک یکی نگه داشته است)
            2. تاریخ‌ها را با W-012 و W-015 مقایسه کنیم
            3. رهنمود امنیتی دری را برایش بفرستیم
            """, "مصاحبه", "رضایت", "هرات"),
        _note("تماس با صندوق حمایت از زنان: مهلت گزارش‌دهی", """
            # تماس با صندوق حمایت از زنان

            - گزارش روایتی شش ماه نخست باید تا **۲۵ جدی ۱۴۰۵** فرستاده شود
            - گزارش به **دری** همراه با خلاصهٔ انگلیسی پذیرفته می‌شود
            - بودجهٔ حمایت روانی-اجتماعی را می‌توان به ترجمه انتقال داد (به یک ایمیل نیاز است)

            ## کارها
            1. فرید بخش مالی را آماده می‌کند
            2. شبنم گزارش روایتی را می‌نویسد، **بدون نام** هیچ کسی که در داخل افغانستان است
            """, "تمویل‌کننده"),
        _note("جلسهٔ ماهانهٔ تیم: حجم کار و سلامت روان", """
            # جلسهٔ ماهانه

            پس از ژنو همه خسته‌اند. توافق کردیم:

            - روزهای **جمعه** پیام کاری نفرستیم
            - هر کدام از ما پیش از پایان سال یک هفته رخصتی بگیرد
            - لیلا دیگر مصاحبه‌های شبانه را تنها انجام نمی‌دهد؛ در هر تماس دشوار دو نفر حاضر باشند

            ## حمایت
            جلسه‌های مشاوره‌ای که همکار ما پیشنهاد کرده تا ماه حوت ادامه دارد. جلسه‌ها به دری یا پشتو،
              آنلاین و **محرمانه** است.
            """, "تیم"),
        _note("قواعد نگهداری شواهد (عکس، صدا، اسناد)", """
            # قواعد نگهداری شواهد

            1. فایل‌های اصلی به‌صورت **پیوست** در امانت نگهداری می‌شوند، هرگز در برنامه‌های چت.
            2. پیش از شریک ساختن *کاپی* عکس‌ها، اطلاعات موقعیت را از آن‌ها پاک کنید.
            3. نام فایل‌ها را با کد پرونده (W-017) بگذارید، **هرگز** با نام اشخاص.
            4. هر خلاصهٔ پرونده پیش از بیرون رفتن از گروه، توسط دو نفر بررسی می‌شود.

            ## کارهایی که هرگز نمی‌کنیم
            - نگهداری فورم‌های رضایت با نام‌ها روی تلفن
            - فرستادن صداهای ضبط‌شده از راه ایمیل
            """, "شواهد", "امنیت"),
        _note("گزارش سایه به کمیتهٔ سیداو: طرح کلی", """
            # گزارش سایه به کمیتهٔ سیداو: طرح کلی

            ## بخش‌ها
            1. آموزش: ممنوعیت مکتب و پوهنتون برای دختران
            2. کار: برکناری زنان از ادارات دولتی و مؤسسات
            3. رفت‌وآمد: شرط *محرم* و سفر
            4. خشونت: ازدواج اجباری و بازداشت معترضان

            **اندازه:** حداکثر ده صفحه، همراه با ضمیمه‌ای از پرونده‌های بی‌نام.
            """, "سیداو", "گزارش"),
        _note("سازوکارهای سازمان ملل که از آن‌ها استفاده می‌کنیم", """
            # سازوکارهای سازمان ملل برای افغانستان

            - **گزارشگر ویژهٔ وضعیت حقوق بشر در افغانستان:** گزارش‌های کشوری به شورای حقوق بشر
            - **گروه کاری تبعیض علیه زنان و دختران:** گزارش‌های موضوعی و مکتوب‌ها
            - **کمیتهٔ سیداو:** بررسی دوره‌ای و گزارش‌های سایه
            - **بررسی دوره‌ای همگانی:** هر چهار سال و نیم؛ بررسی بعدی به یک گزارش مشترک نیاز دارد

            مکتوب‌ها به رویه‌های ویژه را می‌توان با ایمیل فرستاد. پیش از شریک ساختن نام قربانیان با حکومت،
              *رضایت* آن‌ها لازم است.
            """, "سازمان ملل"),
    )
    checklist_blocks = (
        _text("""
            # پیش از سفر به کارگاه استانبول
            """),
        _text("""
            ## دستگاه‌ها
            - [x] لپ‌تاپ سفر پاک و دوباره نصب شده؛ امانت روی آن **نیست**
            - [x] تلفن: پیام‌های ناپدیدشونده در سیگنال روشن، پشتیبان‌گیری ابری خاموش
            - [ ] پیش از رفتن به میدان هوایی، امانت را قفل و لپ‌تاپ را خاموش کنم (**نه** حالت خواب)
            """),
        _text("""
            ## اسناد
            - [x] کاپی پاسپورت و ویزا در پوشهٔ امن گروه
            - [ ] دعوت‌نامهٔ کارگاه را برای کنترل مرزی چاپ کنم
            """),
        _text("""
            ## افراد
            - [ ] برنامهٔ سفر را فقط با شبنم و از راه سیگنال شریک کنم
            - [ ] برای هر شب یک زمان احوال‌پرسی بگذاریم؛ اگر دو بار جواب ندادم، او با شمارهٔ اضطراری تماس بگیرد
            """),
        _text("""
            **به یاد داشته باش:** اگر در مرز خواستند دستگاهی را باز کنی، آرام بمان و با وکیلی که شماره‌اش
              روی کارت است تماس بگیر.
            """),
    )
    checklist = Note(id="", title="چک‌لیست امنیتی پیش از سفر", tags=("امنیت", "سفر"), pinned=True)
    contacts = (
        Contact(
            id="", display_name="النا مارکتی-هولم", organisation="کمیشنری عالی حقوق بشر، بخش رویه‌های ویژه",
            role="کارمند حقوق بشر", country="سویس", city="ژنو",
            channels=(("email", "elena.marchetti@example.org"), ("signal", "+00 41 555 0142")),
            preferred_channel="email", never_contact_via=("whatsapp",), risk_level="low",
            notes=_text("""
                در نشست میزان با او آشنا شدیم. خلاصهٔ پرونده‌ها را حداکثر در دو صفحه و به انگلیسی می‌خواهد.
                هرگز فایل‌های اصلی را برایش نفرستید.
                """), tags=("سازمان ملل", "ژنو")),
        Contact(
            id="", display_name="کفتر (نقطهٔ تماس، هرات)", alias="کفتر", role="نقطهٔ تماس محلی",
            country="افغانستان", city="هرات", channels=(("signal", "+00 93 555 0111"),),
            preferred_channel="signal", never_contact_via=("phone", "whatsapp", "telegram", "email"),
            risk_level="high",
            notes=_text("""
                نام واقعی‌اش را هرگز به کار نبرید، نه در نوشته و نه در تماس.
                برای اطمینان از این‌که می‌تواند با امنیت صحبت کند، دربارهٔ «کورس خیاطی» بپرسید.
                اگر تا ۴۸ ساعت جواب نداد، به شبنم خبر دهید.
                """), tags=("هرات", "نقطهٔ تماس")),
        Contact(
            id="", display_name="پروانه س.", alias="دفترچهٔ آبی", organisation="رسانهٔ مستقل افغان در تبعید",
            role="خبرنگار آزاد", country="آلمان", city="برلین",
            channels=(("signal", "+00 49 555 0177"), ("email", "parwana.s@example.org")),
            preferred_channel="signal", never_contact_via=("phone", "whatsapp"), risk_level="medium",
            notes=_text("""
                به دری و انگلیسی نشر می‌کند. فقط داستان‌هایی را شریک می‌کنیم که شاهدان آن‌ها به استفادهٔ رسانه‌ای
                  رضایت داده‌اند. هر نقل‌قول را نخست با شاهد چک کنید.
                """), tags=("رسانه",)),
        Contact(
            id="", display_name="وکیل حبیب ر.", organisation="شبکهٔ وکلای افغان در تبعید",
            role="وکیل مدافع", country="پاکستان", city="اسلام‌آباد",
            channels=(("signal", "+00 92 555 0133"),), preferred_channel="signal",
            never_contact_via=("email", "phone", "whatsapp", "telegram"), risk_level="high",
            notes=_text("""
                از خانواده‌های معترضان بازداشت‌شده دفاع می‌کند. فقط از راه سیگنال و با پیام‌های ناپدیدشونده.
                نامش را هرگز در سندی که از گروه بیرون می‌رود نیاورید.
                """), tags=("حقوقی",)),
        Contact(
            id="", display_name="میری دوبوا-اوکافور", organisation="مؤسسهٔ دادخواهی راهبردی",
            role="مشاور ارشد حقوقی", country="هالند", city="لاهه",
            channels=(("email", "mireille.dubois@example.org"), ("phone", "+00 31 555 0190")),
            preferred_channel="email", risk_level="low",
            notes="دربارهٔ صلاحیت قضایی جهانی و استدلال آزار جنسیتی مشوره می‌دهد.", tags=("حقوقی",)),
        Contact(
            id="", display_name="توماس راینهولت", organisation="دفتر گزارشگر ویژهٔ افغانستان",
            role="کارمند همکار حقوق بشر", country="سویس", city="ژنو",
            channels=(("email", "tomas.reinholt@example.org"),), preferred_channel="email",
            never_contact_via=("telegram",), risk_level="low",
            notes="جلسه‌های توجیهی با هیئت‌ها را هماهنگ می‌کند. معمولاً در یک هفته جواب می‌دهد.",
            tags=("سازمان ملل",)),
    )
    drafts = (
        _draft("un-communication", "مکتوب: بازداشت زنان معترض در هرات", "draft", {
            "alleged_victims": """
                قربانی الف: زن، ۳۴ ساله، آموزگار پیشین، باشندهٔ شهر هرات.
                قربانی ب: زن، ۲۷ ساله، محصل پوهنتون (درسش متوقف شده)، باشندهٔ شهر هرات.
                نام‌ها محفوظ است؛ هر دو موافق‌اند که هویت‌شان فقط با دارندگان مأموریت شریک شود.
                """,
            "alleged_perpetrators": """
                مأموران پولیس مقامات بالفعل و ادارهٔ «امر به معروف و نهی از منکر» در هرات.
                """,
            "date_and_place": """
                بازداشت در ۲۷ اسد ۱۴۰۵ (۱۸ اگست ۲۰۲۶)، حدود ساعت ۱۰ صبح، نزدیک یک مرکز آموزشی زنان در شهر هرات؛
                  نگهداری تا ۲۹ اسد در یک پوستهٔ پولیس در همان ناحیه.
                """,
            "description": """
                قربانیان الف و ب همراه با سه زن دیگر به‌گونهٔ مسالمت‌آمیز در برابر بسته شدن یک کورس آموزشی
                  دخترانه اعتراض کردند. مأموران بدون بیان دلیل آن‌ها را بازداشت کردند، تلفن‌هایشان را گرفتند و
                  دربارهٔ سازمان‌دهندگان از آن‌ها پرسیدند. قربانی الف می‌گوید به او گفته شد که اگر دوباره اعتراض
                  کند، خانواده‌اش مجازات می‌شود. هر دو پس از آن‌که یکی از مردان خانواده ضمانت‌نامه امضا کرد، رها
                  شدند.
                این شرح بر پایهٔ دو مصاحبهٔ جداگانه (W-017 و W-021) و گواهی یک شاهد عینی است.
                """,
            "domestic_remedies": """
                راه چارهٔ مؤثر داخلی وجود ندارد: مقامات بالفعل قانون اساسی را معلق کرده‌اند و زنان بدون محرم
                  نمی‌توانند شکایت کنند. خانواده‌ها از ترس انتقام شکایت نکردند.
                """,
            "consent": """
                قربانیان الف و ب به‌صورت شفاهی و آگاهانه (ثبت‌شده در پرونده‌های W-017 و W-021) به این مکتوب
                  رضایت دادند و موافق‌اند که نام‌شان با دارندگان مأموریت شریک شود، نه با مقامات بالفعل.
                """,
        }, "سازمان ملل", "هرات"),
        _draft("action-plan", "برنامهٔ عمل: گزارش سایه به سیداو", "review", {
            "summary": """
                گزارش سایهٔ ما تا ۳۰ جدی ۱۴۰۵ به کمیتهٔ سیداو فرستاده شود، با پرونده‌های بی‌نامی که رضایت همهٔ
                  شاهدان آن‌ها گرفته شده است.
                """,
        }, "سیداو", rows=(
            ActionRow("توافق بر طرح کلی با همکاران", "همهٔ تیم", "2026-11-20", "done"),
            ActionRow("جمع‌آوری و بی‌نام‌سازی خلاصهٔ پرونده‌ها (W-001 تا W-030)", "لیلا", "2026-12-10",
                      "in-progress"),
            ActionRow("بررسی دوبارهٔ رضایت با هر شاهدی که از او نقل‌قول شده", "شبنم", "2026-12-05", "blocked"),
            ActionRow("ترجمهٔ بخش‌های دری به انگلیسی", "فرید", "2027-01-08", "todo"),
            ActionRow("فرستادن گزارش به دبیرخانهٔ سیداو", "شبنم", "2027-01-20", "todo"),
        )),
        _draft("swot", "تحلیل SWOT: مستندسازی از تبعید", "draft", {
            "strengths": """
                - شبکهٔ قابل اعتماد از نقاط تماس در پنج ولایت
                - تیم به دری، پشتو و انگلیسی کار می‌کند
                - همهٔ پرونده‌ها با یک روش ثبت و توسط دو نفر بررسی می‌شوند
                - رابطهٔ خوب با دفترهای گزارشگران ویژه
                """,
            "weaknesses": """
                - تیم کوچک است؛ بیشتر مصاحبه‌ها را دو نفر انجام می‌دهند
                - بودجه در پایان جوزای ۱۴۰۶ تمام می‌شود
                - تخصص حقوقی کافی در داخل گروه نداریم
                """,
            "opportunities": """
                - فراخوان گروه کاری برای دریافت گزارش‌ها (تا ۲۴ قوس)
                - علاقهٔ تمویل‌کنندگان به آزار جنسیتی به‌عنوان جرم
                - مخاطبان رسانه‌های تبعید در آلمان و پاکستان
                - بورسیه‌های پوهنتون‌ها برای مدافعان حقوق بشر
                """,
            "threats": """
                - نظارت بر تلفن‌های نقاط تماس ما در داخل کشور
                - اخراج شاهدان از پاکستان و ایران
                - فرسودگی پس از ماه‌ها کار در شرایط بحرانی
                - حساب‌های جعلی که خود را گروه ما معرفی می‌کنند
                """,
        }, "راهبرد"),
        _draft("concept-note", "طرح مفهومی: آموزش امنیت دیجیتال برای زنان مستندساز", "draft", {
            "background": """
                زنانی که در داخل افغانستان نقض حقوق بشر را مستند می‌کنند، بیشتر با تلفن‌های شخصی کار می‌کنند و
                  آموزش امنیت دیجیتال ندیده‌اند. سال گذشته دو تن از نقاط تماس ما پس از تلاشی تلفن‌شان تهدید
                  شدند.
                """,
            "objectives": """
                - ۲۰ زن مستندساز بتوانند تلفن و حساب‌هایشان را ایمن کنند
                - هر اشتراک‌کننده یک برنامهٔ امنیتی شخصی داشته باشد
                - گروه یک رهنمود کوتاه به دری و پشتو نشر کند
                """,
            "activities": """
                - چهار کارگاه آنلاین دو ساعته به دری و پشتو (از جدی تا حوت)
                - تماس‌های پیگیری جداگانه با هر اشتراک‌کننده
                - آماده‌سازی رهنمود چاپی ۱۲ صفحه‌ای
                """,
            "expected_outcomes": """
                - ۲۰ اشتراک‌کننده کارگاه‌ها را به پایان برسانند
                - ۱۵ نفر دست‌کم سه تنظیم امنیتی را در تلفن خود عملی کنند
                - رهنمود تا پایان حوت ۱۴۰۵ آماده باشد
                """,
            "risks": """
                - اشتراک در کارگاه خودش می‌تواند خطرناک باشد: فهرست اشتراک‌کنندگان فقط در این امانت نگهداری می‌شود
                - انترنت ضعیف: خلاصهٔ صوتی کوتاه هر جلسه (بدون صدای اشتراک‌کنندگان) فرستاده می‌شود
                - فشار روانی: یک مشاور در هر کارگاه حاضر است
                """,
        }, "آموزش", "تمویل‌کننده"),
        _draft("blank", "نکات اصلی: جلسهٔ توجیهی خصوصی برای هیئت‌ها", "review", {
            "body": """
                ۱. از حمل ۱۴۰۱ به این سو، دختران بالاتر از صنف ششم اجازهٔ رفتن به مکتب را ندارند.
                ۲. از اسد ۱۴۰۵، دست‌کم ۱۲ زن معترض در هرات و مزارشریف بازداشت شده‌اند (پرونده‌هایی که ما تأیید
                  کرده‌ایم).
                ۳. درخواست ما: در قطعنامهٔ بعدی، بازداشت زنان معترض به‌صراحت نام برده شود.
                ۴. هرگونه تماس با شاهدان فقط از راه گروه ما و با رضایت خود آن‌ها.
                """,
        }, "سازمان ملل"),
    )
    trashed: tuple[Item, ...] = (
        _note("اعلامیهٔ مطبوعاتی (پیش‌نویس قدیمی، جایگزین شد)", """
            پیش‌نویس اعلامیه به مناسبت سالروز بسته شدن مکاتب. اعلامیهٔ مشترک با همکاران جای آن را گرفت.
            """, "رسانه"),
        Contact(id="", display_name="پروانه س. (تکراری)", role="خبرنگار آزاد", country="آلمان", risk_level="medium"),
    )
    return DemoContent(notes, checklist, checklist_blocks, contacts, drafts, trashed, search_query="هرات")


# -- Pashto --------------------------------------------------------------------------------------------


def _pashto() -> DemoContent:
    notes = (
        _note("د ژنېو د ناستې لنډیز (تله ۱۴۰۵)", """
            # د ژنېو له ناستې وروسته لنډیز

            **وخت:** د ۱۴۰۵ کال د تلې ۱۷مه، د افغانستان په اړه له تعاملي بحث وروسته

            **ګډونوال:** شبنم، لیلا، فرید (له برلین څخه آنلاین)

            ## هغه موضوعات چې موږ راپورته کړل
            - د نجونو د منځني ښوونځي بندیز چې اوس پنځم کال ته رسېدلی
            - په **هرات** او **مزار شریف** کې د معترضو ښځو نیول
            - زموږ له مرکو څخه د جبري واده پېښې (بې نومه او له رضایت سره)

            ## هغه څه چې مو واورېدل
            1. د ځانګړي راپور ورکوونکي دفتر له راتلونکي راپور مخکې د پېښو **لنډ او تایید شوي لنډیزونه** غواړي.
            2. د دوو غړو هېوادونو پلاوو د لړم په میاشت کې د یوې خصوصي توجیهي ناستې غوښتنه وکړه.
            3. د ښځو او نجونو پر وړاندې د تبعیض کاري ډله د لیندۍ تر ۲۴مې پورې راپورونه مني.

            ## تعقیب
            - **لیلا:** د پېښو درې لنډیزونه د تلې تر ۲۸مې د بشري حقونو په دفتر کې زموږ همکار ته ولېږي
            - **شبنم:** د هرات د نیونو په اړه د لیک مسوده
            - **فرید:** وګوري چې له ټولو انځورونو څخه د ځای معلومات پاک شوي وي

            > هېڅوک د څنګ ناستې د ګډونوالو انځور نه اخلي. دا مو بیا ومنله.
            """, "ژنېو", "ملګري ملتونه", "تعقیب"),
        _note("د W-017 مرکې لنډیز (هرات)، رضایت ثبت شو", """
            # د W-017 مرکه: لنډیز

            **نېټه:** د ۱۴۰۵ کال د وږي ۲۳مه · **طریقه:** د سیګنال غږیز تماس، ثبت نه شو

            **مرکه کوونکې:** لیلا · **ژباړونکې:** نشته (مرکه په دري ژبه وه)

            ## رضایت
            - له هدف او خطرونو د تشرېح وروسته، **شفاهي** او پوه شوی رضایت ورکړل شو
            - موافقه لري چې د ملګرو ملتونو په لیکونو کې **بې نومه** (د «قرباني الف» په توګه) وکارول شي
            - له رسنیزې کارونې او په عامه توګه د خپل ښار له یادولو سره **موافقه نه لري**
            - هر وخت کولای شي لیلا ته په ویلو خپل رضایت بېرته واخلي

            ## لنډیز
            شاهده، یوه پخوانۍ ۳۴ کلنه ښوونکې، وايي چې د ۱۴۰۵ کال د زمري په میاشت کې د نجونو د یوه کورس د
              بندېدو پر وړاندې له یوه کوچني لاریون وروسته دوه ورځې بندي وه. هغه له څلورو نورو ښځو سره ساتل
              شوې وه، د لاریون د تنظیموونکو په اړه ترې پوښتنې وشوې، او کله چې ورور یې ضمانت لیک لاسلیک کړ،
              خوشې شوه.

            ## تعقیب
            1. وپوښتو چې ایا طبي راپور شته (هغه فکر کوي چې کلینیک یو ساتلی دی)
            2. نېټې د W-012 او W-015 سره پرتله کړو
            3. د امنیت لارښود په دري ورته ولېږو
            """, "مرکه", "رضایت", "هرات"),
        _note("د ښځو د ملاتړ له صندوق سره تماس: د راپور وروستۍ نېټه", """
            # د ښځو د ملاتړ له صندوق سره تماس

            - د لومړیو شپږو میاشتو روایتي راپور باید د ۱۴۰۵ کال د **مرغومي تر ۲۵مې** ولېږل شي
            - راپور په **پښتو** یا دري، له انګرېزي لنډیز سره منل کېږي
            - د رواني-ټولنیز ملاتړ بودیجه ژباړې ته لېږدول کېدای شي (یو برېښنالیک ته اړتیا ده)

            ## دندې
            1. فرید مالي برخه چمتو کوي
            2. شبنم روایتي راپور لیکي، **پرته له نومونو** د هغو کسانو چې په افغانستان کې دننه دي
            """, "تمویلوونکی"),
        _note("د ټیم میاشتنۍ ناسته: د کار بار او روغتیا", """
            # میاشتنۍ ناسته

            له ژنېو وروسته ټول ستړي دي. موافقه مو وکړه چې:

            - د **جمعې** په ورځ د کار پیغامونه نه لېږو
            - هر یو مو د کال له پای مخکې یوه اونۍ رخصتي اخلي
            - لیلا به نور د شپې مرکې یوازې نه کوي؛ په هر سخت تماس کې دې دوه کسان حاضر وي

            ## ملاتړ
            هغه مشورتي ناستې چې زموږ همکار وړاندې کړې دي د کب تر میاشتې پورې دوام لري. ناستې په دري یا
              پښتو، آنلاین او **محرمې** دي.
            """, "ټیم"),
        _note("د شواهدو د ساتلو قواعد (انځور، غږ، اسناد)", """
            # د شواهدو د ساتلو قواعد

            1. اصلي فایلونه په امانت کې د **ضمیمې** په توګه ساتل کېږي، هېڅکله په چټ اپونو کې نه.
            2. د انځورونو د *کاپي* له شریکولو مخکې د ځای معلومات ترې پاک کړئ.
            3. فایلونه د پېښې په کوډ (W-017) نوم کړئ، **هېڅکله** د کس په نوم نه.
            4. د هرې پېښې لنډیز له ډلې څخه د وتلو مخکې دوه کسان ګوري.

            ## هغه کارونه چې هېڅکله یې نه کوو
            - په ټیلیفون کې له نومونو سره د رضایت فورمې ساتل
            - د برېښنالیک له لارې ثبت شوي غږونه لېږل
            """, "شواهد", "امنیت"),
        _note("سیډاو کمېټې ته د سیوري راپور: عمومي طرحه", """
            # سیډاو کمېټې ته د سیوري راپور: عمومي طرحه

            ## برخې
            1. زده کړه: پر نجونو د ښوونځي او پوهنتون بندیز
            2. کار: له دولتي ادارو او موسسو څخه د ښځو ګوښه کول
            3. ګرځېدل راګرځېدل: د *محرم* شرط او سفر
            4. تاوتریخوالی: جبري واده او د معترضینو نیول

            **اوږدوالی:** تر لسو مخونو زیات نه، د بې نومه پېښو له ضمیمې سره.
            """, "سیډاو", "راپور"),
        _note("د ملګرو ملتونو هغه میکانېزمونه چې کاروو یې", """
            # د افغانستان لپاره د ملګرو ملتونو میکانېزمونه

            - **په افغانستان کې د بشري حقونو د وضعیت ځانګړی راپور ورکوونکی:** د بشري حقونو شورا ته
              هېوادني راپورونه
            - **د ښځو او نجونو پر وړاندې د تبعیض کاري ډله:** موضوعي راپورونه او لیکونه
            - **د سیډاو کمېټه:** دوره‌یي کتنه او د سیوري راپورونه
            - **نړیواله دوره‌یي کتنه:** هر څلور نیم کاله؛ راتلونکې کتنه ګډ راپور ته اړتیا لري

            ځانګړو پروسیجرونو ته لیکونه په برېښنالیک لېږل کېدای شي. له حکومت سره د قربانیانو د نومونو له
              شریکولو مخکې د هغوی *رضایت* اړین دی.
            """, "ملګري ملتونه"),
    )
    checklist_blocks = (
        _text("""
            # استانبول ته د ورکشاپ له سفر مخکې
            """),
        _text("""
            ## وسایل
            - [x] د سفر لپ ټاپ پاک او بیا نصب شوی؛ امانت پرې **نشته**
            - [x] ټیلیفون: په سیګنال کې ورکېدونکي پیغامونه فعال، د کلاوډ بیک اپ بند
            - [ ] هوايي ډګر ته له تګ مخکې امانت قفل او لپ ټاپ بند کړم (**نه** د خوب حالت)
            """),
        _text("""
            ## اسناد
            - [x] د پاسپورت او ویزې کاپي د ډلې په خوندي فولډر کې
            - [ ] د ورکشاپ بلنلیک د پولې د کنټرول لپاره چاپ کړم
            """),
        _text("""
            ## خلک
            - [ ] د سفر پروګرام یوازې له شبنم سره، د سیګنال له لارې شریک کړم
            - [ ] د هر ماښام لپاره د احوال پوښتنې وخت وټاکو؛ که دوه ځله مې ځواب ورنه کړ، هغه دې بېړنۍ شمېرې ته
              زنګ ووهي
            """),
        _text("""
            **په یاد ولره:** که په پوله کې درنه وغوښتل شول چې کومه وسیله خلاصه کړې، ارامه اوسه او هغه وکیل ته
              زنګ ووهه چې شمېره یې په کارت کې ده.
            """),
    )
    checklist = Note(id="", title="له سفر مخکې امنیتي چک لیست", tags=("امنیت", "سفر"), pinned=True)
    contacts = (
        Contact(
            id="", display_name="اېلېنا مارکېټي-هولم",
            organisation="د بشري حقونو عالي کمېشنرۍ دفتر، د ځانګړو پروسیجرونو څانګه",
            role="د بشري حقونو کارکوونکې", country="سویس", city="ژنېو",
            channels=(("email", "elena.marchetti@example.org"), ("signal", "+00 41 555 0142")),
            preferred_channel="email", never_contact_via=("whatsapp",), risk_level="low",
            notes=_text("""
                د تلې په ناسته کې مو ولیدله. د پېښو لنډیزونه تر دوو مخونو لنډ او په انګرېزي غواړي.
                اصلي فایلونه هېڅکله مه ورلېږئ.
                """), tags=("ملګري ملتونه", "ژنېو")),
        Contact(
            id="", display_name="کوتره (د اړیکې ټکی، هرات)", alias="کوتره", role="سیمه‌ییز د اړیکې ټکی",
            country="افغانستان", city="هرات", channels=(("signal", "+00 93 555 0111"),),
            preferred_channel="signal", never_contact_via=("phone", "whatsapp", "telegram", "email"),
            risk_level="high",
            notes=_text("""
                اصلي نوم یې هېڅکله مه کاروئ، نه په لیکنه کې او نه په تماس کې.
                د دې لپاره چې ډاډه شئ په خوندي ډول خبرې کولای شي، د «خیاطۍ کورس» په اړه وپوښتئ.
                که تر ۴۸ ساعتونو ځواب یې ورنه کړ، شبنم ته ووایاست.
                """), tags=("هرات", "د اړیکې ټکی")),
        Contact(
            id="", display_name="پروانه س.", alias="شنه کتابچه", organisation="په تبعید کې خپلواکه افغان رسنۍ",
            role="ازاده خبریاله", country="آلمان", city="برلین",
            channels=(("signal", "+00 49 555 0177"), ("email", "parwana.s@example.org")),
            preferred_channel="signal", never_contact_via=("phone", "whatsapp"), risk_level="medium",
            notes=_text("""
                په دري او انګرېزي خپروي. یوازې هغه کیسې ورسره شریکوو چې شاهدانو یې د رسنیزې کارونې رضایت
                  ورکړی وي. هره وینا لومړی له شاهد سره وګورئ.
                """), tags=("رسنۍ",)),
        Contact(
            id="", display_name="وکیل حبیب ر.", organisation="په تبعید کې د افغان وکیلانو شبکه",
            role="مدافع وکیل", country="پاکستان", city="اسلام آباد",
            channels=(("signal", "+00 92 555 0133"),), preferred_channel="signal",
            never_contact_via=("email", "phone", "whatsapp", "telegram"), risk_level="high",
            notes=_text("""
                د نیول شویو معترضینو له کورنیو دفاع کوي. یوازې د سیګنال له لارې او له ورکېدونکو پیغامونو سره.
                نوم یې هېڅکله په هغه سند کې مه لیکئ چې له ډلې بهر ځي.
                """), tags=("حقوقي",)),
        Contact(
            id="", display_name="میری دوبوا-اوکافور", organisation="د ستراتیژیکې دعوې موسسه",
            role="لوړ پوړې حقوقي سلاکاره", country="هالنډ", city="لاهه",
            channels=(("email", "mireille.dubois@example.org"), ("phone", "+00 31 555 0190")),
            preferred_channel="email", risk_level="low",
            notes="د نړیوال قضايي صلاحیت او جنسیتي ځورونې د استدلال په اړه مشوره ورکوي.", tags=("حقوقي",)),
        Contact(
            id="", display_name="توماس راینهولټ", organisation="په افغانستان کې د ځانګړي راپور ورکوونکي دفتر",
            role="د بشري حقونو مرستیال افسر", country="سویس", city="ژنېو",
            channels=(("email", "tomas.reinholt@example.org"),), preferred_channel="email",
            never_contact_via=("telegram",), risk_level="low",
            notes="له پلاوو سره توجیهي ناستې همغږي کوي. معمولاً په یوه اونۍ کې ځواب ورکوي.",
            tags=("ملګري ملتونه",)),
    )
    drafts = (
        _draft("un-communication", "لیک: په هرات کې د معترضو ښځو نیول", "draft", {
            "alleged_victims": """
                قرباني الف: ښځه، ۳۴ کلنه، پخوانۍ ښوونکې، د هرات ښار اوسېدونکې.
                قرباني ب: ښځه، ۲۷ کلنه، د پوهنتون محصله (زده کړه یې ودرول شوې)، د هرات ښار اوسېدونکې.
                نومونه خوندي دي؛ دواړه موافقې دي چې هویت یې یوازې له ماموریت لرونکو سره شریک شي.
                """,
            "alleged_perpetrators": """
                د واقعي چارواکو د پولیسو مامورین او په هرات کې د «امر بالمعروف او نهی عن المنکر» اداره.
                """,
            "date_and_place": """
                د ۱۴۰۵ کال د زمري ۲۷مه (۱۸ اګست ۲۰۲۶)، د سهار شاوخوا لس بجې، د هرات ښار د ښځو د یوه روزنیز
                  مرکز سره نږدې ونیول شوې؛ د زمري تر ۲۹مې پورې په همدې ناحیه کې د پولیسو په یوه پوسته کې ساتل
                  شوې.
                """,
            "description": """
                قرباني الف او ب له درېیو نورو ښځو سره د نجونو د یوه روزنیز کورس د بندېدو پر وړاندې په سوله‌ییز
                  ډول لاریون وکړ. مامورینو پرته له دلیله ونیولې، ټیلیفونونه یې ترې واخیستل او د لاریون د
                  تنظیموونکو په اړه یې ترې پوښتنې وکړې. قرباني الف وايي چې ورته ویل شوي وو که بیا لاریون وکړي،
                  کورنۍ به یې سزا وویني. دواړه هغه وخت خوشې شوې چې د کورنۍ یوه نارینه غړي ضمانت لیک لاسلیک کړ.
                دا شرحه پر دوو جلا مرکو (W-017 او W-021) او د یوه عیني شاهد پر شهادت ولاړه ده.
                """,
            "domestic_remedies": """
                هېڅ اغېزمنه کورنۍ حقوقي لاره نشته: واقعي چارواکو اساسي قانون ځنډولی او ښځې پرته له محرم نه شي
                  کولای شکایت وکړي. کورنیو د غچ اخیستنې له وېرې شکایت ونه کړ.
                """,
            "consent": """
                قرباني الف او ب په شفاهي او پوه شوي ډول (د W-017 او W-021 په دوسیو کې ثبت) دې لیک ته رضایت
                  ورکړی او موافقې دي چې نومونه یې له ماموریت لرونکو سره شریک شي، نه له واقعي چارواکو سره.
                """,
        }, "ملګري ملتونه", "هرات"),
        _draft("action-plan", "د عمل پلان: سیډاو ته د سیوري راپور", "review", {
            "summary": """
                سیډاو کمېټې ته زموږ د سیوري راپور باید د ۱۴۰۵ کال د مرغومي تر ۳۰مې ولېږل شي، له هغو بې نومه
                  پېښو سره چې د ټولو شاهدانو رضایت یې اخیستل شوی وي.
                """,
        }, "سیډاو", rows=(
            ActionRow("له همکارانو سره پر عمومي طرحې موافقه", "ټول ټیم", "2026-11-20", "done"),
            ActionRow("د پېښو د لنډیزونو راټولول او بې نومه کول (W-001 تر W-030)", "لیلا", "2026-12-10",
                      "in-progress"),
            ActionRow("له هر هغه شاهد سره د رضایت بیا کتنه چې وینا یې راوړل شوې", "شبنم", "2026-12-05",
                      "blocked"),
            ActionRow("د دري او پښتو برخو انګرېزي ته ژباړه", "فرید", "2027-01-08", "todo"),
            ActionRow("د سیډاو دارالانشا ته د راپور لېږل", "شبنم", "2027-01-20", "todo"),
        )),
        _draft("swot", "د SWOT تحلیل: له تبعید څخه مستندول", "draft", {
            "strengths": """
                - په پنځو ولایتونو کې د باوري اړیکو ټکي
                - ټیم په پښتو، دري او انګرېزي کار کوي
                - ټولې پېښې په یوه طریقه ثبتېږي او دوه کسان یې ګوري
                - د ځانګړو راپور ورکوونکو له دفترونو سره ښې اړیکې
                """,
            "weaknesses": """
                - ټیم کوچنی دی؛ ډېرې مرکې دوه کسان کوي
                - بودیجه د ۱۴۰۶ کال د غبرګولي په پای کې ختمېږي
                - په ډله کې دننه کافي حقوقي تخصص نشته
                """,
            "opportunities": """
                - د راپورونو لپاره د کاري ډلې بلنه (د لیندۍ تر ۲۴مې)
                - د تمویلوونکو لېوالتیا چې جنسیتي ځورونه د جرم په توګه وڅېړي
                - په آلمان او پاکستان کې د تبعید د رسنیو لیدونکي
                - د بشري حقونو د مدافعینو لپاره د پوهنتونونو بورسونه
                """,
            "threats": """
                - په هېواد کې دننه زموږ د اړیکو ټکو پر ټیلیفونونو څارنه
                - له پاکستان او ایران څخه د شاهدانو اېستل
                - د بحراني کار له میاشتو وروسته ستړیا
                - جعلي حسابونه چې ځانونه زموږ ډله معرفي کوي
                """,
        }, "ستراتیژي"),
        _draft("concept-note", "مفهومي یادښت: د ښځو مستندوونکو لپاره د ډیجیټل امنیت روزنه", "draft", {
            "background": """
                هغه ښځې چې په افغانستان کې دننه د بشري حقونو سرغړونې مستندوي، ډېری یې په شخصي ټیلیفونونو کار
                  کوي او د ډیجیټل امنیت روزنه یې نه ده لیدلې. تېر کال زموږ د اړیکو دوه ټکي د ټیلیفون له تلاشۍ
                  وروسته وګواښل شول.
                """,
            "objectives": """
                - ۲۰ ښځې مستندوونکې وکولای شي خپل ټیلیفونونه او حسابونه خوندي کړي
                - هر ګډونوال یو شخصي امنیتي پلان ولري
                - ډله په پښتو او دري یو لنډ لارښود خپور کړي
                """,
            "activities": """
                - په پښتو او دري څلور دوه ساعته آنلاین ورکشاپونه (له مرغومي تر کب)
                - له هر ګډونوال سره جلا تعقیبي تماسونه
                - د ۱۲ مخونو د چاپي لارښود چمتو کول
                """,
            "expected_outcomes": """
                - ۲۰ ګډونوال ورکشاپونه بشپړ کړي
                - ۱۵ کسان لږ تر لږه درې امنیتي تنظیمات په خپل ټیلیفون کې عملي کړي
                - لارښود د ۱۴۰۵ کال د کب تر پای چمتو وي
                """,
            "risks": """
                - په ورکشاپ کې ګډون پخپله خطر لرلی شي: د ګډونوالو لېست یوازې په همدې امانت کې ساتل کېږي
                - کمزوری انټرنېټ: د هرې ناستې لنډ غږیز لنډیز (د ګډونوالو له غږ پرته) لېږل کېږي
                - رواني فشار: په هر ورکشاپ کې یو سلاکار حاضر وي
                """,
        }, "روزنه", "تمویلوونکی"),
        _draft("blank", "مهم ټکي: د پلاوو لپاره خصوصي توجیهي ناسته", "review", {
            "body": """
                ۱. د ۱۴۰۱ کال له وري راهیسې له شپږم ټولګي پورته نجونې ښوونځي ته د تګ اجازه نه لري.
                ۲. د ۱۴۰۵ کال له زمري راهیسې په هرات او مزار شریف کې لږ تر لږه ۱۲ معترضې ښځې نیول شوې دي (هغه
                  پېښې چې موږ تایید کړې دي).
                ۳. زموږ غوښتنه: په راتلونکي پرېکړه‌لیک کې دې د معترضو ښځو نیول په ښکاره ذکر شي.
                ۴. له شاهدانو سره هر ډول اړیکه یوازې زموږ د ډلې له لارې او د هغوی په رضایت.
                """,
        }, "ملګري ملتونه"),
    )
    trashed: tuple[Item, ...] = (
        _note("مطبوعاتي اعلامیه (زړه مسوده، بدله شوه)", """
            د ښوونځیو د بندېدو د کلیزې په مناسبت د اعلامیې مسوده. له همکارانو سره ګډې اعلامیې یې ځای ونیو.
            """, "رسنۍ"),
        Contact(id="", display_name="پروانه س. (تکراري)", role="ازاده خبریاله", country="آلمان", risk_level="medium"),
    )
    return DemoContent(notes, checklist, checklist_blocks, contacts, drafts, trashed, search_query="هرات")


_BUILDERS = {"en": _english, "fa": _dari, "ps": _pashto}


def demo_content(language: str) -> DemoContent:
    """The sample items of `language` ('en', 'fa' or 'ps')."""
    if language not in _BUILDERS:
        raise ValueError(f"no demo content in {language!r}; languages are {', '.join(DEMO_LANGUAGES)}")
    return _BUILDERS[language]()


def checklist_versions(content: DemoContent) -> list[str]:
    """The successive bodies of the pinned checklist, oldest first."""
    return ["\n\n".join(content.checklist_blocks[:count]) for count in CHECKLIST_VERSIONS]


def fill_demo_vault(vault: Vault, language: str) -> DemoItems:
    """Write the sample content of `language` into an open vault through the core's one write path.

    Items are added one at a time, oldest first, so every list shows them in
    the order `DemoContent` gives. The checklist is pinned and saved three
    times (History shows its versions); the trashed items are added, then
    deleted.
    """
    content = demo_content(language)
    items = vault.items
    trashed = [items.add(item) for item in content.trashed]
    notes = [items.add(note) for note in reversed(content.notes)][::-1]
    versions = checklist_versions(content)
    checklist = items.add(replace(content.checklist, body=versions[0]))
    for body in versions[1:]:
        assert isinstance(checklist, Note)
        checklist = items.save(replace(checklist, body=body))
    contacts = [items.add(contact) for contact in reversed(content.contacts)][::-1]
    drafts = {draft.template: items.add(draft) for draft in reversed(content.drafts)}
    for item in trashed:
        items.delete(item.id)
    return DemoItems(
        language=language,
        showcase_note=notes[0].id,
        checklist_note=checklist.id,
        high_risk_contact=next(c.id for c in contacts if isinstance(c, Contact) and c.risk_level == "high"),
        swot=drafts["swot"].id,
        action_plan=drafts["action-plan"].id,
        concept_note=drafts["concept-note"].id,
        un_communication=drafts["un-communication"].id,
        search_query=content.search_query,
    )
