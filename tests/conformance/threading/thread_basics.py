# Threads: target/args, subclassing run(), names, misuse errors, join, current/main thread.
import threading

results = []
lock = threading.Lock()


def work(n):
    s = 0
    for i in range(n):
        s += i
    with lock:
        results.append(s)


threads = [threading.Thread(target=work, args=(1000 * (i + 1),)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threads[0].is_alive(), threads[0].daemon)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="w%d" % n)
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n * 2


workers = [Worker(i) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.out for w in workers], [w.name for w in workers])
print(isinstance(workers[0], threading.Thread))

try:
    workers[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)

print(threading.current_thread() is threading.main_thread())
print(threading.main_thread().name)
print(threading.get_ident() == threading.current_thread().ident)

named = threading.Thread(target=work, args=(3,), name="custom", daemon=True)
print(named.name, named.daemon, named.ident)
named.start()
named.join()
print(named.ident is not None, named.is_alive())


def kw(a, b=0, c=0):
    results.append(a + b + c)


t = threading.Thread(target=kw, args=(1,), kwargs={"c": 10})
t.start()
t.join(5)
print(results[-1])
print(threading.active_count())
