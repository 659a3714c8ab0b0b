"""Source text → AST: comments blanked, the file parsed by the LALR parser, the tree
built into the AST; every failure is one rustc-style diagnostic."""

from __future__ import annotations

from lark.exceptions import UnexpectedInput, UnexpectedToken

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.syntax.build import build_ast
from stackheap_tui.lang.syntax.comments import blank_comments
from stackheap_tui.lang.syntax.driver import NotFast, fast_parse
from stackheap_tui.lang.syntax.errors import scan_unsupported, syntax_diagnostic
from stackheap_tui.lang.syntax.grammar import forget_lexed, lark_parser, split_closing_angles
from stackheap_tui.lang.syntax.literals import scan_bare_cr
from stackheap_tui.lang.syntax.refusals import attribute_before, blank_cfg_test, find_unsupported


def parse(source: str) -> ast.Program:
    """Parse a whole file; raises CompileError with one rustc-style diagnostic."""
    try:
        return _parse(source)
    finally:
        forget_lexed()  # the passes below share one lexing of the file, not kept after


def _parse(source: str) -> ast.Program:
    source = blank_cfg_test(blank_comments(source))
    bare_cr = scan_bare_cr(source)
    if bare_cr:
        raise CompileError(bare_cr)
    problem = scan_unsupported(source)
    if problem is not None:
        raise CompileError([problem])
    try:
        return fast_parse(source)
    except NotFast:
        pass  # Lark's way says what is wrong
    try:
        tree = lark_parser().parse(source, on_error=_split_closing_angles)
    except UnexpectedInput as error:
        # Valid Rust outside the subset is refused, never given a syntax error.
        at = error.pos_in_stream if error.pos_in_stream is not None else len(source)
        refusal = find_unsupported(source, at) or attribute_before(source, at)
        if refusal is not None:
            raise CompileError([refusal]) from None
        raise CompileError([syntax_diagnostic(error, source)]) from None
    return build_ast(tree)


def _split_closing_angles(error: UnexpectedInput) -> bool:
    """Lark's error handler: the tokens `split_closing_angles` reads instead of a `>>` or
    `>` the parser did not expect are fed, and parsing resumes (True)."""
    token = getattr(error, "token", None)
    if not isinstance(error, UnexpectedToken) or token is None:
        return False
    replacements = split_closing_angles(token, set(error.expected))
    if replacements is None:
        return False
    for replacement in replacements:
        error.interactive_parser.feed_token(replacement)
    return True
