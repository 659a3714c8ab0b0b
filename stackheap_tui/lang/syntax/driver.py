"""The fast way from source text to the AST: Lark's own LALR tables and contextual
lexer, driven by one loop that calls each rule's builder as the rule is reduced.

Lark's `parse` makes a whole `Tree` (a wrapper call and a position pass for every
reduction, four per token here, most of them `?rule` ladders that keep their single
child), then `build_ast` walks it again. This loop reads the same tables, so the
grammar file stays the one description of the syntax and a new rule is still "a
grammar line + a builder": a one-child `?rule` costs one table lookup, and every other
rule builds its node at once, with the span Lark's `propagate_positions` would give it.

It does what `Lark.parse` + `build_ast` do for a program that parses, node for node
(a test compares them on every conformance program). Anything else (a syntax error, a
bad character, nesting deeper than `MAX_NESTING`, a grammar feature this loop does not
model) raises `NotFast`, and the caller takes Lark's way, which says what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from lark import Token
from lark.lexer import BasicLexer, ContextualLexer, PatternStr, UnlessCallback
from lark.parsers.lalr_analysis import Shift

from stackheap_tui.lang import ast
from stackheap_tui.lang.nesting import BODY_OWNERS, MAX_NESTING, WRAPPERS
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.build import BUILDERS
from stackheap_tui.lang.syntax.grammar import lark_parser, split_closing_angles

EMPTY_SPAN = Span(0, 0, 0, 0, 0, 0)


class NotFast(Exception):
    """The fast loop does not decide this input: parse it Lark's way."""


@dataclass(frozen=True, slots=True)
class _Rule:
    """What reducing one grammar rule does (see lark's `parse_tree_builder`)."""

    size: int  # symbols popped
    origin: str  # the nonterminal pushed (the goto)
    passes: bool  # a `?rule` with one kept child: the child stays as it is
    keep: tuple[tuple[int, bool], ...]  # kept children: (index, spliced `_rule`)
    keeps_all: bool  # every child kept as it is
    expand1: bool  # `?rule`: one kept child is passed up
    splice: bool  # an inlined `_rule`: its children go to the parent
    builder: Any  # makes the node (None for a `_rule`)
    body_owner: bool  # a `block` child is not a level of its own (`nesting`)
    add_normal: int  # the level this node counts for under most parents
    add_body: int  # ... under a body owner


class _Splice:
    """An inlined `_rule`'s kept children, waiting for the parent to take them."""

    __slots__ = ("items",)

    def __init__(self, items: list[Any]) -> None:
        self.items = items


# Where an entry sits: (line, column, start offset, end line, end column, end offset).
_Where = tuple[int, int, int, int, int, int]
# Per stack entry beside its value: (levels of nesting under a usual parent, under a
# body owner (see `nesting`), where it sits in the source: None if it matched nothing).
_Info = tuple[int, int, _Where | None]


@dataclass(frozen=True, slots=True)
class _Tables:
    actions: list[dict[str, Any]]  # per state: terminal → next state (int) or _Rule;
    # nonterminal → the goto state
    lexers: list[Any]  # per state: a BasicLexer: the terminals it accepts (contextual lexing)
    start: int
    end: int


@cache
def _tables() -> _Tables | None:
    """Lark's tables in the shape the loop reads, or None if the grammar uses something
    the loop does not model (then every parse takes Lark's way)."""
    lark = lark_parser()
    frontend = lark.parser
    table = frontend.parser.parser.parse_table
    lexer = frontend.lexer
    if not isinstance(lexer, ContextualLexer) or lark.options.start != ["start"]:
        return None
    rules: dict[int, _Rule] = {}
    for rule in lark.rules:
        made = _rule_of(rule)
        if made is None:
            return None
        rules[id(rule)] = made
    count = max(table.states) + 1
    if set(table.states) != set(range(count)):
        return None
    actions: list[dict[str, Any]] = []
    for state in range(count):
        row: dict[str, Any] = {}
        for symbol, (action, arg) in table.states[state].items():
            row[symbol] = arg if action is Shift else rules[id(arg)]
        actions.append(row)
    lexers = [lexer.lexers[state] for state in range(count)]
    if any(type(basic) is not BasicLexer or basic.user_callbacks for basic in lexers):
        return None
    return _Tables(actions, lexers, table.start_states["start"], table.end_states["start"])


