#!/usr/bin/env python3
"""Record what real rustc prints for many `format!` calls, for tests/test_formatting.py.

Every case pairs a format template and Rust arguments with the equivalent Python
`FmtValue`s. All rendering cases go into ONE generated Rust program that prints each
result followed by a record separator; it is compiled with `rustc --edition 2024` and run
with RUST_BACKTRACE unset. Error cases (bad templates, wrong argument counts) are small
programs that must fail to compile; rustc's first `error:` line and its column are kept.
The result is written to tests/data/formatting_cases.json:

    {"rustc": "...", "cases": [{"id", "template", "rust_args", "rust_lets", "py_args",
                                "py_captured", "expected"}, ...],
     "errors": [{"id", "template", "rust_args", "rust_lets", "positional_count", "named",
                 "positional_names", "message", "offset"}, ...]}

`py_args` is Python call-argument syntax (`FInt(...), w=FInt(...)`) over the
stackheap_tui.memory.formatting constructors; `py_captured` likewise for inline-captured
variables. `offset` is the character index in the template rustc's error points at, or
null when it points elsewhere (an argument) or cannot be mapped (escapes in the literal).

Usage: python scripts/record_formatting_cases.py [--check]
`--check` writes nothing and exits 1 if rustc's output differs from the stored file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stackheap_tui.memory.formatting import (  # noqa: E402 - needs the path above
    FBool,
    FChar,
    FFloat,
    FInt,
    FList,
    FmtValue,
    FStr,
    FStruct,
    FTuple,
    FUnit,
    FUnitStruct,
)

OUTPUT = ROOT / "tests" / "data" / "formatting_cases.json"
SEPARATOR = "\x1e"
# The error programs put the macro call on line 3 with this exact prefix, so a column
# maps back to a template offset.
ERROR_PREFIX = "    let _ = format!("
TIMEOUT_S = 120

# ---------------------------------------------------------------------------
# Python-side value helpers (kept tiny so the case table stays readable)
# ---------------------------------------------------------------------------

INT_TYPES = {
    "i8": (8, True), "i16": (16, True), "i32": (32, True), "i64": (64, True),
    "i128": (128, True), "isize": (64, True), "u8": (8, False), "u16": (16, False),
    "u32": (32, False), "u64": (64, False), "u128": (128, False), "usize": (64, False),
}


def num(value: int, ty: str = "i32") -> FInt:
    bits, signed = INT_TYPES[ty]
    return FInt(value, bits, signed)


def f64(value: float) -> FFloat:
    return FFloat(value, 64)


def f32(value: float) -> FFloat:
    return FFloat(struct.unpack("<f", struct.pack("<f", value))[0], 32)


def s(text: str) -> FStr:
    return FStr(text)


def some(value: FmtValue) -> FTuple:
    return FTuple("Some", (value,))


def tup(*items: FmtValue) -> FTuple:
    return FTuple(None, items)


def vec(*items: FmtValue) -> FList:
    return FList(items)


def struct_(type_name: str, /, **fields: FmtValue) -> FStruct:
    return FStruct(type_name, tuple(fields.items()))


def point(x: int, y: int) -> FStruct:
    return struct_("Point", x=num(x), y=num(y))


NONE = FUnitStruct("None")


@dataclass(frozen=True)
class Typed:
    """A value whose Rust expression can't be derived from it (usize looks like u64)."""

    value: FmtValue
    rust: str


def usize(value: int) -> Typed:
    return Typed(num(value, "usize"), f"{value}usize")


Arg = FmtValue | Typed


def py_value(arg: Arg) -> FmtValue:
    return arg.value if isinstance(arg, Typed) else arg


def rust_of(arg: Arg) -> str:
    return arg.rust if isinstance(arg, Typed) else rust_expr(arg)

# ---------------------------------------------------------------------------
# Rust-side expressions derived from Python values (for the simple kinds)
# ---------------------------------------------------------------------------

F64_NAMES = {
    1.7976931348623157e308: "f64::MAX", -1.7976931348623157e308: "f64::MIN",
    2.2250738585072014e-308: "f64::MIN_POSITIVE", 2.220446049250313e-16: "f64::EPSILON",
}


def rust_int(v: FInt) -> str:
    ty = next(name for name, spec in INT_TYPES.items()
              if spec == (v.bits, v.signed) and not name.endswith("size"))
    lo = -(1 << (v.bits - 1)) if v.signed else 0
    hi = (1 << (v.bits - 1)) - 1 if v.signed else (1 << v.bits) - 1
    if v.value == lo and v.signed:
        return f"{ty}::MIN"
    if v.value == hi:
        return f"{ty}::MAX"
    return f"{v.value}{ty}"


