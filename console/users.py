"""`python -m console.users`: create, disable, enable and list console accounts.

    python -m console.users create anna --role counsellor     # asks for the password twice
    echo "$PASSWORD" | python -m console.users create anna --role admin --password-stdin
    python -m console.users disable anna
    python -m console.users list

Passwords are never taken from the command line (they would end up in the shell
history and the process list).
"""
from __future__ import annotations

import argparse
import getpass
import sys
from typing import List, Optional

from casedata import AuditLog, ROLES, UserError, UserRepository, engine_for, migrate
from common import settings as settings_module


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Lösenord (minst 12 tecken): ")
    if first != getpass.getpass("Samma lösenord igen: "):
        raise UserError("Lösenorden var inte lika.")
    return first


def main(argv: Optional[List[str]] = None) -> int:
    """Run one account command; exit status 0 on success, 1 on a refusal."""
    parser = argparse.ArgumentParser(prog="python -m console.users", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="create an account")
    create.add_argument("username")
    create.add_argument("--role", choices=ROLES, required=True)
    create.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of stdin")
    for name in ("disable", "enable"):
        commands.add_parser(name, help=f"{name} an account").add_argument("username")
    commands.add_parser("list", help="list accounts")
    args = parser.parse_args(argv)

    url = settings_module.load().STOD_CASES_DB_URL
    migrate(url)
    engine = engine_for(url)
    users, audit = UserRepository(engine), AuditLog(engine)
    try:
        if args.command == "create":
            user = users.create(args.username, _password(args.password_stdin), args.role)
            audit.record("cli", "user_created", detail=f"{user.username} ({user.role})")
            print(f"created {user.username} ({user.role})")
        elif args.command in ("disable", "enable"):
            disabled = args.command == "disable"
            if not users.set_disabled(args.username, disabled):
                raise UserError(f"Kontot {args.username} finns inte.")
            audit.record("cli", "user_disabled" if disabled else "user_enabled",
                         detail=args.username.lower())
            print(f"{args.command}d {args.username.lower()}")
        else:
            for user in users.all():
                state = "disabled" if user.disabled else "active"
                print(f"{user.username}\t{user.role}\t{state}")
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
