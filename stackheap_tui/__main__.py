"""`python -m stackheap_tui` runs the same command line as `stackheap-tui`."""

from stackheap_tui.cli import entry_point

raise SystemExit(entry_point())
