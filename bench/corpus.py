"""Deterministic notes and queries in mixed Persian (Dari), Pashto and English, for benchmarks.

The text is not meant to read well, only to look like a defender's notes to the
storage and search code: word frequencies follow Zipf's law (a few function
words everywhere, a long tail of names and terms), Persian plurals carry the
zero-width non-joiner, some words are typed with the Arabic kaf and yeh that
Arabic keyboards produce, and numbers come in Persian or Latin digits.
Everything is drawn from one `random.Random(seed)`, so a seed always gives
the same notes and queries on every machine and Python version.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from amanat.app.models import Note

DEFAULT_SEED = 1405

ZWNJ = "\u200c"
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# What an Arabic keyboard types instead of the Persian kaf and yeh.
ARABIC_VARIANTS = str.maketrans({"ک": "ك", "ی": "ي"})

PERSIAN_FUNCTION_WORDS = (
    "و در به از که این با را برای است آن یک تا بر هم نیز شد شده می‌شود کرد بود "
    "باید اما یا اگر پس چون همه هر دیگر خود ما آنها او"
).split()
PERSIAN_CONTENT_WORDS = (
    "جلسه گزارش حقوق بشر زنان کابل مدافع سازمان ملل دادگاه زندان بازداشت شکنجه آزادی "
    "بیان خبرنگار وکیل شاهد قربانی خانواده کودکان آموزش دختران مدرسه دانشگاه طالبان هرات "
    "مزارشریف بلخ بدخشان قندهار ننگرهار پناهنده مهاجرت ایران پاکستان ترکیه آلمان سفارت "
    "ویزا پرونده شکایت مستند مصاحبه امنیت تهدید خشونت عدالت قانون اساسی دولت حکومت "
    "انتخابات رسانه روزنامه تلفن ایمیل پیام رمز کمیته کمیسیون شورا نماینده گزارشگر ویژه "
    "تحقیق بررسی اعتراض تظاهرات کار سلامت بیمارستان پزشک دارو غذا کمک بشردوستانه بودجه "
    "پروژه برنامه اقدام هدف نتیجه خطر ارزیابی همکار شبکه فعال مدنی جامعه اقلیت هزاره قومی "
    "مذهبی محلی بین‌المللی شهادت اعدام ناپدید قتل ربودن اجباری ازدواج دادستان قاضی حکم "
    "محاکمه استیناف سند مدرک عکس ویدیو پیگیری مهلت ارسال بیانیه ژنو کشور ولایت ولسوالی "
    "روستا شهر مرز فرودگاه پاسپورت تابعیت اقامت پناهندگی درخواست مصوبه قطعنامه نقض "
    "مسئولیت پاسخگویی حمایت روانی اجتماعی اقتصادی معیشت کارگر دستمزد زمین مالکیت "
    "میراث فرهنگ زبان دری پشتو ازبکی ترجمه مترجم نشست کارگاه آموزشی ظرفیت رهبری "
    "مشارکت سیاسی نمایندگی پارلمان وزارت امور خارجه داخله عدلیه پولیس استخبارات "
    "تفتیش خانه موبایل اینترنت فیلترینگ سانسور نگرانی فوری محرمانه ناشناس"
).split()
# Pashto: its own letters (ټ ډ ړ ږ ښ ګ ڼ ې ۍ) besides those it shares with Dari.
PASHTO_FUNCTION_WORDS = (
    "او په د له چې دا یو ته سره هم لپاره کې شو وو ده دي نه پر هغه دوی موږ"
).split()
PASHTO_CONTENT_WORDS = (
    "غونډه راپور حقونه ښځې کابل مدافع سازمان محکمه زندان بندي شکنجه ازادي خبریال وکیل شاهد "
    "قرباني کورنۍ ماشومان زده‌کړه نجونې ښوونځی پوهنتون طالبان هرات کندهار ننګرهار کډوال پناه "
    "سفارت ویزه دوسیه شکایت مرکه امنیت ګواښ تاوتریخوالی عدالت قانون حکومت ټاکنې رسنۍ ورځپاڼه "
    "تلیفون پیغام کمېټه استازی څېړنه لاریون روغتیا روغتون ډاکټر درمل خوراک مرسته بودیجه پروژه "
    "پلان هدف خطر همکار شبکه فعال ټولنه لږکي ولایت ولسوالۍ کلی ښار پوله پاسپورت غوښتنه ژباړه "
    "ژباړن ورکشاپ روزنه ګډون پارلمان وزارت پولیس ګرځنده انټرنیټ سانسور اندېښنه بیړنی پټ"
).split()
ENGLISH_FUNCTION_WORDS = (
    "the of and to in a for on with is was by at from that this are be as has have not will"
).split()
ENGLISH_CONTENT_WORDS = (
    "meeting report human rights women Kabul defender organisation united nations court "
    "prison detention torture freedom expression journalist lawyer witness victim family "
    "children education girls school university Taliban Herat Mazar Balkh Badakhshan "
    "Kandahar refugee migration embassy visa case complaint evidence interview security "
    "threat violence justice law constitution government election media newspaper phone "
    "email message password committee commission council representative rapporteur "
    "special investigation review protest health hospital doctor medicine food aid "
    "humanitarian budget funding project programme action goal outcome risk assessment "
    "colleague network activist civil society minority Hazara ethnic religious local "
    "international testimony execution disappeared killing abduction forced marriage "
    "prosecutor judge verdict trial appeal document photo video follow-up deadline "
    "submission statement Geneva OHCHR UNAMA province district village border airport "
    "passport residence asylum application resolution violation accountability support "
    "psychosocial livelihood wages land property heritage language Dari Pashto "
    "translation interpreter workshop training capacity leadership participation "
    "parliament ministry foreign interior police intelligence search house mobile "
    "internet censorship concern urgent confidential anonymous shelter safehouse "
    "relocation evacuation donor grant proposal partner Brussels Berlin Islamabad Tehran"
).split()
TAGS = (
    "urgent", "follow-up", "legal", "UN", "donor", "security", "interview", "draft",
    "کابل", "هرات", "گزارش", "حقوق زنان", "فوری", "مصاحبه", "پرونده", "پناهندگی",
)

MIXES = (("persian", 0.5), ("pashto", 0.15), ("english", 0.2), ("mixed", 0.15))


@dataclass(frozen=True)
class Vocabulary:
    """Words in rank order with Zipf cumulative weights (rank r weighs 1 / r**exponent)."""

    words: tuple[str, ...]
    cumulative_weights: tuple[float, ...]

    @classmethod
    def zipf(cls, words: Sequence[str], exponent: float) -> Vocabulary:
        """Weigh `words` by their position in the sequence."""
        weights = [1.0 / (rank ** exponent) for rank in range(1, len(words) + 1)]
        return cls(words=tuple(words), cumulative_weights=tuple(itertools.accumulate(weights)))

    def draw(self, rng: random.Random) -> str:
        """One word, drawn by frequency."""
        return rng.choices(self.words, cum_weights=self.cumulative_weights)[0]


@dataclass(frozen=True)
class Language:
    """Function words (everywhere) and content words (a long tail) of one language."""

    function_words: Vocabulary
    content_words: Vocabulary

    def draw(self, rng: random.Random, function_share: float) -> tuple[str, bool]:
        """A word and whether it is a content word."""
        if rng.random() < function_share:
            return self.function_words.draw(rng), False
        return self.content_words.draw(rng), True


PERSIAN = Language(Vocabulary.zipf(PERSIAN_FUNCTION_WORDS, 1.0), Vocabulary.zipf(PERSIAN_CONTENT_WORDS, 0.9))
ENGLISH = Language(Vocabulary.zipf(ENGLISH_FUNCTION_WORDS, 1.0), Vocabulary.zipf(ENGLISH_CONTENT_WORDS, 0.9))
PASHTO = Language(Vocabulary.zipf(PASHTO_FUNCTION_WORDS, 1.0), Vocabulary.zipf(PASHTO_CONTENT_WORDS, 0.9))
BODY_FUNCTION_SHARE = 0.45
TITLE_FUNCTION_SHARE = 0.15


def arabic_variant(word: str) -> str:
    """The word as an Arabic keyboard types it (ك for ک, ي for ی); unchanged if it has neither."""
    return word.translate(ARABIC_VARIANTS)


def has_arabic_variant(word: str) -> bool:
    """True when the word contains a Persian kaf or yeh, so its Arabic spelling differs."""
    return arabic_variant(word) != word


class CorpusGenerator:
    """Notes and queries from one seeded random stream."""

    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self._rng = random.Random(seed)

    # -- words ------------------------------------------------------------

    def _persian_word(self, word: str, content: bool) -> str:
        rng = self._rng
        if content:
            roll = rng.random()
            if roll < 0.12:
                word += ZWNJ + "ها"  # plural, written with the non-joiner
            elif roll < 0.20:
                word += (ZWNJ + "ی") if word.endswith("ه") else "ی"  # ezafe / indefinite
        if rng.random() < 0.06:
            word = arabic_variant(word)
        return word

    def _number(self) -> str:
        rng = self._rng
        kind = rng.random()
        if kind < 0.4:
            text = str(rng.randint(1398, 1405))  # a solar-hijri year
        elif kind < 0.7:
            text = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        else:
            text = str(rng.randint(1, 500))
        return text.translate(PERSIAN_DIGITS) if rng.random() < 0.5 else text

    def _words(self, language: str, count: int, function_share: float) -> list[str]:
        rng = self._rng
        words: list[str] = []
        for _ in range(count):
            if rng.random() < 0.03:
                words.append(self._number())
                continue
            persian = language == "persian" or (language == "mixed" and rng.random() < 0.5)
            if language == "pashto":
                words.append(self._persian_word(*PASHTO.draw(rng, function_share)))
            elif persian:
                words.append(self._persian_word(*PERSIAN.draw(rng, function_share)))
            else:
                words.append(ENGLISH.draw(rng, function_share)[0])
        return words

    def _language(self) -> str:
        names = [name for name, _ in MIXES]
        return self._rng.choices(names, weights=[weight for _, weight in MIXES])[0]

    # -- notes ------------------------------------------------------------

    def _sentences(self, words: list[str], language: str) -> str:
        rng = self._rng
        stop = "." if language == "english" else rng.choice((".", ".", "؛", "."))
        sentences: list[str] = []
        paragraphs: list[str] = []
        start = 0
        while start < len(words):
            length = rng.randint(6, 15)
            sentence = " ".join(words[start:start + length])
            sentences.append(sentence[:1].upper() + sentence[1:] + stop)
            start += length
            if rng.random() < 0.25:
                paragraphs.append(" ".join(sentences))
                sentences = []
        if sentences:
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)

    def note(self) -> Note:
        """One note: a 3–8 word title, a 30–120 word body, 0–3 tags; id left for the vault."""
        rng = self._rng
        language = self._language()
        title = " ".join(self._words(language, rng.randint(3, 8), TITLE_FUNCTION_SHARE))
        words = self._words(language, rng.randint(30, 120), BODY_FUNCTION_SHARE)
        body = self._sentences(words, language)
        tags = tuple(rng.sample(TAGS, rng.randint(0, 3)))
        return Note(id="", title=title, body=body, tags=tags)

    def notes(self, count: int) -> Iterator[Note]:
        """`count` notes, generated lazily."""
        for _ in range(count):
            yield self.note()

    # -- queries ----------------------------------------------------------

    def query(self) -> str:
        """A 1–2 word query of Dari, Pashto or English content words; some cut to 3-letter prefixes, some in
        Arabic letters."""
        rng = self._rng
        pool = rng.choice((PERSIAN_CONTENT_WORDS, PERSIAN_CONTENT_WORDS, PASHTO_CONTENT_WORDS, ENGLISH_CONTENT_WORDS))
        words = rng.sample(pool, rng.choice((1, 1, 2)))
        shaped: list[str] = []
        for word in words:
            roll = rng.random()
            if roll < 0.3 and len(word) > 3:
                word = word[:3]
            elif roll < 0.5 and has_arabic_variant(word):
                word = arabic_variant(word)
            shaped.append(word.lower() if rng.random() < 0.5 else word)
        return " ".join(shaped)

    def queries(self, count: int) -> list[str]:
        """`count` queries."""
        return [self.query() for _ in range(count)]


def generate_notes(count: int, seed: int = DEFAULT_SEED) -> Iterator[Note]:
    """The first `count` notes of the corpus for `seed`."""
    return CorpusGenerator(seed).notes(count)


def generate_queries(count: int, seed: int = DEFAULT_SEED) -> list[str]:
    """`count` search queries for `seed` (a stream separate from the notes')."""
    return CorpusGenerator(seed + 1).queries(count)


def batched(notes: Iterator[Note], size: int) -> Iterator[list[Note]]:
    """Consecutive lists of at most `size` notes."""
    while batch := list(itertools.islice(notes, size)):
        yield batch
