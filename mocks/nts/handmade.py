"""Hand-made seed businesses: the two from the KOTRA manual, then one or more per NTS category.

The manual (seed 002) gives the names, representatives, corporate numbers, addresses and phones
of KOTRA and (주)한국이디에스; their opening dates, sectors and industry codes are invented here,
as is every other business. Digits 4–5 of each number follow the NTS 구분코드 (korea-domain.md §2).
"""

from __future__ import annotations

from typing import Any

from mocks.nts.records import BusinessRecord


def _r(b_no: str, b_nm: str, p_nm: str, start_dt: str, **fields: Any) -> BusinessRecord:
    return BusinessRecord(b_no=b_no, b_nm=b_nm, p_nm=p_nm, start_dt=start_dt, **fields)


_SEOUL_SW = {"b_sector": "정보통신업", "b_type": "응용 소프트웨어 개발 및 공급업"}

HANDMADE: tuple[BusinessRecord, ...] = (
    # 82 비영리법인 (KOTRA, from the manual's footer and company form)
    _r("1208200275", "대한무역투자진흥공사", "유정열", "19620621",
       b_nm_en="Korea Trade Investment Promotion Agency", corp_no="1146710004418",
       b_sector="서비스", b_type="무역진흥 및 투자유치 지원", industry_code="751200",
       zip_code="06792", b_adr="서울 서초구 헌릉로 13",
       b_adr_en="13 Heolleung-ro, Seocho-gu, Seoul", b_tel="1600-7119", b_fax="02-3460-7744"),
    # 85 영리법인 지점 (the manual's affiliated-company example)
    _r("6638501035", "(주)한국이디에스", "김형원", "20150302",
       b_nm_en="Korea Enterprise Data System Co.,Ltd.", corp_no="1101111611056",
       b_sector="기타", b_type="소프트웨어 자문,개발,공급,자료 처리,인력 공급",
       industry_code="722000", zip_code="06643", b_adr="서울 서초구 서초중앙로 149-5",
       b_adr_en="149-5 Seochojungang-ro, Seocho-gu, Seoul", b_tel="02-3473-6973"),
    # 81/86/87/88 영리법인 본점
    _r("2208100016", "(주)한빛소프트웨어", "이서준", "20100315", corp_no="1101112345670",
       industry_code="722000", zip_code="06236", b_adr="서울 강남구 테헤란로 152",
       b_tel="02-555-0101", b_fax="02-555-0102", b_nm_en="Hanbit Software Co., Ltd.", **_SEOUL_SW),
    _r("2148602348", "(주)서울물류", "박지훈", "20050801", corp_no="1101113456781",
       b_sector="운수 및 창고업", b_type="일반 화물자동차 운송업", industry_code="602300",
       zip_code="05836", b_adr="서울 송파구 송파대로 167", b_tel="02-400-2300"),
    _r("3148704565", "대전정밀(주)", "최민서", "19981120", corp_no="1601110123458",
       b_sector="제조업", b_type="정밀기계 부품 제조", industry_code="292200",
       zip_code="34051", b_adr="대전 유성구 테크노2로 187", b_tel="042-930-1234"),
    _r("1208807891", "(주)부산해양무역", "정하늘", "20180502", corp_no="1801110456780",
       b_sector="도매 및 소매업", b_type="무역", industry_code="515050", zip_code="48940",
       b_adr="부산 중구 중앙대로 70", b_adr_en="70 Jungang-daero, Jung-gu, Busan",
       b_tel="051-463-7000", b_nm_en="Busan Ocean Trading Co., Ltd."),
    # 01–79 개인 과세사업자
    _r("2110101116", "행복한김밥", "김영희", "20190610", tax_type_cd="02",
       tax_type_change_dt="20210701", rbf_tax_type_cd="01", b_sector="음식점업",
       b_type="김밥 및 기타 간이 음식점업", industry_code="552107", b_adr="서울 강남구 역삼로 12"),
    _r("1070202225", "정원꽃집", "한지민", "20170405", tax_type_cd="07",
       tax_type_change_dt="20240701", invoice_apply_dt="20240701", rbf_tax_type_cd="02",
       b_sector="도매 및 소매업", b_type="화초 및 식물 소매업", industry_code="523931"),
    _r("1234503335", "청솔세무회계", "윤서연", "20120102", b_sector="서비스",
       b_type="세무사업", industry_code="741201", b_adr="경기 수원시 팔달구 효원로 1"),
    _r("3051204447", "한결인테리어", "강도윤", "20200814", b_sector="건설업",
       b_type="실내 인테리어 공사업", industry_code="452106", b_tel="031-222-4447"),
    _r("1107905555", "두리공방", "임하은", "20220301", tax_type_cd="02",
       b_sector="제조업", b_type="수공예품 제조", industry_code="369999"),
    _r("1013100665", "별빛카페", "류하린", "20230110", tax_type_cd="02",
       b_sector="음식점업", b_type="커피 전문점", industry_code="552301"),
    # 90–99 개인 면세사업자
    _r("2159006664", "미소치과의원", "서지우", "20081001", tax_type_cd="04",
       b_sector="보건업", b_type="치과 의원", industry_code="851201"),
    _r("4099507773", "푸른나무학원", "황예준", "20140225", tax_type_cd="04",
       b_sector="교육 서비스업", b_type="일반 교과 학원", industry_code="809003"),
    _r("5049908885", "늘봄농산", "조은비", "20160901", tax_type_cd="04",
       b_sector="농업", b_type="채소 작물 재배업", industry_code="011000"),
    # 82 비영리법인, 83 국가기관, 80 고유번호 단체
    _r("1108209997", "(사)한국전통문화협회", "문태호", "20000505", tax_type_cd="05",
       corp_no="1142210012349", b_sector="협회 및 단체", b_type="문화 단체"),
    _r("1018310013", "가온시청", "배수진", "19890101", tax_type_cd="05",
       b_sector="공공행정", b_type="지방행정 집행기관"),
    _r("1108000124", "햇살아파트 입주자대표회의", "오민준", "20060320", tax_type_cd="06",
       b_sector="협회 및 단체", b_type="아파트 관리"),
    # 84 외국법인: a foreign representative with a Korean name (p_nm2)
    _r("1058410026", "글로벡스코리아 유한회사 한국지점", "JOHN SMITH", "20190101",
       p_nm2="존스미스", corp_no="1101810045671", b_sector="도매 및 소매업",
       b_type="산업용 기계 무역", industry_code="513200", b_nm_en="Globex Korea Branch"),
    # 85 영리법인 지점
    _r("1048510035", "(주)한빛소프트웨어 부산지점", "이서준", "20160701",
       corp_no="1101112345670", industry_code="722000", **_SEOUL_SW),
    # 02 휴업자
    _r("2018610046", "(주)동해수산", "신동욱", "20110909", b_stt_cd="02", corp_no="1717110023455",
       b_sector="도매 및 소매업", b_type="수산물 도매업", industry_code="513120"),
    _r("6030700114", "바다횟집", "권나래", "20150515", b_stt_cd="02", tax_type_cd="02",
       b_sector="음식점업", b_type="한식 음식점업", industry_code="552101"),
    # 03 폐업자
    _r("1312200228", "소망문구", "노지현", "20030303", b_stt_cd="03", end_dt="20231231",
       tax_type_cd="02", b_sector="도매 및 소매업", b_type="문구용품 소매업"),
    _r("6178100336", "(주)태평양건설", "홍성민", "19950410", b_stt_cd="03", end_dt="20220630",
       corp_no="1101119876545", b_sector="건설업", b_type="건물 건설업"),
    _r("1060100440", "하나상회", "장민재", "20010701", b_stt_cd="03", end_dt="20210331",
       utcc_yn="Y", b_sector="도매 및 소매업", b_type="잡화 소매업"),
    _r("2060500559", "새벽제과", "백승우", "19900101", b_stt_cd="03", end_dt="19991231",
       tax_type_cd="03", b_sector="제조업", b_type="제과점업"),
)  # fmt: skip