def rust_float(v: FFloat) -> str:
    ty = "f32" if v.bits == 32 else "f64"
    x = v.value
    if math.isnan(x):
        return f"-{ty}::NAN" if math.copysign(1, x) < 0 else f"{ty}::NAN"
    if math.isinf(x):
        return f"{ty}::INFINITY" if x > 0 else f"{ty}::NEG_INFINITY"
    if v.bits == 64 and x in F64_NAMES:
        return F64_NAMES[x]
    # The f64 repr of an f32 value is close enough that rustc reads it back exactly.
    return f"{x!r}{ty}"


def rust_text(text: str, quote: str) -> str:
    out = []
    for c in text:
        if c in ("\\", quote):
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif c < " " or c == "\x7f" or not c.isprintable():
            out.append(f"\\u{{{ord(c):x}}}")
        else:
            out.append(c)
    return quote + "".join(out) + quote


def rust_expr(v: FmtValue) -> str:
    match v:
        case FInt():
            return rust_int(v)
        case FFloat():
            return rust_float(v)
        case FBool():
            return "true" if v.value else "false"
        case FChar():
            return rust_text(v.value, "'")
        case FStr():
            return rust_text(v.value, '"')
        case FUnit():
            return "()"
        case FTuple(name=None):
            return "(" + "".join(rust_expr(i) + ", " for i in v.items).rstrip(" ") + ")"
        case FTuple(name="Some"):
            return f"Some({rust_expr(v.items[0])})"
        case FList() if v.items:
            return "vec![" + ", ".join(rust_expr(i) for i in v.items) + "]"
    raise ValueError(f"give the Rust expression for {v!r} explicitly")


# ---------------------------------------------------------------------------
# Case tables
# ---------------------------------------------------------------------------


@dataclass
class Case:
    template: str
    args: tuple[Arg, ...] = ()
    named: dict[str, Arg] = field(default_factory=dict)
    rust: str | None = None  # explicit Rust argument list, when it can't be derived
    lets: tuple[tuple[str, str, FmtValue], ...] = ()  # captured: (name, Rust expr, value)

    def rust_args(self) -> str:
        if self.rust is not None:
            return self.rust
        parts = [rust_of(a) for a in self.args]
        parts += [f"{k} = {rust_of(v)}" for k, v in self.named.items()]
        return ", ".join(parts)

    def rust_lets(self) -> str:
        return " ".join(f"let {name} = {expr};" for name, expr, _ in self.lets)

    def py_args(self) -> str:
        parts = [repr(py_value(a)) for a in self.args]
        parts += [f"{k}={py_value(v)!r}" for k, v in self.named.items()]
        return ", ".join(parts)

    def py_captured(self) -> str:
        return ", ".join(f"{name}={value!r}" for name, _, value in self.lets)


def C(template: str, *args: Arg, rust: str | None = None,
      lets: tuple[tuple[str, str, FmtValue], ...] = (), **named: Arg) -> Case:
    return Case(template, args, dict(named), rust, lets)


def integer_cases() -> list[Case]:
    extremes = [num(-128, "i8"), num(127, "i8"), num(255, "u8"), num(-32768, "i16"),
                num(65535, "u16"), num(-(1 << 31)), num((1 << 32) - 1, "u32"),
                num(-(1 << 63), "i64"), num((1 << 64) - 1, "u64"), num(-(1 << 127), "i128"),
                num((1 << 127) - 1, "i128"), num((1 << 128) - 1, "u128"), num(0, "u8")]
    cases = [C("{}|{:?}|{:x}|{:X}|{:o}|{:b}|{:#x}|{:+}", *([v] * 8)) for v in extremes]
    for v in (num(42), num(-42), num(0), num(7, "u8")):
        cases += [
            C("[{:+}]", v), C("[{:5}]", v), C("[{:<5}]", v), C("[{:^5}]", v), C("[{:>5}]", v),
            C("[{:*^7}]", v), C("[{:05}]", v), C("[{:<05}]", v), C("[{:^05}]", v),
            C("[{:+05}]", v), C("[{:0>5}]", v), C("[{:0<5}]", v), C("[{:-}]", v),
            C("[{:.3}]", v), C("[{:1}]", v),
        ]
    for v in (num(255), num(-1, "i8"), num(-1), num(-128, "i8"), num(0), num(5, "u16")):
        cases += [
            C("[{:x}|{:X}|{:o}|{:b}]", v, v, v, v),
            C("[{:#x}|{:#X}|{:#o}|{:#b}]", v, v, v, v),
            C("[{:#010x}|{:010b}|{:>#10x}|{:<#10o}|{:^#12b}]", v, v, v, v, v),
            C("[{:+x}|{:+#x}|{:#?}|{:x?}|{:X?}|{:#x?}|{:#X?}|{:5x?}]", *([v] * 8)),
        ]
    exp_values = [num(1234), num(1200), num(0), num(-5, "i8"), num(1250), num(1350),
                  num(1251), num(999, "u32"), num(15), num(25), num((1 << 64) - 1, "u64"),
                  num(-(1 << 127), "i128"), num(100, "u8")]
    for v in exp_values:
        cases.append(C("[{:e}|{:E}|{:.0e}|{:.1e}|{:.2e}|{:.5e}]", *([v] * 6)))
    cases += [
        C("[{:10.1e}|{:<10e}|{:+e}|{:010e}|{:^+12.2E}|{:#e}]", *([num(-1200)] * 6)),
        C("[{:10.1e}|{:<10e}|{:+e}|{:010e}]", *([num(1200)] * 4)),
    ]
    pointer = "0x1234 as *const u8"
    addr = num(0x1234, "u64")
    cases += [
        C("[{:p}]", addr, rust=pointer),
        C("[{:#p}]", addr, rust=pointer),
        C("[{:20p}]", addr, rust=pointer),
        C("[{:<20p}]", addr, rust=pointer),
        C("[{:#20p}]", addr, rust=pointer),
        C("[{:#8p}]", addr, rust=pointer),
        C("[{:p}]", num(0, "u64"), rust="std::ptr::null::<u8>()"),
        C("[{:010p}]", addr, rust=pointer),
    ]
    return cases


