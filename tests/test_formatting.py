"""stackheap_tui.memory.formatting against output recorded from real rustc.

tests/data/formatting_cases.json is written by scripts/record_formatting_cases.py (which
compiles and runs the cases with rustc); these tests need no Rust toolchain.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from stackheap_tui.memory import formatting as fm
from stackheap_tui.memory.formatting import (
    ArgRef,
    BoundFormat,
    FFloat,
    FInt,
    FormatError,
    FormatPanic,
    FormatSpec,
    FormatStringError,
    FRaw,
    FStr,
    FStruct,
    FTuple,
    FUnit,
    Placeholder,
    bind_arguments,
    parse_format_string,
    render,
)

DATA = json.loads((Path(__file__).parent / "data" / "formatting_cases.json").read_text())

# The namespace the recorded `py_args` expressions are evaluated in.
_NAMESPACE = {name: getattr(fm, name) for name in fm.__all__}
_NAMESPACE.update(nan=math.nan, inf=math.inf)


def _call_args(text: str) -> tuple[tuple, dict]:
    def collect(*args, **kwargs):
        return args, kwargs

    return eval(f"_collect({text})", {**_NAMESPACE, "_collect": collect})


def _case_id(case: dict) -> str:
    label = f"{case['id']} {case['template']!r} <- {case['rust_args']}"
    return label if len(label) <= 70 else label[:67] + "..."


@pytest.mark.parametrize("case", DATA["cases"], ids=_case_id)
def test_render_matches_rustc(case: dict) -> None:
    positional, named = _call_args(case["py_args"])
    _, captured = _call_args(case["py_captured"])
    bound = bind_arguments(parse_format_string(case["template"]), len(positional), tuple(named))
    assert set(bound.captured) == set(captured)
    assert render(bound, positional, {**named, **captured}) == case["expected"]


def _error_id(case: dict) -> str:
    return case["id"] if len(case["id"]) <= 60 else case["id"][:57] + "..."


@pytest.mark.parametrize("case", DATA["errors"], ids=_error_id)
def test_errors_match_rustc(case: dict) -> None:
    with pytest.raises(FormatStringError) as caught:
        pieces = parse_format_string(case["template"])
        bind_arguments(pieces, case["positional_count"], tuple(case["named"]),
                       case["positional_names"])
    assert caught.value.message == case["message"]
    if case["offset_known"]:
        assert caught.value.offset == case["offset"]


def test_recorded_enough_cases() -> None:
    assert len(DATA["cases"]) >= 250
    assert len(DATA["errors"]) >= 40


# ---------------------------------------------------------------------------
# The API contract the interpreter relies on (not covered by the rustc recordings)
# ---------------------------------------------------------------------------

I32 = FInt(5, 32, True)


def test_parse_pieces_and_spec() -> None:
    pieces = parse_format_string("a{{b}}{x:*^+#08.3$x?}{}")
    assert pieces[0] == "a{b}"
    first, second = pieces[1], pieces[2]
    assert isinstance(first, Placeholder) and isinstance(second, Placeholder)
    assert first.position == "x" and first.offset == 6
    assert first.spec == FormatSpec(fill="*", align="^", sign="+", alternate=True, zero=True,
                                    width=8, precision=ArgRef(3), kind="x?")
    assert second.position is None and second.spec == FormatSpec()


def test_bind_resolves_star_counts_and_captures() -> None:
    bound = bind_arguments(parse_format_string("{:.*} {y:w$} {0}"), 2, ("w",))
    star, named, explicit = (p for p in bound.pieces if not isinstance(p, str))
    assert (star.precision_arg, star.arg) == (0, 1)
    assert (named.arg, named.width_arg) == ("y", "w")
    assert explicit.arg == 0
    assert bound.captured == ("y",)
    assert bound.uses() == ((1, "Display"), (0, "usize"), ("y", "Display"), ("w", "usize"),
                            (0, "Display"))


def test_named_argument_used_by_position_binds_to_its_name() -> None:
    bound = bind_arguments(parse_format_string("{0}"), 0, ("x",))
    assert bound.pieces[0].arg == "x"  # type: ignore[union-attr]
    assert render(bound, [], {"x": I32}) == "5"


def test_unused_argument_points_at_the_argument() -> None:
    with pytest.raises(FormatStringError) as caught:
        bind_arguments(parse_format_string("{}"), 2, ())
    assert (caught.value.offset, caught.value.arg_index) == (None, 1)


def test_count_above_u16_panics_like_std() -> None:
    # Measured: format!("{:1$}", 1, 70000usize) panics "Formatting argument out of range".
    bound = bind_arguments(parse_format_string("{:1$}"), 2, ())
    with pytest.raises(FormatPanic, match="Formatting argument out of range"):
        render(bound, [I32, FInt(70000, 64, False)], {})
    assert render(bound, [I32, FInt(3, 64, False)], {}) == "  5"


@pytest.mark.parametrize(
    ("template", "value"),
    [("{}", FStruct("P", ())), ("{}", FTuple("Some", (I32,))), ("{}", FUnit()),
     ("{}", FRaw(None, "<ptr>")), ("{:x}", FStr("a")), ("{:e}", FStr("a")),
     ("{:x}", FFloat(1.0)), ("{:p}", FStr("a"))],
)
def test_traits_a_value_lacks_raise_format_error(template: str, value: fm.FmtValue) -> None:
    bound = bind_arguments(parse_format_string(template), 1, ())
    with pytest.raises(FormatError):
        render(bound, [value], {})


def test_raw_values_and_helpers() -> None:
    raw = FRaw("shown", "0x7ff0")
    assert fm.format_string("[{:>7}|{:?}|{:.2}]", raw, raw, raw) == "[  shown|0x7ff0|sh]"
    assert fm.display_string(FFloat(0.1, 32)) == "0.1"
    assert fm.debug_string(FTuple("Some", (I32,)), pretty=True) == "Some(\n    5,\n)"
    assert isinstance(bind_arguments((), 0, ()), BoundFormat)


def test_f32_shortest_digits_round_trip_as_f32() -> None:
    import struct

    for bits in range(0x00000001, 0x7F800000, 0x000F_4243):
        x = struct.unpack("<f", struct.pack("<I", bits))[0]
        text = fm.debug_string(FFloat(x, 32))
        assert struct.unpack("<f", struct.pack("<f", float(text)))[0] == x, text
