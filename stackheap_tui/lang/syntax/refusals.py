"""Valid Rust the grammar does not parse yet, found in the token stream.

When the parser fails, the tokens up to the failure are read for a construct outside
the subset (`b"…"`, `unsafe fn`, `impl Trait`, a let chain, …): the program is then
refused as "not supported yet" at that construct, never given a syntax error rustc
would not give. `#[cfg(test)]` items are blanked before parsing, as rustc drops them
from a normal build.
"""

from __future__ import annotations

from lark import Token

from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.grammar import lex
from stackheap_tui.lang.syntax.spans import span_of_token

_STRING_PREFIXES = {
    "b": "byte strings (`b\"…\"`)", "br": "byte strings (`b\"…\"`)",
    "r": "raw strings (`r\"…\"`)", "c": "C strings (`c\"…\"`)", "cr": "C strings (`c\"…\"`)",
}
_CLOSURE_TRAITS = ("Fn", "FnMut", "FnOnce")
# Tokens after which a `<` starts a qualified path (`<[_]>::into_vec`, `<T as Tr>::f`).
_BEFORE_QUALIFIED = {"=", "(", ",", "{", ";", "[", "return", ":", "->", "=>"}
_BEFORE_IMPL_TYPE = {":", "->", "(", ",", "<", "&", "=", "mut", "+"}


def _between(first: Token, last: Token) -> Span:
    return Span(first.line or 0, first.column or 0, last.end_line or 0, last.end_column or 0,
                first.start_pos or 0, last.end_pos or 0)


def _text(token: Token | None) -> str:
    return "" if token is None else str(token)


def _adjacent(a: Token, b: Token) -> bool:
    return a.end_pos == b.start_pos


def find_unsupported(source: str, up_to: int) -> Diagnostic | None:
    """The first construct outside the subset that starts at or before offset `up_to`."""
    from stackheap_tui.lang.syntax.errors import unsupported

    tokens, _ = lex(source)
    braces: list[str] = []
    impl_pending = False
    for i, tok in enumerate(tokens):
        if (tok.start_pos or 0) > up_to:
            break
        kind, text = tok.type, str(tok)
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt2 = tokens[i + 2] if i + 2 < len(tokens) else None
        found: tuple[str, Span] | None = None
        here = span_of_token(tok)
        if kind == "IDENT" and text in _STRING_PREFIXES and nxt is not None and (
                nxt.type in ("STRING", "HASH")) and _adjacent(tok, nxt):
            found = (_STRING_PREFIXES[text], _between(tok, nxt))
        elif kind == "UNSAFE" and nxt is not None and (str(nxt) in ("impl", "trait",
                                                                      "extern") or (
                str(nxt) == "fn" and braces and braces[-1] == "impl")):
            found = (f"`unsafe {nxt}`", _between(tok, nxt))
        elif kind == "CONST" and nxt is not None and nxt.type in ("FN", "UNSAFE"):
            found = ("`const fn`", _between(tok, nxt))
        elif kind == "CONST" and nxt is not None and nxt.type == "LBRACE":
            found = ("inline `const` blocks", _between(tok, nxt))
        elif kind == "TYPE" and braces and braces[-1] == "impl" and _text(nxt2) in (":", "<"):
            found = ("bounds on associated types" if _text(nxt2) == ":" else
                     "generic associated types", here)
        elif kind == "IMPL" and prev is not None and str(prev) in _BEFORE_IMPL_TYPE:
            found = ("`impl Trait` types", here)
        elif kind == "FN" and nxt is not None and nxt.type == "LPAR":
            found = ("function pointer types (`fn(…)`)", here)
        elif kind == "FOR" and nxt is not None and text_is(nxt, "<"):
            found = ("higher-ranked lifetimes (`for<'a>`)", _between(tok, nxt))
        elif kind == "SELF" and nxt is not None and nxt.type == "COLON" and prev is not None \
                and prev.type in ("LPAR", "MUT"):
            found = ("typed `self` parameters (`self: Type`)", _between(tok, nxt))
        elif kind == "QMARK" and _text(nxt) == "Sized":
            found = ("`?Sized` bounds", _between(tok, nxt))  # type: ignore[arg-type]
        elif kind == "IDENT" and text in _CLOSURE_TRAITS and _text(nxt) == "(" and (
                prev is not None and str(prev) in (":", "+", "<", "impl", "dyn")):
            found = (f"closure trait bounds (`{text}(…)`)", here)
        elif text_is(tok, "<") and (prev is None or str(prev) in _BEFORE_QUALIFIED):
            found = ("qualified paths (`<T>::…`)", here)
        elif kind == "WHILE" and _text(nxt) in ("break", "return", "continue"):
            found = (f"`{nxt}` in a loop condition", _between(tok, nxt))  # type: ignore[arg-type]
        elif kind == "LIFETIME" and _text(nxt) == ":" and _text(nxt2) == "{":
            found = ("labelled blocks (`'a: { … }`)", _between(tok, nxt2))  # type: ignore[arg-type]
        elif text in ("&", "&&") and nxt is not None and (nxt.type == "REF" or (
                nxt.type == "MUT" and nxt2 is not None and nxt2.type == "REF")):
            found = ("`ref` bindings inside `&` patterns", _between(tok, nxt))
        elif kind == "WHERE" and _item_keyword(tokens, i) in ("struct", "enum"):
            found = (f"`where` clauses on {_item_keyword(tokens, i)}s", here)
        elif kind == "USE":
            end = next((j for j in range(i, len(tokens)) if tokens[j].type == "SEMICOLON"),
                       len(tokens))
            rename = next((t for t in tokens[i:end] if t.type == "AS"), None)
            if rename is not None:
                found = ("`use … as …` renames", span_of_token(rename))
        elif kind in ("IF", "WHILE") and _text(nxt) == "let":
            found = _let_chain(tokens, i)
        elif text == "&&" and _text(nxt) == "let":
            found = ("let chains (`if let … && …`)", _between(tok, nxt))  # type: ignore[arg-type]
        if found is not None:
            return unsupported(found[0], found[1])
        if kind == "TRAIT" or (kind == "IMPL" and (prev is None or prev.type in (
                "RBRACE", "SEMICOLON", "RSQB", "LBRACE", "UNSAFE"))):
            impl_pending = True
        elif kind == "LBRACE":
            braces.append("impl" if impl_pending else "other")
            impl_pending = False
        elif kind == "RBRACE" and braces:
            braces.pop()
    return None