FLOAT_SPECIALS = [
    f64(1.0), f64(0.1 + 0.2), f64(1e21), f64(1e-7), f64(1.7976931348623157e308),
    f64(-1.7976931348623157e308), f64(2.2250738585072014e-308), f64(5e-324), f64(-0.0),
    f64(0.0), f64(math.nan), f64(-math.nan), f64(math.inf), f64(-math.inf), f64(100.0 / 3.0),
    f64(1e15), f64(1e16), f64(9999999999999998.0), f64(1e-4), f64(1e-5), f64(0.00012),
    f64(123456789.0), f64(0.5), f64(2.5e-10), f64(-1.5), f64(2.220446049250313e-16),
    f64(1234.5), f64(3.0e-320), f64(4503599627370497.0), f64(1e100),
    f32(0.1), f32(1.0 / 3.0), f32(3.4028234663852886e38), f32(1.1754943508222875e-38),
    f32(1e-45), f32(1.1754942106924411e-38), f32(16777216.0), f32(16777217.0), f32(1e10),
    f32(0.3), f32(7.0 / 3.0), f32(1e16), f32(1e15), f32(1e-5), f32(1e-4), f32(-0.0),
    f32(math.inf), f32(math.nan), f32(8388608.5), f32(123456.789), f32(2.5),
]


INT_SPECS = ["{0:+}", "{0:08}", "{0:<8}", "{0:^+9}", "{0:#010x}", "{0:+#o}", "{0:*>+#12b}",
             "{0:e}", "{0:+.1e}", "{0:#X?}", "{0:>+08}", "{0:_^+#7X}"]
INT_GRID = [num(-1, "i8"), num(-128, "i8"), num(127, "i8"), num(-1, "i64"), num(-1234567),
            num((1 << 64) - 1, "u64"), num(-(1 << 127), "i128"), num((1 << 128) - 1, "u128"),
            num(9, "u16"), num(-9, "i16")]
FLOAT_SPECS = ["{0:+}", "{0:08.3}", "{0:<+10.1e}", "{0:^12?}", "{0:+.0}", "{0:010.2e}",
               "{0:>+9?}", "{0:#^+11.2}", "{0:E}"]
FLOAT_GRID = [f64(-2.5), f64(1e-9), f64(-123456.789), f64(0.0), f64(-math.inf), f64(9.5e15),
              f32(-2.5), f32(3e-9), f32(-1e20)]


def grid_cases() -> list[Case]:
    """Every flag combination on every value kind: one template with all specs per value."""
    cases = [C("|".join(INT_SPECS), v) for v in INT_GRID]
    cases += [C("|".join(FLOAT_SPECS), v) for v in FLOAT_GRID]
    return cases


