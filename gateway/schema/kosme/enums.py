"""Enums of the KOSME platform; each value is the platform's own code."""

from __future__ import annotations

import enum

import strawberry

_v = strawberry.enum_value


@strawberry.enum(
    description="SNS 회원가입 / SNS 로그인 — the SNS the platform links (the manual's)."
)
class KosmeSnsProvider(enum.Enum):
    NAVER = _v("naver", description="네이버.")
    KAKAO = _v("kakao", description="카카오.")
    FACEBOOK = _v("facebook", description="페이스북.")


@strawberry.enum(description="유입경로 — how the member heard of the platform.")
class KosmeReferral(enum.Enum):
    INTERNET = _v("internet", description="인터넷 검색.")
    SNS = _v("sns", description="SNS.")
    SCHOOL = _v("school", description="학교 (대학 안내).")
    PUBLIC_AGENCY = _v("public_agency", description="공공기관 안내.")
    ACQUAINTANCE = _v("acquaintance", description="지인 추천.")
    JOB_FAIR = _v("job_fair", description="채용박람회.")
    OTHER = _v("other", description="기타.")


@strawberry.enum(description="취업매칭시스템 정보 수신동의 — receive or refuse, per channel.")
class KosmeNoticeChoice(enum.Enum):
    RECEIVE = _v("receive", description="수신동의.")
    REFUSE = _v("refuse", description="수신거부.")


@strawberry.enum(description="구직자 유형 — type of job seeker.")
class KosmeJobSeekerType(enum.Enum):
    FOREIGN_STUDENT = _v(
        "foreign_student", description="외국인 유학생 (Foreign students, including graduates)."
    )
    GENERAL = _v("general", description="일반 (General).")


@strawberry.enum(description="참여사업 유형 — type of participating programme.")
class KosmeProgrammeType(enum.Enum):
    GENERAL = _v("general", description="일반.")
    LARGE_SME = _v("large_sme", description="대중소기업프로그램 (large-company / SME programme).")


@strawberry.enum(description="How the member joined.")
class KosmeMemberKind(enum.Enum):
    SNS = _v("sns", description="SNS 회원가입 (naver, kakao, facebook).")
    GENERAL = _v("general", description="일반 회원가입 (본인인증, 아이디/비밀번호).")


@strawberry.enum(description="경력유무 — new comer or experienced.")
class KosmeCareerKind(enum.Enum):
    NEW = _v("new", description="신입: no work experience is entered.")
    EXPERIENCED = _v("experienced", description="경력: at least one work experience.")


@strawberry.enum(description="학력사항 — which part of the education section.")
class KosmeUniversityKind(enum.Enum):
    KOREAN = _v("korean", description="한국 대학교 (region: 지역명; 학과 required).")
    FOREIGN = _v("foreign", description="외국 대학교 (region: 국가명).")


@strawberry.enum(description="입학구분 — how the studies began.")
class KosmeEntryStatus(enum.Enum):
    ADMITTED = _v("admitted", description="입학.")
    TRANSFERRED = _v("transferred", description="편입.")


@strawberry.enum(description="졸업구분 — where the studies stand.")
class KosmeGraduationStatus(enum.Enum):
    GRADUATED = _v("graduated", description="졸업.")
    EXPECTED = _v("expected", description="졸업예정.")
    ATTENDING = _v("attending", description="재학.")
    ON_LEAVE = _v("on_leave", description="휴학.")
    COMPLETED = _v("completed", description="수료.")
    DROPPED_OUT = _v("dropped_out", description="중퇴.")


@strawberry.enum(description="외국인 실명확인 — the answer of the real-name check.")
class KosmeRealNameResult(enum.Enum):
    MATCH = _v("MATCH", description="실명확인 완료: name and number belong together.")
    MISMATCH = _v("MISMATCH", description="성명과 외국인등록번호가 일치하지 않음.")
    NOT_FOUND = _v("NOT_FOUND", description="실명확인 정보 없음: no such registration.")
