"""Case data: the tables counsellors work from, and the only code that writes them."""
from casedata.audit import AUDIT_ACTIONS, AuditLog
from casedata.models import (
    CASE_KINDS,
    CASE_PRIORITY,
    OUTCOMES,
    REPORT_DECISIONS,
    ROLES,
    AuditEntry,
    Case,
    User,
)
from casedata.repository import (
    Claim,
    Closure,
    ClosureError,
    CaseRepository,
    NotOwnerError,
    engine_for,
    migrate,
)
from casedata.users import LoginResult, UserError, UserRepository

__all__ = [
    "AUDIT_ACTIONS", "AuditLog", "AuditEntry", "CASE_KINDS", "CASE_PRIORITY", "OUTCOMES",
    "REPORT_DECISIONS", "ROLES", "Case", "User", "Claim", "Closure", "ClosureError",
    "CaseRepository", "NotOwnerError", "engine_for", "migrate", "LoginResult", "UserError",
    "UserRepository",
]
