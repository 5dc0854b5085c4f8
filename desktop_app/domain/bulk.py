"""Helpers for loops over 100,000 shipments. Plain Python: no Qt, no I/O."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector around a loop that makes many small objects and no
    reference cycles. While 100,000 shipments are young, every collection the allocations
    trigger walks all of them again (a bulk import ran 3× slower with it on); reference
    counting still frees everything as usual.

    On the way out the objects made meanwhile are moved straight to the oldest generation
    (see :func:`_promote_young_objects`), so that the first collection after the loop does not
    walk them all once more only to find that they are alive."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _promote_young_objects()
            gc.enable()


def _promote_young_objects() -> None:
    """Move every object the collector tracks into the oldest generation, without a walk.

    Fast path: ``gc.freeze()`` moves all tracked objects to the permanent generation and resets
    the young generation's allocation count; ``gc.unfreeze()`` at once moves them back, into the
    oldest generation. That is where a young collection would put the survivors anyway, after
    walking all of them (about 25 ms for 100,000 shipments). Nothing is lost: objects in the
    oldest generation are still freed by reference counting, and cycles among them are found
    by the next full collection. Postvakt never keeps objects frozen otherwise (unfreeze would
    undo that); the collector is paused here, so no collection runs in between."""
    gc.freeze()
    gc.unfreeze()
