# Threads append to, extend, read and copy one shared bytearray at the same time, and two threads
# concatenate two bytearrays into each other. Appends are atomic (GIL and free-threaded): none
# is lost, no operation sees a torn buffer, and nothing crashes or deadlocks.
import threading

N_THREADS = 4
N_ITEMS = 20_000
shared = bytearray()
start = threading.Barrier(N_THREADS + 2)
bad = []


def appender(tid):
    start.wait()
    for i in range(N_ITEMS):
        if i % 100 == 0:
            shared.extend(bytes([tid]) * 10)
        else:
            shared.append(tid)


def reader():
    start.wait()
    for _ in range(300):
        snapshot = bytes(shared)
        if any(b >= N_THREADS for b in snapshot):
            bad.append("torn byte")
        n = len(shared)
        if n and shared[n - 1] >= N_THREADS:
            bad.append("torn index")
        if shared.count(0) > N_ITEMS + 2000:
            bad.append("too many")


threads = [threading.Thread(target=appender, args=(t,)) for t in range(N_THREADS)]
threads.append(threading.Thread(target=reader))
for t in threads:
    t.start()
start.wait()
for t in threads:
    t.join()
print(len(shared), len(shared) == N_THREADS * (N_ITEMS - N_ITEMS // 100 + N_ITEMS // 100 * 10))
print([shared.count(t) for t in range(N_THREADS)])
print(bad)

a = bytearray(b"a" * 10)
b = bytearray(b"b" * 10)


def grow(x, y, rounds):
    for _ in range(rounds):
        x += y[:10]
        if len(x) > 5000:
            del x[10:]


ta = threading.Thread(target=grow, args=(a, b, 2000))
tb = threading.Thread(target=grow, args=(b, a, 2000))
ta.start()
tb.start()
ta.join()
tb.join()
print(a[:10], b[:10], set(a[10:]) <= {ord("b")}, set(b[10:]) <= {ord("a")})
