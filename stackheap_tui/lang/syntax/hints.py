"""Syntax errors a learner can act on: rustc's wording plus a hint in plain words.

Two kinds of help live here, both used only after the parser has failed (the
happy path never pays for them):

* `delimiter_problem`: rustc checks that every `(`, `[` and `{` is closed before
  it parses anything, so an unbalanced bracket is reported as one (unclosed,
  mismatched or unexpected closing delimiter), not as whatever token the parser
  tripped over later. We scan the tokens the same way.
* `explain`: the mistakes people bring from other languages or make while typing
  (`x++`, `and`, `elif`, `int x = 5;`, `if x = 5`, a C `for`, a missing `;`),
  recognised from the tokens around the error. Where rustc has a message of its
  own for the mistake, we use its first line; the `= help:` line is ours.

Why not Lark's `UnexpectedInput.match_examples`: it compares the whole parser
state, stack depth included, so an example only matches an error at the same
nesting depth, and LALR merges the states of many contexts anyway (the state
after `x` in `if x = 5` is the state after `x` in `let y = x`). The tokens
around the error tell the cases apart reliably; every rule keeps its examples
in `tests/test_syntax_hints.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lark import Token

from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.span import Span

_OPENING = {"(": ")", "[": "]", "{": "}"}
_CLOSING = {v: k for k, v in _OPENING.items()}
# What a C, Java or C# programmer writes where Rust writes `let name: type`.
_C_TYPES = {
    "int": "i32", "long": "i64", "short": "i16", "unsigned": "u32", "float": "f32",
    "double": "f64", "char": "char", "bool": "bool", "boolean": "bool", "void": "()",
    "string": "String", "String": "String", "auto": "", "var": "", "const": "",
}
_STATEMENT_BOUNDARY = {";", "{", "}"}
_EIGHT_TOKENS = "one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator"


def span_of(token: Token) -> Span:
    return Span(token.line or 1, token.column or 1, token.end_line or 1, token.end_column or 1,
                token.start_pos or 0, token.end_pos or 0)


def end_of_file(source: str) -> Span:
    """Where rustc puts an end-of-file error: one past the last line's end (two
    past, when the file ends with a newline: rustc counts the newline too)."""
    lines = source.splitlines() or [""]
    col = len(lines[-1]) + 1 + (1 if source.endswith("\n") else 0)
    return Span(len(lines), col, len(lines), col + 1, len(source), len(source))


def _indentation(source: str, token: Token) -> int:
    start = source.rfind("\n", 0, token.start_pos or 0) + 1
    line = source[start:]
    return len(line) - len(line.lstrip(" \t"))


def _starts_its_line(source: str, token: Token) -> bool:
    start = source.rfind("\n", 0, token.start_pos or 0) + 1
    return not source[start:token.start_pos].strip()


# ---- unbalanced brackets ----

def delimiter_problem(tokens: Sequence[Token], source: str,
                      complete: bool = True) -> Diagnostic | None:
    """rustc's three delimiter errors, or None when every bracket is matched.

    `complete` is False when the lexer stopped early (a bad character): then the
    brackets still open are not known to be unclosed.
    """
    stack: list[Token] = []
    # The last pair whose `}` does not line up with its `{` line: rustc's clue to
    # which block really lost its closing brace.
    misaligned: tuple[Token, Token] | None = None
    for token in tokens:
        text = str(token)
        if text in _OPENING:
            stack.append(token)
            continue
        if text not in _CLOSING:
            continue
        if stack and str(stack[-1]) == _CLOSING[text]:
            opener = stack.pop()
            if (_starts_its_line(source, token)
                    and _indentation(source, token) != _indentation(source, opener)):
                misaligned = (opener, token)
            continue
        if not stack:
            return _unexpected_closing(token, misaligned)
        return _mismatched(token, stack)
    if not stack or not complete:
        return None
    labels = [Label(span_of(opener), "unclosed delimiter") for opener in stack]
    if misaligned is not None:
        labels += [Label(span_of(misaligned[0]), "this delimiter might not be properly closed..."),
                   Label(span_of(misaligned[1]),
                         "...as it matches this but it has different indentation")]
    suspect = misaligned[0] if misaligned is not None else stack[-1]
    return Diagnostic(
        "this file contains an unclosed delimiter", end_of_file(source),
        labels=tuple(_one_per_place(labels)),
        help=f"every `{suspect}` needs a matching `{_OPENING[str(suspect)]}`; the one opened "
             f"on line {suspect.line} looks unclosed",
    )


def _one_per_place(labels: list[Label]) -> list[Label]:
    seen: dict[tuple[int, int], Label] = {}
    for label in labels:
        seen[(label.span.line, label.span.col)] = label  # the more specific one wins
    return list(seen.values())


def _unexpected_closing(token: Token, misaligned: tuple[Token, Token] | None) -> Diagnostic:
    labels: tuple[Label, ...] = ()
    if misaligned is not None:
        labels = (Label(span_of(misaligned[0]), "this delimiter might not be properly closed..."),
                  Label(span_of(misaligned[1]),
                        "...as it matches this but it has different indentation"))
    return Diagnostic(
        f"unexpected closing delimiter: `{token}`", span_of(token),
        label="unexpected closing delimiter", labels=labels,
        help=f"this `{token}` has no `{_CLOSING[str(token)]}` to close; remove it, or look "
             "for a block that was closed too early",
    )


def _mismatched(token: Token, stack: list[Token]) -> Diagnostic:
    opener = stack[-1]
    labels = [Label(span_of(token), "mismatched closing delimiter", primary=True)]
    meant = next((o for o in reversed(stack[:-1]) if str(o) == _CLOSING[str(token)]), None)
    if meant is not None:
        labels.append(Label(span_of(meant), "closing delimiter possibly meant for this"))
    return Diagnostic(
        f"mismatched closing delimiter: `{token}`", span_of(opener), label="unclosed delimiter",
        labels=tuple(labels),
        help=f"the `{opener}` on line {opener.line} is never closed: add its "
             f"`{_OPENING[str(opener)]}` before this `{token}`",
    )


# ---- mistakes recognised from the tokens around the error ----

def explain(diagnostic: Diagnostic, tokens: Sequence[Token], at: int | None, source: str,
            expected: set[str]) -> Diagnostic:
    """`diagnostic` with rustc's wording and a plain-words hint where we know one.

    `tokens` is the file's token list, `at` the index of the token the parser
    rejected (None at end of file), `expected` what it would have accepted.
    """
    if at is None:
        return diagnostic
    for rule in _RULES:
        better = rule(diagnostic, tokens, at, source, expected)
        if better is not None:
            return better
    return diagnostic


def _text(tokens: Sequence[Token], index: int) -> str:
    return str(tokens[index]) if 0 <= index < len(tokens) else ""


def _adjacent(first: Token, second: Token) -> bool:
    return first.end_pos == second.start_pos


def _join(first: Token, second: Token) -> Span:
    return Span(first.line or 1, first.column or 1, second.end_line or 1,
                second.end_column or 1, first.start_pos or 0, second.end_pos or 0)


def _increment(diagnostic: Diagnostic, tokens: Sequence[Token], at: int, source: str,
               expected: set[str]) -> Diagnostic | None:
    """`x++`, `x--`, `++x`: C's increment and decrement operators."""
    for first in (at - 2, at - 1, at):
        if first < 0 or first + 1 >= len(tokens):
            continue
        a, b = tokens[first], tokens[first + 1]
        if str(a) != str(b) or str(a) not in "+-" or not _adjacent(a, b):
            continue
        before = _text(tokens, first - 1)
        prefix = before in _STATEMENT_BOUNDARY or before in ("(", "=", ",", "")
        if prefix and str(a) == "-":
            continue  # `--x` is `-(-x)` in Rust, not an error
        kind = "increment" if str(a) == "+" else "decrement"
        place = "prefix" if prefix else "postfix"
        op = "+=" if str(a) == "+" else "-="
        return Diagnostic(f"Rust has no {place} {kind} operator", _join(a, b),
                          label=f"not a valid {place} operator",
                          help=f"use `{op} 1` instead: `x {op} 1;`")
    return None