def float_cases() -> list[Case]:
    cases = [C("{0}|{0:?}|{0:e}|{0:E}|{0:.3}|{0:.2e}|{0:+}|{0:.1?}", v) for v in FLOAT_SPECIALS]
    rounding = [
        ("{:.0}", [0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.4999999999999999, 1e21]),
        ("{:.1}", [0.25, 0.35, 0.45, 0.05, -0.05, 0.95, 9.95]),
        ("{:.2}", [1.005, 2.675, -0.001, 3.14159, 0.125, 0.375, 1.7976931348623157e308]),
        ("{:.3}", [1e-10, 0.0005, 0.0015, 2.0005]),
        ("{:.20}", [0.1, 1.0 / 3.0, 1e-20]),
        ("{:.0e}", [2.5, 3.5, 25.0, 0.15, 9.5]),
        ("{:.2e}", [1234.5, 9.995, 9.994999, 0.0, 1e-300, 5e-324]),
        ("{:.3?}", [1.0, 2.5e-7, 1e20]),
        ("{:.0?}", [2.5, 0.5]),
    ]
    for template, values in rounding:
        cases += [C(template, f64(x)) for x in values]
    cases += [C("{:.1}|{:.10}|{:.0}|{:.3e}", *([f32(0.1)] * 4)),
              C("{:.1}|{:.10}|{:.9}|{:.2e}", *([f32(1.0 / 3.0)] * 4)),
              C("{:.2}|{:.0}|{:e}", *([f32(2.5)] * 3))]
    pi, neg = f64(3.14159), f64(-3.14159)
    cases += [
        C("[{:8.3}]", pi), C("[{:08.2}]", neg), C("[{:<8.2}]", pi), C("[{:^9.1}]", neg),
        C("[{:*>10}]", f64(1.5)), C("[{:+08.1}]", f64(2.25)), C("[{:+}]", f64(0.0)),
        C("[{:+}]", f64(-0.0)), C("[{:+}]", f64(math.nan)), C("[{:+}]", f64(math.inf)),
        C("[{:+?}]", f64(1e20)), C("[{:08}]", f64(math.inf)), C("[{:08}]", f64(-math.inf)),
        C("[{:08}]", f64(math.nan)), C("[{:010?}]", f64(1e-7)), C("[{:#?}]", f64(1.0)),
        C("[{:#}]", f64(1.0)), C("[{:10e}]", f64(1234.5)), C("[{:<12e}]", f64(0.00012)),
        C("[{:012.3e}]", f64(-1234.5)), C("[{:+E}]", f64(0.5)), C("[{:e}]", f32(0.1)),
        C("[{:>+10.2}]", f64(-0.004)), C("[{:^+11.3e}]", f64(6.02e23)),
        C("[{:0^8}]", f64(-1.5)), C("[{:x?}]", f64(255.0)), C("[{:-}]", f64(-0.0)),
        C("[{:05}]", f64(-0.0)), C("[{:5?}]", f32(-0.0)), C("[{:.0}]", f64(-0.4)),
    ]
    return cases


def random_float_cases() -> list[Case]:
    """Random bit patterns across the whole range: shortest digits and exact rounding."""
    rng = random.Random(2024)
    cases = []
    template = "{0}|{0:?}|{0:e}|{0:.3}|{0:.2e}|{0:.17e}"
    while len(cases) < 80:
        bits = rng.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isfinite(x) and abs(x) < 1e60:  # keep `{}` of huge values short
            cases.append(C(template, f64(x), rust=f"f64::from_bits({bits:#018x})"))
    while len(cases) < 150:
        bits = rng.getrandbits(32)
        x = struct.unpack("<f", struct.pack("<I", bits))[0]
        if math.isfinite(x):
            cases.append(C(template, f32(x), rust=f"f32::from_bits({bits:#010x})"))
    for _ in range(15):  # "human" decimals with few digits, where rounding ties lurk
        x = rng.randint(1, 99999) / 10 ** rng.randint(0, 6)
        cases.append(C("{0}|{0:?}|{0:.1}|{0:.2}|{0:.3}|{0:.1e}", f64(x)))
        cases.append(C("{0}|{0:?}|{0:.1}|{0:.2}|{0:.3}|{0:.1e}", f32(x)))
    return cases


def text_cases() -> list[Case]:
    t, f = FBool(True), FBool(False)
    cases = [
        C("[{}|{:>6}|{:.2}|{:^7.2}|{:?}|{:6?}|{:<6}|{:08}]", *([t] * 8)),
        C("[{}|{:?}|{:+}|{:#?}]", *([f] * 4)),
        C("[{:?}|{:5?}|{:>5?}|{:^6?}|{:.1?}|{:x?}]", *([FUnit()] * 6)),
    ]
    chars = ["a", "'", '"', "\n", "\0", "\x7f", "é", "\u0301", "\u200b", "🦀", "\\", "\t",
             "\r", "\x1b", "\u00ad", "\ufeff", "\u2028", "日"]
    cases += [C("[{0}|{0:?}|{0:>3}|{0:.0}|{0:5?}|{0:*^5}|{0:#?}]", FChar(c)) for c in chars]
    strings = ["héllo", "日本語", "e\u0301", "q\"\n\t\\ é \x7f \0", "it's", "", "🦀🦀",
               "\r\x1b[0m", "a\u200bb\ufeff", "\u0301start", "tab\there", "\u00a0nbsp\u3000"]
    for text in strings:
        v = s(text)
        cases.append(C("[{0}|{0:?}|{0:>8}|{0:.2}|{0:^9.3}|{0:*<6}|{0:>10?}|{0:.1?}]", v))
    ab = s("abcdef")
    cases += [
        C("[{:08}]", s("ab")), C("[{:+}]", s("ab")), C("[{:#}]", s("ab")),
        C("[{:>3}]", ab), C("[{:.0}]", ab), C("[{:.10}]", ab), C("[{:>4}]", s("e\u0301")),
        C("[{:-^11}]", ab), C("[{:^4}]", s("ab")), C("[{:^5}]", s("ab")),
        C("[{:#?}]", s("multi\nline")), C("[{:?}]", s("'\"")),
        C("[{}]", s("ab"), rust='String::from("ab")'),
        C("[{:?}]", s("a\u00e9\U0001f980"), rust='String::from("a\\u{e9}\\u{1f980}")'),
    ]
    return cases


