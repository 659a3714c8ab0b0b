"""Rust's character classes and `{:?}` escapes, as rustc 1.95 (Unicode 17) has them: what
`char::is_whitespace` accepts, which characters Debug prints raw and which as `\\u{..}`.
The format-string parser (`format_string.py`) and the run-time formatter
(`memory/formatting.py`) both read them."""

from __future__ import annotations

import unicodedata

# ---------------------------------------------------------------------------
# Character classes and Debug escapes (shared by the parser and the renderer)
# ---------------------------------------------------------------------------


# Unicode White_Space, which Rust's char::is_whitespace tests (Python's isspace differs).
RUST_WHITESPACE = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
)

# Grapheme_Extend = Mn + Me + Other_Grapheme_Extend; Python has no such property, so the
# Other_Grapheme_Extend code points (Unicode 16) are listed here.
_OTHER_GRAPHEME_EXTEND = (
    (0x09BE, 0x09BE), (0x09D7, 0x09D7), (0x0B3E, 0x0B3E), (0x0B57, 0x0B57),
    (0x0BBE, 0x0BBE), (0x0BD7, 0x0BD7), (0x0CC0, 0x0CC0), (0x0CC2, 0x0CC2),
    (0x0CC7, 0x0CC8), (0x0CCA, 0x0CCB), (0x0CD5, 0x0CD6), (0x0D3E, 0x0D3E),
    (0x0D57, 0x0D57), (0x0DCF, 0x0DCF), (0x0DDF, 0x0DDF), (0x1715, 0x1715),
    (0x1734, 0x1734), (0x1B35, 0x1B35), (0x1B3B, 0x1B3B), (0x1B3D, 0x1B3D),
    (0x1B43, 0x1B44), (0x1BAA, 0x1BAA), (0x1BF2, 0x1BF3), (0x200C, 0x200C),
    (0x302E, 0x302F), (0xA953, 0xA953), (0xA9C0, 0xA9C0), (0xFF9E, 0xFF9F),
    (0x111C0, 0x111C0), (0x11235, 0x11235), (0x1133E, 0x1133E), (0x1134D, 0x1134D),
    (0x11357, 0x11357), (0x113B8, 0x113B8), (0x113C2, 0x113C2), (0x113C5, 0x113C5),
    (0x113C7, 0x113C9), (0x113CF, 0x113CF), (0x114B0, 0x114B0), (0x114BD, 0x114BD),
    (0x115AF, 0x115AF), (0x116B6, 0x116B6), (0x11930, 0x11930), (0x1193D, 0x1193D),
    (0x11F41, 0x11F41), (0x16FF0, 0x16FF1), (0x1D165, 0x1D166), (0x1D16D, 0x1D172),
    (0xE0020, 0xE007F),
)

# Categories whose characters Rust's `is_printable` rejects (space excepted).
_UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})


# Code points rustc 1.95 (Unicode 17) prints raw although Python 3.11's Unicode 14 database
# calls them unassigned (or, for U+1171E, a nonspacing mark). Measured against rustc by
# comparing `{:?}` of every char; see scripts/record_formatting_cases.py.
_RAW_IN_RUST = """
    88f c5c cdc cf3 1b4e-1b4f 1b7f 1c89-1c8a 20c1 2427-2429 2b96 2ffc-2fff 31e4-31e5 31ef
    a7cb-a7cf a7d2 a7d4 a7da-a7dc a7f1 fbc3-fbd2 fd90-fd91 fdc8-fdce 105c0-105f3 10940-10959
    10d40-10d65 10d6e-10d85 10d8e-10d8f 10ec2-10ec7 10ed0-10ed8 1123f-11240 11380-11389 1138b
    1138e 11390-113b5 113b7 113b9-113ba 113ca 113cc-113cd 113d1 113d3-113d5 113d7-113d8
    116d0-116e3 1171e 11b00-11b09 11b61 11b65 11b67 11bc0-11be1 11bf0-11bf9 11db0-11ddb
    11de0-11de9 11f02-11f10 11f12-11f35 11f3e-11f3f 11f43-11f59 1342f 13441-13446 13460-143fa
    16100-1611d 1612a-1612c 16130-16139 16d40-16d79 16ea0-16eb8 16ebb-16ed3 16ff2-16ff6
    187f8-187ff 18cff 18d09-18d1e 18d80-18df2 1b132 1b155 1cc00-1ccfc 1cd00-1ceb3 1ceba-1ced0
    1cee0-1cef0 1d2c0-1d2d3 1df25-1df2a 1e030-1e06d 1e4d0-1e4eb 1e4f0-1e4f9 1e5d0-1e5ed
    1e5f0-1e5fa 1e5ff 1e6c0-1e6de 1e6e0-1e6e2 1e6e4-1e6e5 1e6e7-1e6ed 1e6f0-1e6f4 1e6fe-1e6ff
    1f6d8 1f6dc 1f774-1f77f 1f7d9 1f8b2-1f8bb 1f8c0-1f8c1 1f8d0-1f8d8 1fa54-1fa57 1fa75-1fa77
    1fa87-1fa8a 1fa8e-1fa8f 1faad-1faaf 1fabb-1fabf 1fac6 1fac8 1facd-1facf 1fada-1fadc 1fadf
    1fae8-1faea 1faef 1faf7-1faf8 1fbcb-1fbef 1fbfa 2b739-2b73f 2cea2-2cead 2ebf0-2ee5d
    31350-33479
"""


def _parse_ranges(text: str) -> tuple[tuple[int, int], ...]:
    pairs = []
    for token in text.split():
        lo, _, hi = token.partition("-")
        pairs.append((int(lo, 16), int(hi or lo, 16)))
    return tuple(pairs)


_RAW_RANGES = _parse_ranges(_RAW_IN_RUST)




def _is_grapheme_extended(c: str) -> bool:
    if unicodedata.category(c) in ("Mn", "Me"):
        return True
    cp = ord(c)
    return any(lo <= cp <= hi for lo, hi in _OTHER_GRAPHEME_EXTEND)


def is_printable(c: str) -> bool:
    return c == " " or unicodedata.category(c) not in _UNPRINTABLE_CATEGORIES


_SIMPLE_ESCAPES = {"\0": "\\0", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\\": "\\\\"}


def escape_char(c: str, *, single_quote: bool, double_quote: bool) -> str:
    """Rust's `char::escape_debug_ext` with grapheme-extend escaping on."""
    simple = _SIMPLE_ESCAPES.get(c)
    if simple is not None:
        return simple
    if (c == '"' and double_quote) or (c == "'" and single_quote):
        return "\\" + c
    if " " <= c <= "~":  # the common case: printable ASCII
        return c
    if _is_grapheme_extended(c) or not is_printable(c):
        cp = ord(c)
        if any(lo <= cp <= hi for lo, hi in _RAW_RANGES):
            return c
        return f"\\u{{{ord(c):x}}}"
    return c


def escape_debug_str(text: str) -> str:
    """The body of `{:?}` for a str (without the quotes): `'` stays, `"` is escaped."""
    return "".join(escape_char(c, single_quote=False, double_quote=True) for c in text)


def escape_debug_char(c: str) -> str:
    """The body of `{:?}` for a char (without the quotes): `'` is escaped, `"` stays."""
    return escape_char(c, single_quote=True, double_quote=False)
