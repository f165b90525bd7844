"""Search results and snippets over English, Dari and Pashto items stay exactly what they were.

EXPECTED was written by the search of main before snippets were made cheaper (commit e75dc92);
any change to ranking, matching or snippets shows here.
"""

from __future__ import annotations

from dataclasses import replace

from amanat.app.models import ActionRow, Contact
from amanat.app.vault import Vault

ZWNJ = "\u200c"
FILLER_EN = "The committee met again in the evening and wrote down what each witness said. "
FILLER_FA = "کمیته دوباره شب جلسه کرد و گفته‌های هر شاهد را نوشت. "
FILLER_PS = "کمیټې بیا د ماښام غونډه وکړه او د هر شاهد خبرې یې ولیکلې. "

NOTES = [
    ("Court hearing", FILLER_EN * 3 + "The hearing at the provincial court was postponed; lawyers documented it. "
     + FILLER_EN * 2),
    ("Documentation plan", "Documentation of detentions: names, dates, places.\nSecond line about documents."),
    ("گزارش دادگاه", FILLER_FA * 2 + f"جلسهٔ دادگاه ولایتی به تعویق افتاد؛ وکیلان آن را مستند کردند. می{ZWNJ}خواهم "
     "بدانم كه كتاب كجاست. " + FILLER_FA * 2),
    ("مستندسازی", "مستندسازی بازداشت‌ها: نام‌ها، تاریخ‌ها و جاها. کَتَبَ ۱۴۰۳"),
    ("د محکمې راپور", FILLER_PS * 2 + "د ولایتي محکمې اورېدنه وځنډول شوه؛ وکیلانو ثبت کړه. " + FILLER_PS),
    ("مستندول", "د توقیفونو مستندول: نومونه، نېټې او ځایونه. ١٤٠٣"),
    ("Mixed", "Witness شاهد said the court محکمه closed; گزارش report filed. Zalgo wit\u0301\u0301ness."),
]
QUERIES = [
    "court", "hearing prov", "document", "witness", "wit", "lawyers postponed", "1403",
    "دادگاه", "كتاب", "میخواهم", "مستند", "شاهد", "کتب", "۱۴۰۳",
    "محکمې", "محکمه", "مستندول", "شاهد ولیک", "Nasrin", "Publish",
]


def fill(vault: Vault) -> None:
    """Every note above, one contact and one action-plan draft."""
    for title, body in NOTES:
        vault.items.add_note(title, body, tags=("report",) if "Court" in title else ())
    vault.items.add(Contact(id="", display_name="Nasrin", organisation="Documentation Centre",
                            notes="Met her at the court in Herat; شاهد", channels=(("email", "nasrin@example.org"),)))
    draft = vault.items.new_draft("action-plan", "Plan")
    vault.items.save(replace(draft, rows=(ActionRow("Publish documentation of the hearing", "Nasrin"),)))


def search_table(vault: Vault) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """For each query: (kind, title, snippet) of every hit, best first."""
    return [(query, [(hit.kind, hit.title, hit.snippet) for hit in vault.items.search(query, limit=50)])
            for query in QUERIES]