RUST_TYPES = """
#[derive(Debug)] struct Point { x: i32, y: i32 }
#[derive(Debug)] struct Unit;
#[derive(Debug)] struct Empty {}
#[derive(Debug)] struct Pair(i32, &'static str);
#[derive(Debug)] struct Meters(f64);
#[derive(Debug)]
enum Message { Quit, Write(String), ChangeColor(i32, i32, i32), Move { x: i32, y: i32 } }
#[derive(Debug)] struct P { x: i32 }
#[derive(Debug)] struct S { v: Vec<i32>, o: Option<P>, t: (i32, f64), e: Vec<i32>, n: Option<i32> }
#[derive(Debug)] struct Person { name: String, age: u8, tags: Vec<&'static str> }
#[derive(Debug)] struct Node { val: i32, next: Option<Box<Node>> }
#[derive(Debug)] enum Shape { Circle { r: f64 }, Rect(f32, f32), Nothing }
"""


def composite_cases() -> list[Case]:
    p = point(1, -2)
    hexp = point(255, 16)
    big = struct_("S", v=vec(num(1)), o=some(struct_("P", x=num(1))),
                  t=tup(num(3), f64(4.5)), e=vec(), n=NONE)
    big_rust = "S { v: vec![1], o: Some(P { x: 1 }), t: (3, 4.5), e: vec![], n: None }"
    person = struct_("Person", name=s("Ada"), age=num(36, "u8"), tags=vec(s("math"), s("poet")))
    person_rust = 'Person { name: String::from("Ada"), age: 36, tags: vec!["math", "poet"] }'
    node = struct_("Node", val=num(1), next=some(struct_("Node", val=num(2), next=NONE)))
    node_rust = "Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }"
    msgs = [
        (FUnitStruct("Quit"), "Message::Quit"),
        (FTuple("Write", (s("hi"),)), 'Message::Write(String::from("hi"))'),
        (FTuple("ChangeColor", (num(1), num(2), num(3))), "Message::ChangeColor(1, 2, 3)"),
        (struct_("Move", x=num(1), y=num(-2)), "Message::Move { x: 1, y: -2 }"),
    ]
    shapes = [
        (struct_("Circle", r=f64(1.5)), "Shape::Circle { r: 1.5 }"),
        (FTuple("Rect", (f32(2.0), f32(0.1))), "Shape::Rect(2.0, 0.1)"),
        (FUnitStruct("Nothing"), "Shape::Nothing"),
    ]
    cases = []
    for value, rust in [(p, "Point { x: 1, y: -2 }"), (big, big_rust), (person, person_rust),
                        (node, node_rust), *msgs, *shapes,
                        (FUnitStruct("Unit"), "Unit"), (struct_("Empty"), "Empty {}"),
                        (FTuple("Pair", (num(1), s("x"))), 'Pair(1, "x")'),
                        (FTuple("Meters", (f64(2.0),)), "Meters(2.0)")]:
        cases.append(C("{:?}", value, rust=rust))
        cases.append(C("{:#?}", value, rust=rust))
    cases += [
        C("[{:5?}]", p, rust="Point { x: 1, y: -2 }"),
        C("[{:+?}]", p, rust="Point { x: 1, y: -2 }"),
        C("[{:<4?}]", p, rust="Point { x: 1, y: -2 }"),
        C("[{:x?}]", hexp, rust="Point { x: 255, y: 16 }"),
        C("[{:#X?}]", hexp, rust="Point { x: 255, y: 16 }"),
        C("[{:#06x?}]", hexp, rust="Point { x: 255, y: 16 }"),
        C("[{:#5?}]", person, rust=person_rust),
        C("[{:5?}]", FUnitStruct("Unit"), rust="Unit"),
        C("[{:5?}]", struct_("Empty"), rust="Empty {}"),
        C("[{:.1?}]", FTuple("Rect", (f32(2.0), f32(0.1))), rust="Shape::Rect(2.0, 0.1)"),
    ]
    options = [
        (some(num(5)), "Some(5)"), (NONE, "None::<i32>"), (some(some(num(1))), "Some(Some(1))"),
        (FTuple("Ok", (num(1),)), "Ok::<i32, String>(1)"),
        (FTuple("Err", (s("bad"),)), 'Err::<i32, String>(String::from("bad"))'),
        (some(FUnit()), "Some(())"), (some(s("x")), 'Some("x")'),
        (num(5), "Box::new(5)"), (num(7), "Rc::new(7)"),
        (struct_("RefCell", value=num(5)), "RefCell::new(5)"),
    ]
    for value, rust in options:
        cases += [C("{:?}", value, rust=rust), C("{:#?}", value, rust=rust)]
    cases += [C("[{:5?}]", some(num(1)), rust="Some(1)"),
              C("[{:>5?}]", some(num(1)), rust="Some(1)"),
              C("[{:05?}]", some(num(-1)), rust="Some(-1)"),
              C("[{:x?}]", some(num(255)), rust="Some(255)")]
    lists = [
        (vec(num(1), num(2)), "vec![1, 2]"), (vec(), "Vec::<i32>::new()"),
        (vec(s("a"), s("b")), 'vec![String::from("a"), String::from("b")]'),
        (vec(point(1, 2), point(3, 4)), "vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }]"),
        (vec(vec(num(1)), vec(), vec(num(2), num(3))), "vec![vec![1], vec![], vec![2, 3]]"),
        (vec(some(num(1)), NONE), "vec![Some(1), None]"),
        (vec(f64(1.5), f64(2.0)), "[1.5, 2.0]"),
        (vec(num(1, "u8"), num(2, "u8")), "&[1u8, 2u8][..]"),
        (vec(FChar("a"), FChar("'")), "['a', '\\'']"),
        (vec(FBool(True)), "[true]"),
        (vec(FUnit()), "vec![()]"),
    ]
    for value, rust in lists:
        cases += [C("{:?}", value, rust=rust), C("{:#?}", value, rust=rust)]
    cases += [
        C("[{:x?}]", vec(num(255), num(16)), rust="vec![255, 16]"),
        C("[{:#x?}]", vec(num(255), num(16)), rust="vec![255, 16]"),
        C("[{:X?}]", vec(num(-1, "i8")), rust="vec![-1i8]"),
        C("[{:4?}]", vec(num(1), num(2)), rust="vec![1, 2]"),
        C("[{:8?}]", vec(s("a")), rust='vec!["a"]'),
        C("[{:6?}]", vec(FBool(True)), rust="vec![true]"),
        C("[{:.1?}]", vec(f64(1.0), f64(2.25)), rust="vec![1.0, 2.25]"),
        C("[{:+.2?}]", vec(f32(1.0), f32(-0.5)), rust="vec![1.0f32, -0.5]"),
        C("[{:e}]", f64(1.0)),
    ]
    tuples = [
        (tup(num(1)), "(1,)"), (tup(num(1), s("x")), '(1, "x")'),
        (tup(num(1), tup(num(2), num(3))), "(1, (2, 3))"), (tup(FUnit()), "((),)"),
        (tup(p, vec(num(1), num(2))), "(Point { x: 1, y: -2 }, [1, 2])"),
        (tup(f64(4.5), FBool(False), FChar("c")), "(4.5, false, 'c')"),
    ]
    for value, rust in tuples:
        cases += [C("{:?}", value, rust=rust), C("{:#?}", value, rust=rust)]
    cases.append(C("[{:3?}]", tup(num(1), s("x")), rust='(1, "x")'))
    return cases


