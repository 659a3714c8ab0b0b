"""The syntax stage of `lang`: source text → AST, or one rustc-style syntax error.

`parse` is the way in; the modules each do one part of it:

* `grammar`: the Lark LALR parser built from `grammars/rust_subset.lark`, and its lexer;
* `comments`: comments blanked before lexing (block comments nest);
* `parser`: `parse` itself, and `>>` split into two `>` where generics close;
* `driver`: the fast way, one loop over Lark's LALR tables calling the builders as rules
  are reduced (no tree); `parser` takes Lark's way where it gives way (any error);
* `build` (with `build_items`, `build_types`, `build_patterns`, `build_exprs` and
  their shared `pieces`): each rule's builder, and Lark's tree → the AST without
  recursion (Lark's way);
* `literals`: escapes and integer literals decoded;
* `spans`: where a token or rule match sits;
* `errors` (with `hints`): Lark's errors → diagnostics, and "not supported yet".
"""

from stackheap_tui.lang.syntax.build import BUILDERS, build_ast
from stackheap_tui.lang.syntax.comments import blank_comments
from stackheap_tui.lang.syntax.errors import UNSUPPORTED_KEYWORDS, unsupported
from stackheap_tui.lang.syntax.literals import INT_SUFFIXES, decode_escapes, parse_int_literal
from stackheap_tui.lang.syntax.parser import parse
from stackheap_tui.lang.syntax.pieces import Builder
from stackheap_tui.lang.syntax.spans import span_of_token

__all__ = [
    "BUILDERS",
    "INT_SUFFIXES",
    "UNSUPPORTED_KEYWORDS",
    "Builder",
    "blank_comments",
    "build_ast",
    "decode_escapes",
    "parse",
    "parse_int_literal",
    "span_of_token",
    "unsupported",
]