def _word_operator(diagnostic: Diagnostic, tokens: Sequence[Token], at: int, source: str,
                   expected: set[str]) -> Diagnostic | None:
    """Python's `and`, `or` and `not`."""
    word = _text(tokens, at)
    if word in ("and", "or") and tokens[at].type == "IDENT":
        symbol, name = ("&&", "conjunction") if word == "and" else ("||", "disjunction")
        return Diagnostic(
            f"`{word}` is not a logical operator", span_of(tokens[at]),
            notes=("unlike in e.g., Python and PHP, `&&` and `||` are used for logical "
                   "operators",),
            help=f"use `{symbol}` to perform logical {name}",
        )
    if _text(tokens, at - 1) == "not" and _adjacent_words(tokens, at):
        return Diagnostic(f"unexpected `{word}` after identifier", span_of(tokens[at]),
                          help="use `!` to perform logical negation or bitwise not: "
                               f"`!{word}`")
    return None


def _adjacent_words(tokens: Sequence[Token], at: int) -> bool:
    return at >= 1 and tokens[at - 1].line == tokens[at].line


def _assignment_in_condition(diagnostic: Diagnostic, tokens: Sequence[Token], at: int,
                             source: str, expected: set[str]) -> Diagnostic | None:
    """`if x = 5 {`: rustc parses the assignment, then says it is not a `bool`."""
    if _text(tokens, at) != "=" or "LBRACE" not in expected:
        return None
    start = at - 1
    while start >= 0 and str(tokens[start]) not in ("if", "while", "{", "}", ";"):
        start -= 1
    if start < 0 or str(tokens[start]) not in ("if", "while"):
        return None
    end = at + 1
    while end < len(tokens) and str(tokens[end]) not in ("{", ";", "}"):
        end += 1
    if end >= len(tokens) or str(tokens[end]) != "{" or end == at + 1:
        return None
    condition = _join(tokens[start + 1], tokens[end - 1])
    left = source[tokens[start + 1].start_pos:tokens[at].start_pos].rstrip()
    right = source[tokens[at].end_pos:tokens[end - 1].end_pos].strip()
    return Diagnostic(
        "mismatched types", condition, "E0308", "expected `bool`, found `()`",
        help=f"`=` assigns; to compare for equality write `==`: `{left} == {right}`",
    )


