"""Case data: the tables counsellors work from, and the only code that writes them."""
from casedata.models import CASE_KINDS, CASE_PRIORITY, Case
from casedata.repository import CaseRepository, migrate

__all__ = ["CASE_KINDS", "CASE_PRIORITY", "Case", "CaseRepository", "migrate"]
