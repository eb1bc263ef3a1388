"""Mock of the National Tax Service business-registration API.

(국세청 사업자등록정보 진위확인 및 상태조회)
"""

from mocks.nts.app import DEFAULT_SERVICE_KEY, create_app

__all__ = ["DEFAULT_SERVICE_KEY", "create_app"]
