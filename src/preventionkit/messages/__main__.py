"""``python -m preventionkit.messages compile|check``: catalogue upkeep (needs Babel)."""

from ._tooling import main

raise SystemExit(main())
