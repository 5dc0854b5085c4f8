"""The pause of the cyclic collector around bulk loops leaves it as it found it."""

import gc
import weakref

from desktop_app.domain.bulk import no_cyclic_gc


class _Node:
    pass


def test_cycles_made_during_a_bulk_loop_are_still_collected_afterwards():
    assert gc.isenabled()
    with no_cyclic_gc():
        assert not gc.isenabled()
        node = _Node()
        node.self = node  # a reference cycle: only the cyclic collector can free it
        alive = weakref.ref(node)
        del node
    assert gc.isenabled()
    gc.collect()
    assert alive() is None


def test_a_nested_pause_leaves_the_collector_paused_until_the_outer_one_ends():
    with no_cyclic_gc():
        with no_cyclic_gc():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
