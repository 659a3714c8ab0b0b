"""Source text → AST: the Lark LALR parser and a structural tree builder.

The builder walks Lark's tree with an explicit stack, never Python recursion, so
10,000 nested parentheses are as safe as one. It is purely structural: meaning is
the checker's job. Syntax errors become rustc-style diagnostics here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from stackheap_tui import resources
from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.span import Span


@cache
def _parser() -> Lark:
    grammar = resources.grammar_path().read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=False)


# Rust keywords for constructs the grammar does not parse yet: seeing one is
# "not supported yet", which is more honest than a confusing syntax error.
UNSUPPORTED_KEYWORDS = {
    "struct": "`struct` items",
    "enum": "`enum` items",
    "impl": "`impl` blocks",
    "trait": "traits",
    "match": "`match` expressions",
    "mod": "modules",
    "use": "`use` declarations",
    "const": "`const` items",
    "static": "`static` items",
    "type": "type aliases",
    "where": "`where` clauses",
    "dyn": "trait objects (`dyn`)",
    "move": "closures",
    "async": "`async`",
    "await": "`await`",
    "extern": "`extern`",
    "crate": "`crate` paths",
    "pub": "`pub` visibility",
    "self": "methods (`self`)",
    "Self": "`Self`",
    "union": "`union` items",
    "macro_rules": "macro definitions",
}


def span_of_token(token: Token) -> Span:
    return Span(
        token.line or 0, token.column or 0, token.end_line or 0, token.end_column or 0,
        token.start_pos or 0, token.end_pos or 0,
    )


def _span(meta: Any) -> Span:
    if getattr(meta, "empty", True):
        return Span(0, 0, 0, 0, 0, 0)
    return Span(
        meta.line, meta.column, meta.end_line, meta.end_column, meta.start_pos, meta.end_pos
    )


# ---- literal decoding ----

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"'}
_ESCAPE_RE = re.compile(r"\\(u\{[0-9a-fA-F_]+\}|x[0-9a-fA-F]{2}|\n\s*|.)")


def decode_escapes(body: str) -> str:
    def replace(match: re.Match[str]) -> str:
        esc = match.group(1)
        if esc.startswith("u{"):
            return chr(int(esc[2:-1].replace("_", ""), 16))
        if esc.startswith("x") and len(esc) == 3:
            return chr(int(esc[1:], 16))
        if esc.startswith("\n"):
            return ""  # a backslash at a line's end joins the lines, skipping indentation
        return _ESCAPES.get(esc, esc)

    return _ESCAPE_RE.sub(replace, body)


INT_SUFFIXES = (
    "i128", "u128", "isize", "usize", "i16", "i32", "i64", "u16", "u32", "u64", "f32", "f64",
    "i8", "u8",
)


def parse_int_literal(text: str) -> tuple[int, str | None]:
    suffix = None
    digits = text
    is_hex = text.startswith("0x")
    for candidate in INT_SUFFIXES:
        # In hex, "f32" could be digits; Rust reads a trailing f32 in 0x.. as digits too.
        if text.endswith(candidate) and not (is_hex and candidate.startswith("f")):
            suffix, digits = candidate, text[: -len(candidate)]
            break
    digits = digits.replace("_", "")
    base = {"0x": 16, "0o": 8, "0b": 2}.get(digits[:2], 10)
    return int(digits[2:] if base != 10 else digits, base), suffix


# ---- the tree builder ----

Builder = Callable[[Span, list[Any]], Any]


def _tokens(children: list[Any], kind: str) -> list[Token]:
    return [c for c in children if isinstance(c, Token) and c.type == kind]


def _nodes(children: list[Any]) -> list[Any]:
    return [c for c in children if not isinstance(c, Token)]


def _label(children: list[Any]) -> str | None:
    labels = _tokens(children, "LIFETIME")
    return str(labels[0]) if labels else None


def _binary(span: Span, c: list[Any]) -> ast.Binary:
    return ast.Binary(span, str(c[1]), c[0], c[2])


def _fixed_op(op: str) -> Builder:
    return lambda span, c: ast.Binary(span, op, c[0], c[1])


def _block(span: Span, c: list[Any]) -> ast.Block:
    stmts = list(c)
    tail = None
    if stmts and not isinstance(stmts[-1], ast.Let | ast.ExprStmt | ast.EmptyStmt | ast.ItemStmt):
        tail = stmts.pop()
    elif stmts and isinstance(stmts[-1], ast.ExprStmt) and not stmts[-1].semicolon:
        # `{ ...; if c { 1 } else { 2 } }`: a trailing block-like statement is the value.
        tail = stmts.pop().expr
    return ast.Block(span, tuple(stmts), tail)


def _if(span: Span, c: list[Any]) -> ast.If:
    otherwise = c[2] if len(c) > 2 else None
    return ast.If(span, c[0], c[1], otherwise)


def _ident_pattern(span: Span, c: list[Any]) -> ast.IdentPattern:
    return ast.IdentPattern(
        span, str(_tokens(c, "IDENT")[0]), bool(_tokens(c, "MUT")), bool(_tokens(c, "REF"))
    )


def _let(span: Span, c: list[Any]) -> ast.Let:
    pattern, rest = c[0], c[1:]
    ty = next((x for x in rest if isinstance(x, ast.TypePath | ast.TypeRef | ast.TypeTuple
                                            | ast.TypeArray | ast.TypeNever)), None)
    rest = [x for x in rest if x is not ty]
    return ast.Let(span, pattern, ty, rest[0] if rest else None)


def _fn(span: Span, c: list[Any]) -> ast.FnItem:
    name = c[0]
    params: tuple[ast.Param, ...] = c[1]
    ret = c[2] if len(c) == 4 else None
    return ast.FnItem(span, str(name), span_of_token(name), params, ret, c[-1])


def _path_expr(span: Span, c: list[Any]) -> ast.Path:
    segments = tuple(str(t) for t in c if isinstance(t, Token))
    generics = tuple(arg for x in c if isinstance(x, tuple) for arg in x)
    return ast.Path(span, segments, generics)


def _type_path(span: Span, c: list[Any]) -> ast.TypePath:
    segments = tuple(str(t) for t in c if isinstance(t, Token))
    args = next((x for x in c if isinstance(x, tuple)), ())
    return ast.TypePath(span, segments, args)


def _method_call(span: Span, c: list[Any]) -> ast.MethodCall:
    name = _tokens(c, "IDENT")[0]
    args = c[-1]
    return ast.MethodCall(span, c[0], str(name), args, span_of_token(name))


def _index(span: Span, c: list[Any]) -> ast.Index:
    base, index = c
    bracket = Span(span.line, span.col, span.line, span.col + 1, span.start, span.start + 1)
    base_span: Span | None = getattr(base, "span", None)
    if base_span is not None:
        # Rust reports Vec index panics at the `[`, right after the base expression.
        bracket = Span(base_span.end_line, base_span.end_col, base_span.end_line,
                       base_span.end_col + 1, base_span.end, base_span.end + 1)
    return ast.Index(span, base, index, bracket)


def _range() -> Builder:
    def build(span: Span, c: list[Any]) -> ast.RangeExpr:
        op = _tokens(c, "RANGE_OP")[0]
        exprs = _nodes(c)
        start = exprs[0] if exprs and c.index(exprs[0]) < c.index(op) else None
        end = exprs[-1] if exprs and c.index(exprs[-1]) > c.index(op) else None
        return ast.RangeExpr(span, start, end, str(op) == "..=")

    return build


def _ref(mutable_kind: str) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.Unary:
        mutable = bool(_tokens(c, "MUT"))
        inner = ast.Unary(span, "&mut" if mutable else "&", _nodes(c)[0])
        return ast.Unary(span, "&", inner) if mutable_kind == "double" else inner

    return build


def _type_ref(double: bool) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.TypeRef:
        inner = ast.TypeRef(span, bool(_tokens(c, "MUT")), _nodes(c)[0])
        return ast.TypeRef(span, False, inner) if double else inner

    return build


def _int(span: Span, c: list[Any]) -> ast.IntLit | ast.FloatLit:
    value, suffix = parse_int_literal(str(c[0]))
    if suffix in ("f32", "f64"):
        return ast.FloatLit(span, float(value), suffix)
    return ast.IntLit(span, value, suffix)


def _float(span: Span, c: list[Any]) -> ast.FloatLit:
    text = str(c[0]).replace("_", "")
    suffix = text[-3:] if text.endswith(("f32", "f64")) else None
    if suffix:
        text = text[:-3]
    return ast.FloatLit(span, float(text), suffix)


BUILDERS: dict[str, Builder] = {
    "start": lambda span, c: ast.Program(tuple(c)),
    "fn_item": _fn,
    "params": lambda span, c: tuple(c),
    "param": lambda span, c: ast.Param(span, c[0], c[1]),
    "return_type": lambda span, c: c[0],
    "path_type": _type_path,
    "generic_args": lambda span, c: tuple(c),
    "ref_type": _type_ref(double=False),
    "ref_ref_type": _type_ref(double=True),
    "tuple_type": lambda span, c: ast.TypeTuple(span, tuple(c)),
    "array_type": lambda span, c: ast.TypeArray(span, c[0], c[1]),
    "slice_type": lambda span, c: ast.TypeArray(span, c[0], None),
    "never_type": lambda span, c: ast.TypeNever(span),
    "ident_pattern": _ident_pattern,
    "unit_pattern": lambda span, c: ast.TuplePattern(span, ()),
    "tuple_pattern": lambda span, c: ast.TuplePattern(span, tuple(c)),
    "block": _block,
    "empty_stmt": lambda span, c: ast.EmptyStmt(span),
    "let_stmt": _let,
    "expr_stmt": lambda span, c: ast.ExprStmt(span, c[0], True),
    "block_like_stmt": lambda span, c: ast.ExprStmt(span, c[0], False),
    "block_expr": lambda span, c: c[0],
    "if_expr": _if,
    "loop_expr": lambda span, c: ast.Loop(span, c[0], None),
    "labelled_loop_expr": lambda span, c: ast.Loop(span, c[-1], _label(c)),
    "while_expr": lambda span, c: ast.While(span, c[0], c[1], None),
    "labelled_while_expr": lambda span, c: ast.While(span, c[-2], c[-1], _label(c)),
    "for_expr": lambda span, c: ast.For(span, c[0], c[1], c[2], None),
    "labelled_for_expr": lambda span, c: ast.For(span, c[-3], c[-2], c[-1], _label(c)),
    "unsafe_block": lambda span, c: ast.Unsafe(span, c[0]),
    "assign_expr": lambda span, c: ast.Assign(span, str(c[1]), c[0], c[2]),
    "plain_assign": lambda span, c: ast.Assign(span, "=", c[0], c[1]),
    "return_expr": lambda span, c: ast.Return(span, c[0] if c else None),
    "break_expr": lambda span, c: ast.Break(span, _label(c), (_nodes(c) or [None])[0]),
    "continue_expr": lambda span, c: ast.Continue(span, _label(c)),
    "range_expr": _range(),
    "range_from": _range(),
    "range_to": _range(),
    "range_full": _range(),
    "or_op": _fixed_op("||"),
    "and_op": _fixed_op("&&"),
    "bitor_op": _fixed_op("|"),
    "bitxor_op": _fixed_op("^"),
    "bitand_op": _fixed_op("&"),
    "binary": _binary,
    "cast_expr": lambda span, c: ast.Cast(span, c[0], c[1]),
    "neg": lambda span, c: ast.Unary(span, "-", c[0]),
    "not_": lambda span, c: ast.Unary(span, "!", c[0]),
    "deref": lambda span, c: ast.Unary(span, "*", c[0]),
    "ref_expr": _ref("single"),
    "ref_ref_expr": _ref("double"),
    "call": lambda span, c: ast.Call(span, c[0], c[1]),
    "method_call": _method_call,
    "field": lambda span, c: ast.Field(span, c[0], str(c[1])),
    "tuple_field": lambda span, c: ast.Field(span, c[0], str(c[1])),
    "index": _index,
    "try_expr": lambda span, c: ast.Try(span, c[0]),
    "turbofish": lambda span, c: c[0],
    "args": lambda span, c: tuple(c),
    "int_lit": _int,
    "float_lit": _float,
    "str_lit": lambda span, c: ast.StrLit(span, decode_escapes(str(c[0])[1:-1])),
    "char_lit": lambda span, c: ast.CharLit(span, decode_escapes(str(c[0])[1:-1])),
    "true_lit": lambda span, c: ast.BoolLit(span, True),
    "false_lit": lambda span, c: ast.BoolLit(span, False),
    "path_expr": _path_expr,
    "paren": lambda span, c: c[0],
    "unit_lit": lambda span, c: ast.UnitLit(span),
    "tuple_lit": lambda span, c: ast.TupleExpr(span, tuple(c)),
    "array_lit": lambda span, c: ast.ArrayExpr(span, c[0]),
    "array_repeat": lambda span, c: ast.ArrayRepeat(span, c[0], c[1]),
    "macro_call": lambda span, c: ast.MacroCall(span, str(c[0]), c[1], False),
    "macro_call_bracket": lambda span, c: ast.MacroCall(span, str(c[0]), c[1], True),
}


def build_ast(tree: Tree) -> ast.Program:
    """Post-order walk with an explicit stack: deep nesting cannot overflow Python."""
    results: list[Any] = []
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:
        node, children_done = stack.pop()
        if not isinstance(node, Tree):
            results.append(node)
            continue
        if not children_done:
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.children))
            continue
        count = len(node.children)
        children = results[len(results) - count:] if count else []
        del results[len(results) - count:]
        rule = node.data if isinstance(node.data, str) else node.data.value
        results.append(BUILDERS[rule](_span(node.meta), children))
    program = results[0]
    assert isinstance(program, ast.Program)
    return program


# ---- errors ----

_TOKEN_WORDS = {
    "SEMICOLON": "`;`", "RBRACE": "`}`", "LBRACE": "`{`", "RPAR": "`)`", "LPAR": "`(`",
    "RSQB": "`]`", "LSQB": "`[`", "COMMA": "`,`", "COLON": "`:`", "EQUAL": "`=`",
    "IDENT": "identifier", "$END": "end of file", "MORETHAN": "`>`", "LESSTHAN": "`<`",
}


def _describe_found(token: Token) -> str:
    if token.type == "$END":
        return "end of file"
    if token.type == "IDENT":
        return f"`{token}`"
    if token.type in ("INT", "FLOAT", "STRING", "CHAR"):
        return f"literal `{token}`"
    return f"`{token}`"


def _expected_text(expected: set[str]) -> str:
    if {"INT", "STRING", "LPAR"} <= expected:
        return "expression"
    preferred = ["SEMICOLON", "RBRACE", "RPAR", "RSQB", "COMMA", "EQUAL", "LBRACE", "COLON"]
    named = [_TOKEN_WORDS[e] for e in preferred if e in expected]
    if len(named) == 1 or (named and named[0] == "`;`"):
        return named[0]
    if named:
        return "one of " + ", ".join(named[:4])
    if "IDENT" in expected:
        return "identifier"
    return "expression"


def _scan_unsupported(source: str) -> Diagnostic | None:
    try:
        tokens = list(_parser().lex(source))
    except UnexpectedInput:
        return None  # the parser reports the bad character with its own message
    for token in tokens:
        if token.type == "IDENT" and str(token) in UNSUPPORTED_KEYWORDS:
            return unsupported(UNSUPPORTED_KEYWORDS[str(token)], span_of_token(token))
    return None


def unsupported(what: str, span: Span) -> Diagnostic:
    return Diagnostic(f"not supported yet: {what}", span, label="stackheap-tui cannot run this yet")


def _syntax_diagnostic(error: UnexpectedInput, source: str) -> Diagnostic:
    line, col = error.line, error.column
    pos = error.pos_in_stream or 0
    if isinstance(error, UnexpectedCharacters):
        char = source[pos] if pos < len(source) else ""
        message = f"unknown start of token: {char!r}" if char not in "\"'" else (
            "unterminated literal"
        )
        return Diagnostic(message, Span(line, col, line, col + 1, pos, pos + 1))
    if isinstance(error, UnexpectedToken | UnexpectedEOF):
        token = error.token
        expected = set(error.expected) if isinstance(error, UnexpectedToken) else set()
        found = _describe_found(token)
        wanted = _expected_text(expected)
        if token.type == "$END" or line is None or line < 1:
            lines = source.splitlines() or [""]
            end_line = len(lines)
            end_col = len(lines[-1]) + 1
            return Diagnostic(
                "this file contains an unclosed delimiter" if "RBRACE" in expected
                else f"expected {wanted}, found end of file",
                Span(end_line, end_col, end_line, end_col + 1, len(source), len(source)),
            )
        span = span_of_token(token)
        if "SEMICOLON" in expected and wanted == "`;`":
            # rustc points just after the previous token, where the `;` belongs.
            prev_end = source.rstrip()[: span.start].rstrip()
            prev_line = prev_end.count("\n") + 1
            prev_col = len(prev_end) - (prev_end.rfind("\n") + 1) + 1
            where = Span(prev_line, prev_col, prev_line, prev_col + 1, len(prev_end),
                         len(prev_end) + 1)
            return Diagnostic(f"expected `;`, found {found}", where, label="help: add `;` here")
        return Diagnostic(f"expected {wanted}, found {found}", span, label=f"expected {wanted}")
    return Diagnostic(str(error).splitlines()[0], Span(line or 1, col or 1, line or 1,
                                                       (col or 1) + 1, pos, pos + 1))


def parse(source: str) -> ast.Program:
    """Parse a whole file; raises CompileError with one rustc-style diagnostic."""
    problem = _scan_unsupported(source)
    if problem is not None:
        raise CompileError([problem])
    try:
        tree = _parser().parse(source)
    except UnexpectedInput as error:
        raise CompileError([_syntax_diagnostic(error, source)]) from None
    return build_ast(tree)