def template_cases() -> list[Case]:
    a, b = s("a"), s("b")
    w = usize(6)
    cases = [
        C("{{}}"), C("{{{}}}", num(5)), C("a{{b}}c"), C(""), C("plain text"),
        C("{0} {1} {0}", a, b), C("{1} {0}", a, b), C("{} {0} {}", a, b),
        C("{name}!", name=s("Ferris")), C("{0} {x}", x=num(5)), C("{} {x} {}", a, b, x=num(1)),
        C("{:.*}", usize(2), f64(1.23456)), C("{:.*} {}", usize(1), f64(2.55), a),
        C("{1:.*}", usize(2), f64(1.23456)), C("{0:.*}", usize(3)),
        C("{:.1$}", f64(1.23456), usize(3)), C("[{:>1$}]", s("ab"), usize(5)),
        C("[{:0$}]", usize(5)), C("[{:.0$}]", usize(2)),
        C("[{:w$.p$}]", f64(3.14159), w=usize(10), p=usize(2)),
        C("[{:>2$.1$}]", f64(3.14159), usize(3), usize(9)),
        C("[{ }]", num(1)), C("[{0 }]", num(1)), C("[{ :?}]", s("x")), C("[{x }]", x=num(2)),
        C("[{:}>5}]", num(1)), C("[{:{<5}]", num(1)), C("[{:<<5}]", num(1)),
        C("[{:é^7}]", num(1)), C("[{:#>+#8x}]", num(255)), C("[{:.}]", f64(1.23456)),
        C("[{:.x}]", num(255)), C("[{:0}]", num(5)), C("[{:00}]", num(5)),
        C("line1\nline2 {}\ttab", num(3)), C("héllo {} wörld", s("ü")),
        C("{}{}{}", a, b, num(3)), C("{:?}{:?}", a, num(1)),
        C("[{:\t}|{\n}|{:\u3000>4\n}]", num(1), num(2), num(3)),
        C("[{:>w$}]", s("ab"), w=w), C("[{:^1$}|{:<1$}]", s("ab"), usize(6)),
    ]
    x = ("x", '"ab"', s("ab"))
    width = ("width", "6usize", num(6, "usize"))
    prec = ("prec", "1usize", num(1, "usize"))
    cases += [
        C("[{x}]", lets=(x,)), C("[{x:?}]", lets=(x,)), C("[{x:>width$}]", lets=(x, width)),
        C("[{x:>5}|{x:<5}]", lets=(x,)),
        C("[{y:>width$.prec$}]", lets=(width, prec, ("y", "2.25f64", f64(2.25)))),
        C("[{:>width$}]", num(7), lets=(width,)), C("[{x} {}]", num(1), lets=(x,)),
        C("[{0:width$}|{x}]", num(7), lets=(x, width)),
    ]
    return cases


