"""Where rustc 1.95's notes point into std's own sources (`--> /rustc/<hash>/library/...`,
drawn without a snippet), read from rustc's output on programs that show each one."""

from __future__ import annotations

RUSTC_LIBRARY = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/"

# `note: required by a bound in `<name>``: the trait or function whose bound is unmet.
BOUND_DEFINED_AT: dict[str, str] = {
    "Copy": "core/src/marker.rs:457:0",
    "Eq": "core/src/cmp.rs:338:0",
    "std::cmp::AssertParamIsEq": "core/src/cmp.rs:379:0",
}

# `help: the trait `<trait>` is implemented for `<type>``: std's impl of a derivable
# trait for a container, keyed by (trait, container).
IMPL_AT: dict[tuple[str, str], tuple[str, str]] = {
    ("Debug", "Vec"): ("Vec<T, A>", "alloc/src/vec/mod.rs:4242:0"),
    ("Debug", "Option"): ("Option<T>", "core/src/option.rs:594:15"),
    ("Debug", "Box"): ("Box<T, A>", "alloc/src/boxed.rs:2197:0"),
    ("Eq", "Vec"): ("Vec<T, A>", "alloc/src/vec/mod.rs:4206:0"),
    ("Hash", "Vec"): ("Vec<T, A>", "alloc/src/vec/mod.rs:3791:0"),
}


def library(path: str) -> str:
    return RUSTC_LIBRARY + path


# std methods taking `self` by value: how rustc names each in "note: `<name>` takes
# ownership of the receiver `self`, which moves `x`", and where it points (keyed by the
# builtin's key in lang/std's method registry).
RECEIVER_TAKEN_AT: dict[str, tuple[str, str]] = {
    "Option::unwrap": ("Option::<T>::unwrap", "core/src/option.rs:1013:24"),
    "Option::expect": ("Option::<T>::expect", "core/src/option.rs:968:24"),
    "Option::map": ("Option::<T>::map", "core/src/option.rs:1160:27"),
    "Option::unwrap_or_default": ("Option::<T>::unwrap_or_default",
                                  "core/src/option.rs:1093:35"),
    "Result::unwrap": ("Result::<T, E>::unwrap", "core/src/result.rs:1227:18"),
    "Result::expect": ("Result::<T, E>::expect", "core/src/result.rs:1179:18"),
    "String::into_bytes": ("String::into_bytes", "alloc/src/string.rs:1034:28"),
    "iter::sum": ("std::iter::Iterator::sum", "core/src/iter/traits/iterator.rs:3653:14"),
    "iter::count": ("count", "core/src/iter/traits/iterator.rs:225:13"),
    "iter::collect": ("collect", "core/src/iter/traits/iterator.rs:2051:44"),
    "Vec::into_iter": ("into_iter", "core/src/iter/traits/collect.rs:312:17"),
}

# "note: calling this operator moves the left-hand side": `Add::add`'s `self`.
OPERATOR_MOVES_LEFT = "core/src/ops/arith.rs:92:11"
