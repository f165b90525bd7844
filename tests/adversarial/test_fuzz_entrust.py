"""The parsers of entrusting, fuzzed like every other parser of outside input (test_fuzz_parsers.py): a key
file with an entrust slot, a recovery request (re-signed by its one-time key), a share or answer payload,
and a share's words. Only Amanat's own errors come out, in bounded time and memory."""

from __future__ import annotations

import base64
import json
import secrets

from hypothesis import given
from hypothesis import strategies as st

from amanat.crypto.encoding import canonical_json
from amanat.crypto.entrust_shares import EntrustTerms, check_share, combine_shares, share_digest, split_secret
from amanat.crypto.identity import Identity
from amanat.crypto.keyfile import KeyFile, generate_vault_key
from amanat.crypto.secret_bytes import SecretBytes
from amanat.sync.entrust_messages import (
    BEGIN_REQUEST,
    END_REQUEST,
    REQUEST_CONTEXT,
    AnswerMessage,
    ShareMessage,
    decode_entrust,
    encode_answer,
    encode_share,
    make_request,
    parse_request,
)
from tests.adversarial.mutations import dump, json_mutations, variants
from tests.adversarial.test_fuzz_parsers import FUZZ, only_amanat_errors

ONE_TIME = Identity.generate()
SECRET = SecretBytes(secrets.token_bytes(32))
SHARES = split_secret(SECRET, 2, 3)
SET_ID = "5e" * 16
TERMS = EntrustTerms(SET_ID, 2, 3, 1_796_000_000, tuple(share_digest(SET_ID, s) for s in SHARES))
KEY_FILE = KeyFile.new().with_entrust(generate_vault_key(), SECRET, TERMS).to_bytes()
REQUEST = make_request(ONE_TIME, "ab" * 16, SET_ID, 1_796_000_000)
SHARE_PAYLOAD = encode_share(ShareMessage("ab" * 16, SET_ID, "مریم", 2, 3, 1_796_000_000, SHARES[0]))
ANSWER_PAYLOAD = encode_answer(AnswerMessage("ab" * 16, SET_ID, "Farid", ONE_TIME.public.fingerprint.hex(),
                                             SHARES[1]))


@st.composite
def requests(draw: st.DrawFn) -> bytes:
    """A request whose fields are mutated, then signed again by the one-time key (so the checks are reached)."""
    fields = json.loads(base64.b64decode("".join(REQUEST.to_text().splitlines()[1:-1])))
    fields.pop("signature")
    mutated = draw(json_mutations(fields))
    try:
        signed = REQUEST_CONTEXT + canonical_json(mutated)
        signature = base64.b64encode(ONE_TIME.sign(signed)).decode()
    except (TypeError, ValueError):
        signature = "AAAA"
    body = dict(mutated, signature=signature) if isinstance(mutated, dict) else mutated
    encoded = base64.b64encode(dump(body).encode("utf-8", "surrogatepass")).decode()
    return f"{BEGIN_REQUEST}\n{encoded}\n{END_REQUEST}\n".encode()


@FUZZ
@given(data=st.data())
def test_parse_request(data: st.DataObject) -> None:
    original = REQUEST.to_text().encode()
    raw = data.draw(variants(original, requests))
    only_amanat_errors(lambda: parse_request(raw), len(raw))


@FUZZ
@given(data=st.data())
def test_decode_entrust(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from([SHARE_PAYLOAD, ANSWER_PAYLOAD]))
    structured = lambda: json_mutations(json.loads(original)).map(  # noqa: E731
        lambda doc: dump(doc).encode("utf-8", "surrogatepass"))
    raw = data.draw(variants(original, structured))
    only_amanat_errors(lambda: decode_entrust(raw), len(raw))


@FUZZ
@given(data=st.data())
def test_key_file_with_an_entrust_slot(data: st.DataObject) -> None:
    raw = data.draw(variants(KEY_FILE))
    only_amanat_errors(lambda: KeyFile.parse(raw), len(raw))


@FUZZ
@given(words=st.lists(st.text(max_size=12), max_size=40), keep=st.integers(0, 32))
def test_share_words(words: list[str], keep: int) -> None:
    real = SHARES[0].split()
    text = " ".join(real[:keep] + words)
    only_amanat_errors(lambda: check_share(text), len(text.encode("utf-8", "surrogatepass")))
    only_amanat_errors(lambda: combine_shares([text, SHARES[1]]), len(text.encode("utf-8", "surrogatepass")))
