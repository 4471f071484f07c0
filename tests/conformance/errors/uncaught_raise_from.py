# raise ... from ... left uncaught.
class StorageError(Exception):
    pass
def read_record(records, key):
    try:
        return records[key]
    except KeyError as e:
        raise StorageError(f"record {key} unavailable") from e
records = {1: "one", 2: "two"}
print(read_record(records, 1))
print(read_record(records, 2))
print(read_record(records, 3))
