"""Entry point of the bundled ``postvakt`` (the window). Mirrors the ``postvakt`` gui-script."""

from desktop_app.app import main

raise SystemExit(main())
