"""The three-member workshop of tests/sharing, for the border features that involve peers."""

from tests.sharing.conftest import workshop

__all__ = ["workshop"]
