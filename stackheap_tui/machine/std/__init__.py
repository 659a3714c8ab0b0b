"""The standard library at run time: std functions, methods and macros.

Each entry runs what rustc's std would, under the key the checker chose
(`lang/std/method_signatures.py`), and reports panics with std's exact wording. Importing the
package registers every module's entries in the tables of `registry`.
"""

from stackheap_tui.machine.std import (  # noqa: F401  (each registers its entries)
    atomics,
    btree,
    channels,
    condvar,
    deques,
    formatter,
    heaps,
    iterators,
    manually_drop,
    maps,
    maybe_uninit,
    mem,
    numbers,
    options,
    pointers,
    raw,
    rwlock,
    scoped,
    sequences,
    sync,
    text,
    values,
)
from stackheap_tui.machine.std.iterators import iterate
from stackheap_tui.machine.std.lazy import drop_iter
from stackheap_tui.machine.std.macros import compile_macro
from stackheap_tui.machine.std.numbers import cast, float_op
from stackheap_tui.machine.std.registry import FUNCTIONS, METHODS, compile_call, compile_method
from stackheap_tui.machine.std.text import check_str_slice
from stackheap_tui.machine.std.values import Closure, IterValue
from stackheap_tui.memory.float_digits import to_f32

__all__ = [
    "FUNCTIONS", "METHODS", "Closure", "IterValue", "btree", "cast", "check_str_slice",
    "compile_call", "compile_macro", "compile_method", "deques", "drop_iter", "float_op",
    "iterate", "maps", "rwlock", "to_f32",
]
