"""`KotraMember` is a Relay `Node`: its global id refetches it with `node(id:)` in that member's
own session, and in nobody else's (another member's, a company admin's, none)."""

from __future__ import annotations

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import bearer, company_login, data, log_in

MY_ID = "{ viewer { kotraMember { id loginId } } }"
NODE = """
query ($id: ID!) { node(id: $id) { __typename id ... on KotraMember { loginId memberClass } } }"""


async def my_global_id(stack: Stack, token: str) -> str:
    member = (await data(stack, MY_ID, **bearer(token)))["viewer"]["kotraMember"]
    global_id: str = member["id"]
    return global_id


async def test_the_member_refetches_itself_by_global_id(stack: Stack) -> None:
    # given 홍길동 logged in, with the global id of his member
    token = await log_in(stack)
    global_id = await my_global_id(stack, token)
    # when his own session asks for that node
    node = (await data(stack, NODE, {"id": global_id}, **bearer(token)))["node"]
    # then it is his member
    assert node == {
        "__typename": "KotraMember",
        "id": global_id,
        "loginId": seed.HONG_LOGIN_ID,
        "memberClass": "GENERAL_CERTIFICATE",
    }


async def test_another_session_gets_null_for_the_members_id(stack: Stack) -> None:
    # given 홍길동's member global id
    global_id = await my_global_id(stack, await log_in(stack))
    # when another member, a company admin or an anonymous caller asks for it
    staff = await log_in(stack, seed.EDS_STAFF_LOGIN_ID)
    assert await my_global_id(stack, staff) != global_id
    admin = await company_login(stack)
    for headers in (bearer(staff), bearer(admin), {}):
        node = (await data(stack, NODE, {"id": global_id}, **headers))["node"]
        # then the node is null
        assert node is None, headers