def all_cases() -> list[Case]:
    return (integer_cases() + grid_cases() + float_cases() + random_float_cases() + text_cases()
            + composite_cases() + template_cases())


# Error cases: (template as Rust source text, Rust arguments).
ERROR_CASES = [
    ('"{a"', ""), ('"{"', ""), ('"}"', ""), ('"a}b"', ""), ('"{}}"', "1"), ('"{:?}{"', "1"),
    ('"{:z}"', "1"), ('"{:xyz}"', "1"), ('"{:x"', ""), ('"{0a}"', "1"), ('"{ 0 }"', "1"),
    ('"{} {}"', ""), ('"{}"', ""), ('"{} {}"', "1"), ('"{1}"', "1"), ('"{0} {2}"', "1, 2"),
    ('"{}"', "1, 2"), ('"{}"', "1, 2, 3"), ('"{}"', "1, x = 2"), ('"{}"', "1, x = 2, y = 3"),
    ('"{:.*}"', ""), ('"{:.*}"', "1"), ('"{:1$}"', "1"), ('"{x.y}"', "x = 1"),
    ('"{:<<<}"', "1"), ('"{:#?x}"', "1"), ('"{:?#}"', "1"), ('"{:0#}"', "1"), ('"{:-+}"', "1"),
    ('"{:99999999999999999999}"', "1"), ('"{:e?}"', "1"), ('"{2} {1}"', "1, 2"),
    ('"{:1$} {}"', "1"), ('"{:^10.3$}"', "1"), ('"{x}"', "x"), ('"{x} {y}"', "x, y"),
    ('"{x} {}"', "x, y"), ('"{5} {7} {6} {5}"', "1"), ('"{1:2$.3$}"', "1"),
    ('"{:.*} {}"', "1, 2"), ('"{} {:.*}"', "1, 2"), ('"{_}"', "1"), ('"{r#x}"', ""),
    ('"{x?}"', ""), ('"{x=}"', ""), ('"{:,}"', "1"), ('"{?:}"', "x"), ('"{:?x}"', "1"),
    ('"{x.0}"', ""), ('"{:>.*}"', "1"), ('"{:.*}"', "1, 2, 3"),
    ('"{:.prec$}"', "1.0, prec = 2, z = 1"),
    ('"{:#?}"', "1, 2"), ('"{0} {0}"', "1, 2"), ('"{:_}"', "1"), ('"{:x?}}"', "1"),
    ('"{a.b.c}"', ""), ('"{0.1}"', "1"), ('"{}\\n{"', "1"), ('"{0:.*}"', ""),
    ('"{:{}}"', "1, 2"), ('"{:.65536}"', "1"), ('"{65536}"', "1"), ('"{:q}"', "1"),
    ('"{:d}"', "1"), ('"{:s}"', "1"), ('"%d"', "1"), ('"{} %s"', "1, 2"),
    ('"{:x} {:ee}"', "1, 2"), ('"{z.w}"', "z = 1"), ('"{:\\t5}"', "1"), ('"{\\u{e9}x}"', "1"),
    ('"{x} {x} {}"', "1, x = 2, y = 3"), ('"{0:1$.2$}"', "1, 2"), ('"{:#<}}"', "1"),
]
# Inline names some error templates capture; declared so only the format error remains.
ERROR_LETS = "let (x, y, a, b) = (1, 2, 3, 4);"

