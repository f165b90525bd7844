"""atheris: a bundle through every layer, as `BundleExchange.import_bundle` reads it.

`amanat.sync.bundle.open_bundle` (armor, age, envelope) with a real identity, then on the same bytes
`amanat.sync.envelope.open_envelope`, `amanat.sync.bundle_payload.decode_payload`,
`amanat.sync.group_log.GroupLog.from_ops` (bytes split on newlines) and
`amanat.sync.item_document.ItemDocument.from_update`, so each layer is fuzzed
directly too (a fuzzer rarely gets past age's MAC). Run: python fuzz/fuzz_bundle.py -max_total_time=60
"""

from __future__ import annotations

from harness import instrumented, run, scratch

with instrumented():
    from amanat.sync.bundle import MAX_BUNDLE_BYTES, open_bundle
    from amanat.sync.bundle_payload import decode_payload
    from amanat.sync.envelope import open_envelope
    from amanat.sync.group_log import GroupLog
    from amanat.sync.item_document import ItemDocument
    from tests.adversarial.world import make_samples, open_pair


def main() -> None:
    directory = scratch()
    samples = make_samples(open_pair(directory), directory)

    def check(data: bytes) -> None:
        layer = data[:1]
        rest = data[1:]
        if layer == b"b":
            open_bundle(rest, samples.me)
        elif layer == b"e":
            open_envelope(rest, max_payload=MAX_BUNDLE_BYTES)
        elif layer == b"p":
            decode_payload(rest)
        elif layer == b"g":
            GroupLog.from_ops(rest.split(b"\n--op--\n"))
        else:
            ItemDocument.from_update(rest)

    seeds = [b"b" + samples.bundle, b"b" + samples.armored_bundle, b"e" + samples.envelope, b"p" + samples.payload,
             b"g" + b"\n--op--\n".join(samples.decoded.group_ops)]
    seeds += [b"d" + update for update in samples.decoded.documents.values()]
    run(check, seeds)


if __name__ == "__main__":
    main()
