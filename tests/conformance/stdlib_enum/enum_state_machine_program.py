from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

TRANSITIONS = {
    State.IDLE: [State.RUNNING],
    State.RUNNING: [State.PAUSED, State.STOPPED],
    State.PAUSED: [State.RUNNING, State.STOPPED],
    State.STOPPED: [],
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]

    def go(self, target):
        if target not in TRANSITIONS[self.state]:
            raise ValueError(f"cannot go from {self.state.name} to {target.name}")
        self.state = target
        self.history.append(target)

m = Machine()
for step in ['RUNNING', 'PAUSED', 'RUNNING', 'IDLE', 'STOPPED', 'RUNNING']:
    try:
        m.go(State[step])
        print('now', m.state)
    except ValueError as e:
        print('error:', e)
print([s.name for s in m.history])
print({s.name: len(t) for s, t in TRANSITIONS.items()})
print(max(State, key=lambda s: len(TRANSITIONS[s])))