def _item_keyword(tokens: list[Token], at: int) -> str:
    """The keyword of the item a token is in the head of (`struct`, `fn`, `impl`, ...)."""
    for tok in reversed(tokens[:at]):
        if str(tok) in ("struct", "enum", "fn", "impl", "trait"):
            return str(tok)
    return ""


def text_is(token: Token, text: str) -> bool:
    return str(token) == text


def _let_chain(tokens: list[Token], at: int) -> tuple[str, Span] | None:
    """`if let P = e && c {`: an `&&` or `||` at depth 0 before the body's `{`."""
    depth = 0
    for tok in tokens[at + 2:]:
        text = str(tok)
        if text in ("(", "["):
            depth += 1
        elif text in (")", "]"):
            depth -= 1
        elif text == "{" and depth == 0:
            return None
        elif text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
        elif text in ("&&", "||") and depth == 0:
            return ("let chains (`if let … && …`)", _between(tokens[at], tok))
    return None


def attribute_before(source: str, error_pos: int) -> Diagnostic | None:
    """An attribute right before the failing token, which the grammar allows only on
    items, fields and variants: an attribute on a statement or expression."""
    from stackheap_tui.lang.syntax.errors import unsupported

    tokens, _ = lex(source)
    at = next((i for i, t in enumerate(tokens) if t.start_pos == error_pos), None)
    if at is None or at == 0 or tokens[at - 1].type != "RSQB" or tokens[at].type == "HASH":
        return None
    if sum(1 if t.type == "LBRACE" else -1 if t.type == "RBRACE" else 0
           for t in tokens[:at]) <= 0:
        return None  # between items: a misspelt item, a syntax error as rustc says
    depth = 0
    for j in range(at - 1, 0, -1):
        text = str(tokens[j])
        if text == "]":
            depth += 1
        elif text == "[":
            depth -= 1
            if depth == 0:
                if tokens[j - 1].type == "HASH":
                    return unsupported("attributes on statements and expressions",
                                       _between(tokens[j - 1], tokens[at - 1]))
                return None
    return None


def blank_cfg_test(source: str) -> str:
    """Items under `#[cfg(test)]` blanked out (newlines kept), as a normal build drops them."""
    if "cfg" not in source:
        return source
    tokens, complete = lex(source)
    if not complete:
        return source
    out = source
    i = 0
    while i + 6 < len(tokens):
        words = [str(t) for t in tokens[i:i + 7]]
        if words != ["#", "[", "cfg", "(", "test", ")", "]"]:
            i += 1
            continue
        end = _item_end(tokens, i + 7)
        if end is None:
            return out
        start, stop = tokens[i].start_pos or 0, tokens[end].end_pos or 0
        out = out[:start] + "".join(c if c == "\n" else " " for c in out[start:stop]) + out[stop:]
        i = end + 1
    return out


def _item_end(tokens: list[Token], at: int) -> int | None:
    """The index of the last token of the item starting at `at`: its `;` or closing `}`."""
    depth = 0
    for j in range(at, len(tokens)):
        text = str(tokens[j])
        if text in ("(", "[", "{"):
            depth += 1
        elif text in (")", "]", "}"):
            depth -= 1
            if depth == 0 and text == "}":
                return j
            if depth < 0:
                return None
        elif text == ";" and depth == 0:
            return j
    return None
