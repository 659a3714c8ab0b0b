"""`python -m stackheap_tui` runs the same command line as `stackheap-tui`."""

from stackheap_tui.cli import main

raise SystemExit(main())
