# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer.
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

r = threading.RLock()
with r:
    with r:
        print("rlock nested ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(sum(items))


out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
for i in range(3):
    with cond:
        items.append(i + 1)
        cond.notify_all()
c.join()
print(out)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
sem.release(2)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
setter = threading.Thread(target=ev.set)
setter.start()
print(ev.wait(5))
setter.join()

barrier = threading.Barrier(3)
indexes = []
ilock = threading.Lock()


def at_barrier():
    i = barrier.wait()
    with ilock:
        indexes.append(i)


bt = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in bt:
    t.start()
for t in bt:
    t.join()
print(sorted(indexes))
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError")

fired = []
timer = threading.Timer(0.01, fired.append, args=("fired",))
timer.start()
timer.join()
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

local = threading.local()
local.x = "main"
seen = []


def set_local():
    local.x = "thread"
    seen.append(local.x)


lt = threading.Thread(target=set_local)
lt.start()
lt.join()
print(local.x, seen)
