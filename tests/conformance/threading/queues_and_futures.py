# queue.Queue/LifoQueue/PriorityQueue/SimpleQueue and concurrent.futures.
import queue
import threading
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED

q = queue.Queue()


def producer():
    for i in range(5):
        q.put(i)
    q.put(None)


threading.Thread(target=producer).start()
got = []
while True:
    x = q.get()
    if x is None:
        break
    got.append(x)
print(got)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    q.get_nowait()
except queue.Empty:
    print("Empty nowait")

small = queue.Queue(maxsize=1)
small.put("a")
print(small.full(), small.qsize())
try:
    small.put("b", timeout=0.01)
except queue.Full:
    print("Full")

lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())

tasks = queue.Queue()
done = []


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        done.append(item * 10)
        tasks.task_done()


wt = threading.Thread(target=worker)
wt.start()
for i in range(4):
    tasks.put(i)
tasks.put(None)
tasks.join()
wt.join()
print(sorted(done))
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError:", e)


def square(x):
    return x * x


def fail():
    raise ValueError("bad")


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(6))))
    fs = [ex.submit(pow, 2, i) for i in range(5)]
    print(sorted([f.result() for f in as_completed(fs)]))
    bad = ex.submit(fail)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(bad.exception()).__name__, bad.done())
    d, nd = wait(fs, return_when=ALL_COMPLETED)
    print(len(d), len(nd))
    called = []
    f = ex.submit(square, 7)
    f.result()
    f.add_done_callback(lambda fut: called.append(fut.result()))
    print(called)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.005, time.monotonic() > 0, time.time() > 1e9)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