def _missing_let(diagnostic: Diagnostic, tokens: Sequence[Token], at: int, source: str,
                 expected: set[str]) -> Diagnostic | None:
    """A statement that starts with one word and then goes on like no Rust does.

    `int x = 5;`, `def f():`, `elif x:`, `x := 1`, `print "hi"`: rustc read the
    first word as an expression and wanted an operator, `;` or `.` next.
    """
    if at < 1 or tokens[at - 1].type != "IDENT" or not _adjacent_words(tokens, at):
        return None
    if _text(tokens, at - 2) not in _STATEMENT_BOUNDARY or "SEMICOLON" not in expected:
        return None
    first, found = str(tokens[at - 1]), tokens[at]
    message = f"expected {_EIGHT_TOKENS}, found {_describe(found)}"
    hint = _first_word_hint(first, tokens, at, source)
    return Diagnostic(message, span_of(found), label="expected one of 8 possible tokens",
                      help=hint)


def _describe(token: Token) -> str:
    if token.type in ("INT", "FLOAT", "STRING", "CHAR"):
        return f"`{token}`"
    return f"`{token}`" if token.type != "$END" else "end of file"


def _first_word_hint(first: str, tokens: Sequence[Token], at: int, source: str) -> str | None:
    found = str(tokens[at])
    if first == "def":
        return "write `fn` instead of `def` to declare a function"
    if first == "elif":
        return "Rust writes `else if`, not `elif`: `} else if x == 2 {`"
    if first in ("print", "println", "puts", "echo") and tokens[at].type == "STRING":
        return f"printing is a macro call in Rust: `println!({found});`"
    if found == ":" and _text(tokens, at + 1) == "=" and _adjacent(tokens[at], tokens[at + 1]):
        return f"Rust declares a variable with `let`: `let {first} = ...;` (`:=` is not Rust)"
    if first in _C_TYPES and tokens[at].type == "IDENT":
        rust = _C_TYPES[first]
        typed = f"let {found}: {rust} = ...;" if rust else f"let {found} = ...;"
        return (f"Rust declares a variable with `let`, the type after the name: `{typed}`")
    return None


