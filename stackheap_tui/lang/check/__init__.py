"""The static pass (names, types, exhaustiveness, then the borrow check): `check`.

The package splits rustc's phase 1 by construct (see `base.py`); `driver.py` runs it.
"""

from stackheap_tui.lang.check.driver import check, check_types
from stackheap_tui.lang.check.expressions import construct_name
from stackheap_tui.lang.check.operators import is_place_expr

__all__ = ["check", "check_types", "construct_name", "is_place_expr"]
