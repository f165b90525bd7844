"""atheris: `.eml`/`.mbox` files (`read_mail_files`) and pasted text (`receive_pasted`).

Run: python fuzz/fuzz_mail.py -max_total_time=60
"""

from __future__ import annotations

from harness import instrumented, run, scratch

with instrumented():
    from amanat.crypto.age import X25519Identity, armor, encrypt
    from amanat.sync.transports import draft_messages, read_mail_files, receive_pasted


def main() -> None:
    path = scratch() / "input.eml"

    def check(data: bytes) -> None:
        path.write_bytes(data)
        read_mail_files([path])
        receive_pasted(data.decode("utf-8", "replace"))

    bundle = encrypt(b"x" * 3000, [X25519Identity.generate().recipient])
    drafts = draft_messages(bundle)
    mbox = b"".join(b"From nobody Thu Jan  1 00:00:00 2026\n" + d + b"\n" for d in drafts)
    run(check, [*drafts, mbox, armor(bundle).encode()])


if __name__ == "__main__":
    main()
