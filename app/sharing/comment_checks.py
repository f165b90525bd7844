"""What a bundle may do to an item's comments: add records its authors signed, nothing else.

A malicious member holds the group's keys to the bundle but not the others' signing keys. The
checks run on the merged document before anything is written (a refusal rolls the whole bundle
back): every record that was here is still here, byte for byte (nobody edits or deletes someone
else's comment, nor their own once it left); every new record is well formed, names this item and
verifies under its author's key; its author is this vault or someone who was ever a member of the
group the bundle came in (a comment is attributed to the key that signed it, never to a name);
a reply or change of state names a thread the item holds; and no thread has more replies than
`MAX_REPLIES`. Record counts and sizes were checked when the document was read
(`amanat.sync.comment_document.stored_records`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from amanat.crypto.errors import DamagedInput
from amanat.sync.comments import MAX_REPLIES, DamagedComment, ForgedComment, parse_record, verify_record
from amanat.sync.item_document import ItemDocument

__all__ = ["CommentsRefused", "ForgedComment", "check_comment_changes"]


class CommentsRefused(DamagedInput):
    """A bundle would change, remove or damage comments, or overfill a thread (nothing is applied)."""


def check_comment_changes(item_id: str, before: Mapping[str, str], merged: ItemDocument,
                          authors: set[str]) -> int:
    """Refuse (`CommentsRefused`, `ForgedComment`) what a bundle may not do to comments; return how many were added.

    `before` is the item's records before the merge; `authors` the fingerprints (hex) allowed to write.
    """
    after = merged.comment_records()
    for record_id, text in before.items():
        if after.get(record_id) != text:
            raise CommentsRefused("the bundle changes or removes a comment; comments can only be added")
    added = 0
    threads = set()
    for record_id, text in after.items():
        try:
            record = parse_record(record_id, text)
        except DamagedComment as error:
            raise CommentsRefused(f"the bundle carries a damaged comment: {error}") from None
        if record.kind == "thread":
            threads.add(record.id)
        if record_id in before:
            continue
        verify_record(record, item_id)
        if record.author_fingerprint not in authors:
            raise ForgedComment("the bundle carries a comment signed by someone who is not a member of the group")
        added += 1
    replies: Counter[str] = Counter()
    for record in merged.comments():
        if record.thread not in threads:
            raise CommentsRefused("the bundle carries a reply to a comment thread the item does not hold")
        replies[record.thread] += record.kind == "reply"
    if any(count > MAX_REPLIES for count in replies.values()):
        raise CommentsRefused(f"a comment thread would hold more than {MAX_REPLIES} replies")
    return added