def _rule_of(rule: Any) -> _Rule | None:
    options = rule.options
    name = rule.alias or options.template_source or rule.origin.name
    splice = rule.origin.name.startswith("_")
    if options.keep_all_tokens or (splice and (options.expand1 or rule.alias)):
        return None
    builder = None if splice else BUILDERS.get(str(name))  # None: a `?rule` always
    # passing its one child up (a node of it would have no builder)
    keep = tuple((i, not sym.is_term and sym.name.startswith("_"))
                 for i, sym in enumerate(rule.expansion)
                 if not (sym.is_term and sym.filter_out))
    expand1 = bool(options.expand1) and not rule.alias
    passes = expand1 and len(rule.expansion) == 1 and len(keep) == 1 and not keep[0][1]
    wrapper = name in WRAPPERS
    return _Rule(len(rule.expansion), str(rule.origin.name), passes, keep,
                 len(keep) == len(rule.expansion) and not any(s for _, s in keep),
                 expand1, splice, builder, name in BODY_OWNERS, 0 if wrapper else 1,
                 0 if wrapper or name == "block" else 1)


def fast_parse(source: str) -> ast.Program:
    """The AST of `source` (comments already blanked), or NotFast."""
    tables = _tables()
    if tables is None:
        raise NotFast
    actions = tables.actions
    scanners: dict[int, tuple[Any, dict[str, dict[str, str]], frozenset[str]]] = {}
    states: list[int] = [tables.start]
    values: list[Any] = []
    infos: list[_Info] = []
    pos, line, line_start, length = 0, 1, 0, len(source)
    while True:
        # The next token, lexed with the terminals the parser's state accepts.
        token: Token | None = None
        while pos < length:
            state = states[-1]
            scanner = scanners.get(state)
            if scanner is None:
                scanner = scanners[state] = _scanner(tables.lexers[state])
            match, keywords, ignored = scanner
            found = match(source, pos)
            if found is None:
                raise NotFast
            value, kind = found.group(0), found.lastgroup
            if kind in keywords:
                kind = keywords[kind].get(value, kind)  # `let` is LET, not a name
            start, start_line, column = pos, line, pos - line_start + 1
            pos += len(value)
            newlines = value.count("\n")
            if newlines:
                line += newlines
                line_start = start + value.rindex("\n") + 1
            if kind in ignored:
                continue
            where = (start_line, column, start, line, pos - line_start + 1, pos)
            token = Token(kind, value, start, start_line, column, line, where[4], pos)
            break
        if token is None:
            return _finish(tables, states, values, infos)
        # Most tokens: one-child `?rule`s passed through, then a shift (as in `_feed`).
        kind = token.type
        action = actions[states[-1]].get(kind)
        while action is not None and type(action) is not int and action.passes:
            states[-1] = actions[states[-2]][action.origin]
            action = actions[states[-1]].get(kind)
        if type(action) is int:
            states.append(action)
            values.append(token)
            infos.append((0, 0, where))
            continue
        if not _feed(actions, states, values, infos, token, where):
            replacements = split_closing_angles(token, _expected(actions[states[-1]]))
            if replacements is None:
                raise NotFast
            for part in replacements:
                if not _feed(actions, states, values, infos, part, _where_of(part)):
                    raise NotFast


def _where_of(token: Token) -> _Where:
    return (token.line or 0, token.column or 0, token.start_pos or 0, token.end_line or 0,
            token.end_column or 0, token.end_pos or 0)


def _scanner(lexer: BasicLexer) -> tuple[Any, dict[str, dict[str, str]], frozenset[str]]:
    """A state's lexer as the loop calls it: its one regular expression's `match`, the
    keywords a matched terminal may turn out to be (Lark's `UnlessCallback`, as a table:
    `IDENT` "let" is `LET`), the terminals skipped."""
    mres = lexer.scanner._mres
    if len(mres) != 1 or lexer.g_regex_flags:
        raise NotFast  # over 100 terminals in one state: Lark tries them in turn
    keywords: dict[str, dict[str, str]] = {}
    for kind, callback in lexer.callback.items():
        if not isinstance(callback, UnlessCallback):
            raise NotFast
        table: dict[str, str] = {}
        for terminal in callback.scanner.terminals:
            if not isinstance(terminal.pattern, PatternStr) or terminal.pattern.flags:
                raise NotFast
            table.setdefault(terminal.pattern.value, terminal.name)  # the first one wins
        keywords[kind] = table
    return mres[0].match, keywords, lexer.ignore_types


