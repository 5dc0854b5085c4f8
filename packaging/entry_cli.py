"""Entry point of the bundled ``postvakt-cli``. Mirrors the ``postvakt-cli`` console script."""

from desktop_app.cli import main

raise SystemExit(main())
