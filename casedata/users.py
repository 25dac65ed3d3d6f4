"""Console accounts: argon2 password hashes, roles, disabling, failed-login lockout."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import List, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import sessionmaker

from casedata.models import ROLES, User, utcnow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
PASSWORD_MIN = 12
PASSWORD_MAX = 1024


class UserError(ValueError):
    """A user could not be created or changed (message is safe to show)."""


@dataclass(frozen=True)
class LoginResult:
    """Outcome of a login attempt: 'ok', 'invalid', 'locked' or 'disabled'."""

    status: str
    user: Optional[User] = None
    locked_until: Optional[dt.datetime] = None


class UserRepository:
    """Every read and write of console accounts."""

    def __init__(self, engine: sa.engine.Engine, hasher: Optional[PasswordHasher] = None) -> None:
        self._engine = engine
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)
        self._hasher = hasher or PasswordHasher()
        # verified against for unknown users, so that they take as long as known ones
        self._dummy_hash = self._hasher.hash("not-a-real-password")

    @staticmethod
    def check_password(password: str) -> None:
        """UserError unless the password is acceptable."""
        if len(password) < PASSWORD_MIN:
            raise UserError(f"Lösenordet måste ha minst {PASSWORD_MIN} tecken.")
        if len(password) > PASSWORD_MAX:
            raise UserError(f"Lösenordet får ha högst {PASSWORD_MAX} tecken.")

    def create(self, username: str, password: str, role: str) -> User:
        """A new enabled account; UserError for a bad name, role, password or a duplicate."""
        username = (username or "").strip().lower()
        if not USERNAME.match(username):
            raise UserError("Användarnamn: 2–64 tecken a–z, 0–9, punkt, bindestreck, understreck.")
        if role not in ROLES:
            raise UserError(f"Roll måste vara en av {', '.join(ROLES)}.")
        self.check_password(password)
        user = User(username=username, password_hash=self._hasher.hash(password), role=role,
                    disabled=False, failed_logins=0, created_at=utcnow())
        try:
            with self._sessions.begin() as session:
                session.add(user)
        except sa.exc.IntegrityError as error:
            raise UserError(f"Användaren {username} finns redan.") from error
        return user

    def get(self, username: str) -> Optional[User]:
        """The account with this name, if any."""
        with self._sessions() as session:
            query = sa.select(User).where(User.username == (username or "").strip().lower())
            return session.execute(query).scalars().first()

    def get_by_id(self, user_id: int) -> Optional[User]:
        """The account with this id, if any."""
        with self._sessions() as session:
            return session.get(User, user_id)

    def all(self) -> List[User]:
        """Every account, by name."""
        with self._sessions() as session:
            return list(session.execute(sa.select(User).order_by(User.username)).scalars())

    def set_disabled(self, username: str, disabled: bool = True) -> bool:
        """Disable (or enable) an account; False if there is no such user."""
        with self._engine.begin() as connection:
            result = connection.execute(
                User.__table__.update()
                .where(User.__table__.c.username == (username or "").strip().lower())
                .values(disabled=disabled, failed_logins=0, locked_until=None)
            )
            return result.rowcount > 0

    def authenticate(
        self,
        username: str,
        password: str,
        *,
        max_failures: int,
        lockout: dt.timedelta,
        now: Optional[dt.datetime] = None,
    ) -> LoginResult:
        """Check a password; count failures and lock the account after `max_failures`."""
        now = now or utcnow()
        user = self.get(username) if username and len(username) <= 64 else None
        if user is None:
            self._verify(self._dummy_hash, password)
            return LoginResult("invalid")
        if user.locked_until is not None and user.locked_until > now:
            return LoginResult("locked", locked_until=user.locked_until)
        if not self._verify(user.password_hash, password):
            return self._failed(user, max_failures, lockout, now)
        if user.disabled:
            return LoginResult("disabled")
        values = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
        if self._hasher.check_needs_rehash(user.password_hash):
            values["password_hash"] = self._hasher.hash(password)
        with self._engine.begin() as connection:
            connection.execute(
                User.__table__.update().where(User.__table__.c.id == user.id).values(**values)
            )
        return LoginResult("ok", user=self.get_by_id(user.id))

    def _failed(self, user: User, max_failures: int, lockout: dt.timedelta,
                now: dt.datetime) -> LoginResult:
        table = User.__table__
        lock_expired = user.locked_until is not None and user.locked_until <= now
        # an expired lock starts the count afresh; the increment happens in SQL so
        # that parallel wrong guesses are all counted
        base = sa.literal(0) if lock_expired else table.c.failed_logins
        with self._engine.begin() as connection:
            connection.execute(
                table.update().where(table.c.id == user.id).values(
                    failed_logins=base + 1,
                    locked_until=sa.case(
                        (base + 1 >= max_failures, now + lockout), else_=None
                    ),
                )
            )
        fresh = self.get_by_id(user.id)
        if fresh.locked_until is not None and fresh.locked_until > now:
            return LoginResult("locked", locked_until=fresh.locked_until)
        return LoginResult("invalid")

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password or "")
        except (VerificationError, InvalidHashError):
            return False
