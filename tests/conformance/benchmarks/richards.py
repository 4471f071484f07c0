# benchmark-args: 150
# An operating-system scheduler simulation in the style of Richards: task control blocks with
# priorities, packets passed between an idle task, workers, handlers and devices (method calls,
# attribute updates, polymorphism, linked lists).
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.waiting = self.queue is None
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, count):
        Task.__init__(self, scheduler, IDLE, 0, None)
        self.control = 1
        self.count = count
        self.waiting = False

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait_self()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, queue):
        Task.__init__(self, scheduler, ident, 2000 + ident, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count >= BUFSIZE:
                self.work = work.link
                return self.scheduler.queue_packet(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.scheduler.queue_packet(dev)
        return self.scheduler.wait_self()


class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        Task.__init__(self, scheduler, ident, 4000 + ident, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait_self()
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.waiting = False  # runnable again once released, to send the packet back
        self.scheduler.output.append(packet.datum)
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.output = []

    def schedule(self):
        self.current = self.highest()
        while self.current is not None:
            t = self.current
            packet = t.take_packet() if t.queue is not None else None
            nxt = t.run(packet)
            self.current = nxt if nxt is not None else self.highest()

    def highest(self):
        best = None
        t = self.tasks
        while t is not None:
            if t.runnable() and (best is None or t.priority > best.priority):
                best = t
            t = t.link
        return best

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return None

    def wait_self(self):
        self.current.waiting = True
        return None

    def queue_packet(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        was_empty = t.queue is None
        t.queue = packet.append_to(t.queue)
        if was_empty:
            t.waiting = False
            if t.priority > self.current.priority:
                return t
        return self.current


def run_once(count):
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(None, WORKER, "work")
    wq = Packet(wq, WORKER, "work")
    WorkerTask(s, wq)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, "device")
        q = Packet(q, device, "device")
        q = Packet(q, device, "device")
        HandlerTask(s, handler, q)
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    s.schedule()
    return s


iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 3
total_q = total_h = 0
for it in range(iterations):
    s = run_once(1000 + it * 10)
    total_q += s.queue_count
    total_h += s.hold_count
print("queue count", total_q, "hold count", total_h)
print("last output", s.output[-10:], len(s.output))
