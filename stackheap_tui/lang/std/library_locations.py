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
