"""`python -m console`: migrate the case database and serve the console on 127.0.0.1."""
from __future__ import annotations

from casedata import migrate
from common import settings as settings_module
from console.app import create_app


def main() -> None:
    """Serve the console on 127.0.0.1:STOD_CONSOLE_PORT."""
    settings = settings_module.load()
    migrate(settings.STOD_CASES_DB_URL)
    app = create_app(settings, name="stod_console")
    app.run(host="127.0.0.1", port=settings.console_port, access_log=False, workers=1)


if __name__ == "__main__":
    main()
