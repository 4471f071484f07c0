# Catching through exception hierarchies, order of except clauses.
class AppError(Exception):
    pass
class DatabaseError(AppError):
    pass
class ConnectionLost(DatabaseError):
    def __init__(self, host):
        super().__init__(f"lost connection to {host}")
        self.host = host
class QueryError(DatabaseError):
    pass
def run(kind):
    if kind == "conn":
        raise ConnectionLost("db1")
    if kind == "query":
        raise QueryError("syntax error near SELECT")
    if kind == "app":
        raise AppError("generic failure")
    if kind == "builtin":
        raise KeyError("k")
    return "ok"
for kind in ["ok", "conn", "query", "app", "builtin"]:
    try:
        print(run(kind))
    except ConnectionLost as e:
        print("reconnect to", e.host, "|", e)
    except DatabaseError as e:
        print("database problem:", type(e).__name__, e)
    except AppError as e:
        print("app problem:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)
for kind in ["conn", "query"]:
    try:
        run(kind)
    except (QueryError, ConnectionLost) as e:
        print("tuple caught", type(e).__name__)
print([c.__name__ for c in ConnectionLost.__mro__])
print(issubclass(ConnectionLost, AppError), isinstance(QueryError("x"), DatabaseError))