def _expected(row: dict[str, Any]) -> set[str]:
    return {symbol for symbol in row if symbol.isupper()}


def _finish(tables: _Tables, states: list[int], values: list[Any], infos: list[_Info]
            ) -> ast.Program:
    """Feed the end of the file: reduce until the start rule is done."""
    actions = tables.actions
    while True:
        action = actions[states[-1]].get("$END")
        if action is None or type(action) is int:
            raise NotFast
        _reduce(actions, states, values, infos, action)
        if states[-1] == tables.end:
            break
    program, info = values[-1], infos[-1]
    if not isinstance(program, ast.Program) or info[0] > MAX_NESTING:
        raise NotFast  # too deep: Lark's way finds where, as it always did
    return program


def _feed(actions: list[dict[str, Any]], states: list[int], values: list[Any],
          infos: list[_Info], token: Token, where: _Where) -> bool:
    """Reduce what `token` ends, then shift it; False if the state does not accept it."""
    kind = token.type
    while True:
        action = actions[states[-1]].get(kind)
        if action is None:
            return False
        if type(action) is int:
            states.append(action)
            values.append(token)
            infos.append((0, 0, where))
            return True
        if action.passes:
            states[-1] = actions[states[-2]][action.origin]
        else:
            _reduce(actions, states, values, infos, action)


def _reduce(actions: list[dict[str, Any]], states: list[int], values: list[Any],
            infos: list[_Info], rule: _Rule) -> None:
    size = rule.size
    if size:
        raw = values[-size:]
        raw_infos = infos[-size:]
        del states[-size:], values[-size:], infos[-size:]
    else:
        raw, raw_infos = [], []
    value, info = _build(rule, raw, raw_infos)
    states.append(actions[states[-1]][rule.origin])
    values.append(value)
    infos.append(info)


def _build(rule: _Rule, raw: list[Any], raw_infos: list[_Info]) -> tuple[Any, _Info]:
    """The value of a reduced rule and what its parent needs to know of it."""
    # Where it sits: from the first child that takes room to the last one, as Lark's
    # `propagate_positions`; how deep it nests (`nesting`).
    first = last = None
    normal = body = 0
    for child_normal, child_body, child_where in raw_infos:
        if child_normal > normal:
            normal = child_normal
        if child_body > body:
            body = child_body
        if child_where is not None:
            if first is None:
                first = child_where
            last = child_where
    where = None if first is None or last is None else (
        first[0], first[1], first[2], last[3], last[4], last[5])
    if rule.keeps_all:
        kept = raw
    else:
        kept = []
        for index, spliced in rule.keep:
            if spliced:
                items = raw[index].items
                if kept:
                    kept += items
                else:
                    kept = items  # a left-recursive list grows in place, as in Lark
            else:
                kept.append(raw[index])
    if rule.expand1 and len(kept) == 1:
        # `?rule`: the child goes up; where it sits widens to the rule's (`( x )`).
        child = next((raw_infos[i] for i, spliced in rule.keep if not spliced), None)
        if child is None or any(spliced for _, spliced in rule.keep):
            raise NotFast  # the one child of a `_rule`: not met in this grammar
        if raw[rule.keep[0][0]] is not kept[0]:
            raise NotFast
        if child[2] is None and where is not None:
            raise NotFast  # Lark would give the empty child the rule's position
        if isinstance(kept[0], Token):
            return kept[0], child  # a token keeps its own position
        return kept[0], (child[0], child[1], where)
    if rule.splice:
        return _Splice(kept), (normal, body, where)
    levels = body if rule.body_owner else normal
    if levels > MAX_NESTING:
        raise NotFast
    if rule.builder is None:
        raise NotFast  # no builder: `build_ast` says so
    span = EMPTY_SPAN if where is None else Span(where[0], where[1], where[3], where[4],
                                                  where[2], where[5])
    node = rule.builder(span, kept)
    return node, (levels + rule.add_normal, levels + rule.add_body, where)
