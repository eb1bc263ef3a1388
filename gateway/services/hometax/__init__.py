"""Hometax department users (부서사용자, 전자세금계산서 전용): the use cases."""
