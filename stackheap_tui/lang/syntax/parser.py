"""Source text → AST: comments blanked, the file parsed by the LALR parser, the tree
built into the AST; every failure is one rustc-style diagnostic."""

from __future__ import annotations

from lark import Token
from lark.exceptions import UnexpectedInput, UnexpectedToken

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.syntax.build import build_ast
from stackheap_tui.lang.syntax.comments import blank_comments
from stackheap_tui.lang.syntax.errors import scan_unsupported, syntax_diagnostic
from stackheap_tui.lang.syntax.grammar import lark_parser
from stackheap_tui.lang.syntax.literals import scan_bare_cr


def parse(source: str) -> ast.Program:
    """Parse a whole file; raises CompileError with one rustc-style diagnostic."""
    source = blank_comments(source)
    bare_cr = scan_bare_cr(source)
    if bare_cr:
        raise CompileError(bare_cr)
    problem = scan_unsupported(source)
    if problem is not None:
        raise CompileError([problem])
    try:
        tree = lark_parser().parse(source, on_error=_split_closing_angles)
    except UnexpectedInput as error:
        raise CompileError([syntax_diagnostic(error, source)]) from None
    return build_ast(tree)


def _split_closing_angles(error: UnexpectedInput) -> bool:
    """`Vec<Vec<i32>>`: where a `>>` token cannot be a shift, it is two closing `>`.

    rustc's parser splits the token the same way. Returning True resumes parsing.
    """
    token = getattr(error, "token", None)
    if not isinstance(error, UnexpectedToken) or token is None or str(token) != ">>":
        return False
    closing = next((name for name in error.expected if name in ("MORETHAN",)), None)
    if closing is None:
        return False
    parser = error.interactive_parser
    for offset in (0, 1):
        parser.feed_token(Token.new_borrow_pos(closing, ">", token) if offset == 0 else Token(
            closing, ">", token.start_pos + 1, token.line, (token.column or 0) + 1,
            token.end_line, token.end_column, token.end_pos))
    return True