def _colon_block(diagnostic: Diagnostic, tokens: Sequence[Token], at: int, source: str,
                 expected: set[str]) -> Diagnostic | None:
    """Python's `if x:` / `while x:` / `else:` / `def f():` body after a colon."""
    if _text(tokens, at) != ":" or "LBRACE" not in expected:
        return None
    return replace(diagnostic, help="Rust puts a body in braces, `{ ... }`, not after a `:` "
                                    "and an indent")


_C_FOR = re.compile(r"\bfor\s*(\(.*;|\w+\s*=[^=])")


def _c_for(diagnostic: Diagnostic, tokens: Sequence[Token], at: int, source: str,
           expected: set[str]) -> Diagnostic | None:
    """`for (i = 0; i < n; i++)`: C's three-part loop."""
    token = tokens[at]
    line_start = source.rfind("\n", 0, token.start_pos or 0) + 1
    line_end = source.find("\n", token.start_pos or 0)
    if not _C_FOR.search(source, line_start, line_end if line_end >= 0 else len(source)):
        return None
    if str(token) == "=" and _text(tokens, at - 2) == "for":
        diagnostic = Diagnostic("missing `in` in `for` loop", span_of(token))
    return replace(diagnostic, help="Rust has no C-style `for (init; condition; step)` loop; "
                                    "count with a range: `for i in 0..n { ... }`")


def _missing_semicolon(diagnostic: Diagnostic, tokens: Sequence[Token], at: int, source: str,
                       expected: set[str]) -> Diagnostic | None:
    if not diagnostic.message.startswith("expected `;`"):
        return None
    labels = diagnostic.labels
    if tokens[at].line != diagnostic.span.line:
        labels = (*labels, Label(span_of(tokens[at]), "unexpected token"))
    return replace(diagnostic, labels=labels,
                   help="a statement ends with `;` (only the last expression of a block, "
                        "its value, goes without)")


def _item_level(diagnostic: Diagnostic, tokens: Sequence[Token], at: int, source: str,
                expected: set[str]) -> Diagnostic | None:
    """Outside a function only items (`fn`, `struct`, ...) may stand.

    rustc reads a leading word there as the start of a macro call (`name!`), so
    `def main():` is "expected one of `!` or `::`" at `main`; a `let` gets its
    own message.
    """
    if "FN" not in expected:
        return None
    token = tokens[at]
    if token.type == "LET":
        return Diagnostic("expected item, found keyword `let`", span_of(token),
                          label="`let` cannot be used for global variables",
                          help="consider using `static` or `const` instead of `let`; or move "
                               "the statement into `fn main() { ... }`")
    if token.type != "IDENT" or at + 1 >= len(tokens):
        return None
    after = tokens[at + 1]
    hint = ("write `fn` instead of `def` to declare a function" if str(token) == "def"
            else "statements go inside a function: `fn main() { ... }`")
    return Diagnostic(f"expected one of `!` or `::`, found {_describe(after)}", span_of(after),
                      label="expected one of `!` or `::`", help=hint)


# Most specific first: the first rule that recognises the error wins.
_RULES = (_item_level, _increment, _word_operator, _assignment_in_condition, _c_for,
          _missing_let, _colon_block, _missing_semicolon)
