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
from stackheap_tui.lang.syntax.refusals import attribute_before, blank_cfg_test, find_unsupported


def parse(source: str) -> ast.Program:
    """Parse a whole file; raises CompileError with one rustc-style diagnostic."""
    source = blank_cfg_test(blank_comments(source))
    bare_cr = scan_bare_cr(source)
    if bare_cr:
        raise CompileError(bare_cr)
    problem = scan_unsupported(source)
    if problem is not None:
        raise CompileError([problem])
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
    """`Vec<Vec<i32>>`: where a `>>` token cannot be a shift, it is two closing `>`; where
    a closing `>` cannot close generics (`x as usize > 0`), it is a comparison.

    rustc's parser splits the token the same way. Returning True resumes parsing.
    """
    token = getattr(error, "token", None)
    if not isinstance(error, UnexpectedToken) or token is None:
        return False
    if token.type == "MORETHAN" and "CMP_OP" in error.expected:
        # `x as usize > 0`: the lexer took the `>` for a generic's closing one.
        error.interactive_parser.feed_token(Token.new_borrow_pos("CMP_OP", ">", token))
        return True
    if str(token) != ">>":
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
