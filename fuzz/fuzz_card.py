"""atheris: `amanat.crypto.contact_card.parse_card` on bytes and on text.

Run: python fuzz/fuzz_card.py -max_total_time=60
"""

from __future__ import annotations

from harness import instrumented, run

with instrumented():
    from amanat.crypto.contact_card import card_to_file_bytes, card_to_text, make_card, parse_card
    from amanat.crypto.identity import Identity


def check(data: bytes) -> None:
    parse_card(data)
    parse_card(data.decode("utf-8", "replace"))


def main() -> None:
    card = make_card(Identity.generate(), "مریم Mariam", 1_700_000_000)
    run(check, [card_to_file_bytes(card), card_to_text(card).encode()])


if __name__ == "__main__":
    main()
