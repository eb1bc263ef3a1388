"""The gateway's own store: SQLAlchemy 2 async, SQLite by default, PostgreSQL at scale."""