# ---------------------------------------------------------------------------
# Running rustc
# ---------------------------------------------------------------------------


def rust_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}


def rustc_version() -> str:
    return subprocess.run(["rustc", "--version"], capture_output=True, text=True,
                          check=True).stdout.strip()


def rust_program(cases: list[Case]) -> str:
    lines = ["#![allow(warnings)]", "use std::rc::Rc;", "use std::cell::RefCell;", RUST_TYPES,
             "fn main() {", "    let mut out: Vec<String> = Vec::new();"]
    for case in cases:
        args = case.rust_args()
        call = rust_text(case.template, '"') + (", " + args if args else "")
        lines.append(f"    {{ {case.rust_lets()} out.push(format!({call})); }}")
    separator = rust_text(SEPARATOR, "'")
    lines.append(f'    for s in out {{ print!("{{}}{{}}", s, {separator}); }}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def run_cases(cases: list[Case]) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "cases.rs"
        source.write_text(rust_program(cases))
        subprocess.run(["rustc", "--edition", "2024", "-o", "cases", "cases.rs"], cwd=tmp,
                       env=rust_env(), check=True, timeout=TIMEOUT_S)
        run = subprocess.run([str(Path(tmp) / "cases")], capture_output=True, env=rust_env(),
                             check=True, timeout=TIMEOUT_S)
    outputs = run.stdout.decode("utf-8").split(SEPARATOR)
    if outputs[-1] != "" or len(outputs) != len(cases) + 1:
        raise RuntimeError(f"expected {len(cases)} outputs, got {len(outputs) - 1}")
    return outputs[:-1]


_LOCATION = re.compile(r"^\s*--> [^:]+:(\d+):(\d+)$")


def split_args(rust_args: str) -> tuple[int, list[str], list[str | None]]:
    """(positional count, named, positional names) of a simple comma-separated list."""
    items = [item.strip() for item in rust_args.split(",") if item.strip()]
    named = [item.split("=")[0].strip() for item in items if "=" in item]
    positional = [item for item in items if "=" not in item]
    names = [item if re.fullmatch(r"[A-Za-z_]\w*", item) else None for item in positional]
    return len(positional), named, names


def template_value(literal: str) -> str | None:
    """The value of a simple string literal, or None if it uses escapes we don't map."""
    inner = literal[1:-1]
    if "\\" in inner:
        return None
    return inner


def record_error(literal: str, rust_args: str) -> dict[str, object]:
    call = literal + (", " + rust_args if rust_args else "")
    source = f"fn main() {{\n    {ERROR_LETS}\n{ERROR_PREFIX}{call});\n}}\n"
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "e.rs").write_text(source)
        result = subprocess.run(
            ["rustc", "--edition", "2024", "--emit=metadata", "-o", "e.rmeta", "e.rs"],
            cwd=tmp, env=rust_env(), capture_output=True, text=True, timeout=TIMEOUT_S)
    lines = result.stderr.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("error"))
    message = re.sub(r"^error(\[E\d+\])?: ", "", lines[index])
    where = _LOCATION.match(lines[index + 1])
    value = template_value(literal)
    offset = None
    if where and value is not None and int(where.group(1)) == 3:
        # Column of the first template character: after the prefix and the quote.
        first = len(ERROR_PREFIX) + 2
        column = int(where.group(2))
        if first <= column <= first + len(value):
            offset = column - first
    count, named, names = split_args(rust_args)
    template = value if value is not None else json.loads(literal.replace("\\u{e9}", "\\u00e9"))
    return {
        "id": f"{literal} <- {rust_args}", "template": template, "rust_args": rust_args,
        "positional_count": count, "named": named, "positional_names": names,
        "message": message, "offset": offset, "offset_known": value is not None,
    }


def record() -> dict[str, object]:
    cases = all_cases()
    outputs = run_cases(cases)
    recorded = []
    for i, (case, expected) in enumerate(zip(cases, outputs, strict=True)):
        recorded.append({
            "id": f"{i:03d}", "template": case.template, "rust_args": case.rust_args(),
            "rust_lets": case.rust_lets(), "py_args": case.py_args(),
            "py_captured": case.py_captured(), "expected": expected,
        })
    with ThreadPoolExecutor(max_workers=8) as pool:
        errors = list(pool.map(lambda c: record_error(*c), ERROR_CASES))
    return {"rustc": rustc_version(), "cases": recorded, "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, don't write")
    options = parser.parse_args()
    data = record()
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    if options.check:
        same = OUTPUT.exists() and OUTPUT.read_text() == text
        print("up to date" if same else f"{OUTPUT} differs from rustc")
        return 0 if same else 1
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text)
    print(f"wrote {len(data['cases'])} cases and {len(data['errors'])} errors to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
