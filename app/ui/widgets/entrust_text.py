"""Why a recovery share, request or answer was refused, as a translated sentence for the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from amanat.app.sharing.entrust import EntrustRefused
from amanat.app.ui.widgets.error_text import describe_error
from amanat.crypto.contact_card import DamagedCard
from amanat.crypto.entrust_shares import DamagedShare
from amanat.crypto.identity import ForgedSignature


def _holder_texts() -> dict[str, str]:
    return {
        "answer-as-bundle": QCoreApplication.translate("EntrustText",
            "This is an answer to a recovery request. Open it on the computer that "
            "made the request, with Recover with my colleagues."),
        "envelope-mismatch": QCoreApplication.translate("EntrustText",
            "This recovery share was not made by Amanat. Nothing was changed."),
        "sender-unverified": QCoreApplication.translate("EntrustText",
            "This recovery share comes from someone you have not verified. Compare "
            "safety numbers with them first, then import it again. Nothing was "
            "changed."),
        "keys-differ": QCoreApplication.translate("EntrustText",
            "The sender's keys are not the ones you verified. Nothing was changed."),
        "newer-set-held": QCoreApplication.translate("EntrustText",
            "You already hold a share of a newer set from this person; this one was "
            "replaced."),
        "request-expired": QCoreApplication.translate("EntrustText",
            "This recovery request has expired. Ask for a new one."),
        "request-future": QCoreApplication.translate("EntrustText",
            "This recovery request is dated in the future. Check this computer's "
            "clock."),
        "request-replaced-set": QCoreApplication.translate("EntrustText",
            "This request asks for a set of shares that was replaced. Your share "
            "belongs to the newer set and cannot open this old copy of the vault."),
        "request-not-held": QCoreApplication.translate("EntrustText",
            "You hold no recovery share for this request. It may come from someone "
            "pretending to be a colleague."),
        "number-mismatch": QCoreApplication.translate("EntrustText",
            "The safety number is not this request's. Do not send your share."),
    }


def _owner_texts() -> dict[str, str]:
    return {
        "not-entrusted": QCoreApplication.translate("EntrustText",
            "This vault was not entrusted to colleagues (or its set was withdrawn)."),
        "answer-not-for-request": QCoreApplication.translate("EntrustText",
            "This answer was not made for this recovery request (it is for an older "
            "request, or someone else's). Nothing was added."),
        "not-an-answer": QCoreApplication.translate("EntrustText",
            "This file is not an answer to a recovery request. Nothing was added."),
        "other-vault": QCoreApplication.translate("EntrustText",
            "This share belongs to another vault. Nothing was added."),
        "older-set": QCoreApplication.translate("EntrustText",
            "This share belongs to an older set of shares, which was replaced: it no "
            "longer opens the vault. Nothing was added."),
        "forged-share": QCoreApplication.translate("EntrustText",
            "This share is not one of this vault's shares: it was forged or damaged. "
            "Nothing was added."),
        "already-added": QCoreApplication.translate("EntrustText",
            "This colleague's share was added already. Nothing changed."),
        "no-recovery": QCoreApplication.translate("EntrustText",
            "No recovery is under way here. Make a recovery request first."),
        "recovery-expired": QCoreApplication.translate("EntrustText",
            "This recovery request has expired. Cancel it, make a new one and send it "
            "again."),
        "too-few": QCoreApplication.translate("EntrustText",
            "Not enough shares have arrived yet. The vault stays locked."),
        "does-not-open": QCoreApplication.translate("EntrustText",
            "These shares do not open this vault."),
    }


def describe_entrust_error(error: BaseException) -> str:
    """A sentence for a refused share, request or answer; other errors as `describe_error` says them."""
    if isinstance(error, EntrustRefused):
        text = {**_holder_texts(), **_owner_texts()}.get(error.reason)
        if text is not None:
            return text
    if isinstance(error, DamagedShare):
        return QCoreApplication.translate("EntrustText", "This recovery share is damaged (a word is wrong or "
                                                         "missing). Nothing was added.")
    if isinstance(error, DamagedCard | ForgedSignature):
        return QCoreApplication.translate("EntrustText", "This is not a recovery request, or it was not copied "
                                                         "completely.")
    return describe_error(error)