EXPECTED = [('court',
  [('note', 'Court hearing', '…hearing at the provincial [court] was postponed; lawyers documented it. The…'),
   ('note', 'Mixed', 'Witness شاهد said the [court] محکمه closed; گزارش report filed. Zalgo wit́́ness.'),
   ('contact', 'Nasrin', 'Documentation Centre Met her at the [court] in Herat; شاهد nasrin@example.org')]),
 ('hearing prov',
  [('note', 'Court hearing', '…each witness said. The [hearing] at the [prov]incial court was postponed; lawyers…')]),
 ('document',
  [('note',
    'Documentation plan',
    '[Document]ation of detentions: names, dates, places. Second line about [document]s.'),
   ('draft', 'Plan', 'Publish [document]ation of the hearing Nasrin todo'),
   ('contact', 'Nasrin', '[Document]ation Centre Met her at the court in Herat; شاهد nasrin@example.org'),
   ('note', 'Court hearing', '…was postponed; lawyers [document]ed it. The committee met again in the evening…')]),
 ('witness',
  [('note', 'Mixed', '[Witness] شاهد said the court محکمه closed; گزارش report filed. Zalgo [wit́́ness].'),
   ('note', 'Court hearing', '…and wrote down what each [witness] said. The committee met again in the evening…')]),
 ('wit',
  [('note', 'Mixed', '[Wit]ness شاهد said the court محکمه closed; گزارش report filed. Zalgo [wit́́]ness.'),
   ('note', 'Court hearing', '…and wrote down what each [wit]ness said. The committee met again in the evening…')]),
 ('lawyers postponed',
  [('note', 'Court hearing', '…the provincial court was [postponed]; [lawyers] documented it. The committee met…')]),
 ('1403',
  [('note', 'مستندول', 'د توقیفونو مستندول: نومونه، نېټې او ځایونه. [١٤٠٣]'),
   ('note', 'مستندسازی', 'مستندسازی بازداشت\u200cها: نام\u200cها، تاریخ\u200cها و جاها. کَتَبَ [۱۴۰۳]')]),
 ('دادگاه',
  [('note', 'گزارش دادگاه', '…هر شاهد را نوشت. جلسهٔ [دادگاه] ولایتی به تعویق افتاد؛ وکیلان آن را مستند…')]),
 ('كتاب',
  [('note',
    'گزارش دادگاه',
    '…کردند. می\u200cخواهم بدانم كه [كتاب] كجاست. کمیته دوباره شب جلسه کرد و گفته\u200cهای هر…')]),
 ('میخواهم',
  [('note',
    'گزارش دادگاه',
    '…وکیلان آن را مستند کردند. [می\u200cخواهم] بدانم كه كتاب كجاست. کمیته دوباره شب جلسه کرد…')]),
 ('مستند',
  [('note', 'مستندول', 'د توقیفونو [مستند]ول: نومونه، نېټې او ځایونه. ١٤٠٣'),
   ('note', 'مستندسازی', '[مستند]سازی بازداشت\u200cها: نام\u200cها، تاریخ\u200cها و جاها. کَتَبَ ۱۴۰۳'),
   ('note', 'گزارش دادگاه', '…تعویق افتاد؛ وکیلان آن را [مستند] کردند. می\u200cخواهم بدانم كه كتاب كجاست. کمیته…')]),
 ('شاهد',
  [('note',
    'گزارش دادگاه',
    '…شب جلسه کرد و گفته\u200cهای هر [شاهد] را نوشت. کمیته دوباره شب جلسه کرد و گفته\u200cهای هر…'),
   ('note', 'د محکمې راپور', '…ماښام غونډه وکړه او د هر [شاهد] خبرې یې ولیکلې. کمیټې بیا د ماښام غونډه وکړه او د…'),
   ('note', 'Mixed', 'Witness [شاهد] said the court محکمه closed; گزارش report filed. Zalgo wit́́ness.'),
   ('contact', 'Nasrin', 'Documentation Centre Met her at the court in Herat; [شاهد] nasrin@example.org')]),
 ('کتب', [('note', 'مستندسازی', 'مستندسازی بازداشت\u200cها: نام\u200cها، تاریخ\u200cها و جاها. [کَتَبَ] ۱۴۰۳')]),
 ('۱۴۰۳',
  [('note', 'مستندول', 'د توقیفونو مستندول: نومونه، نېټې او ځایونه. [١٤٠٣]'),
   ('note', 'مستندسازی', 'مستندسازی بازداشت\u200cها: نام\u200cها، تاریخ\u200cها و جاها. کَتَبَ [۱۴۰۳]')]),
 ('محکمې',
  [('note', 'د محکمې راپور', '…خبرې یې ولیکلې. د ولایتي [محکمې] اورېدنه وځنډول شوه؛ وکیلانو ثبت کړه. کمیټې بیا د…')]),
 ('محکمه', [('note', 'Mixed', 'Witness شاهد said the court [محکمه] closed; گزارش report filed. Zalgo wit́́ness.')]),
 ('مستندول', [('note', 'مستندول', 'د توقیفونو [مستندول]: نومونه، نېټې او ځایونه. ١٤٠٣')]),
 ('شاهد ولیک',
  [('note',
    'د محکمې راپور',
    '…ماښام غونډه وکړه او د هر [شاهد] خبرې یې [ولیک]لې. کمیټې بیا د ماښام غونډه وکړه او د…')]),
 ('Nasrin',
  [('contact', 'Nasrin', 'Documentation Centre Met her at the court in Herat; شاهد [nasrin]@example.org'),
   ('draft', 'Plan', 'Publish documentation of the hearing [Nasrin] todo')]),
 ('Publish', [('draft', 'Plan', '[Publish] documentation of the hearing Nasrin todo')])]


def test_results_and_snippets_are_unchanged(vault: Vault) -> None:
    fill(vault)
    assert search_table(vault) == EXPECTED


def test_hits_found_first_and_snippets_made_later_are_the_same(vault: Vault) -> None:
    fill(vault)
    for query in QUERIES:
        hits = vault.items.find(query, limit=50)
        assert all(hit.snippet == "" for hit in hits)
        later = [(hit.kind, hit.title, vault.items.snippet_of(hit, query)) for hit in hits]
        assert later == dict(EXPECTED)[query]
