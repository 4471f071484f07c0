# benchmark-args: 300
# An incremental constraint solver in the style of DeltaBlue: variables linked by one-way
# methods (equality, scale-and-offset), constraints with strengths, and a planner that adds and
# removes constraints, re-plans through "walkabout strengths" and executes the plan. Runs the
# classic chain and projection scenarios.
import sys

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
STRENGTH_NAMES = ["required", "strongPreferred", "preferred", "strongDefault", "normal",
                  "weakDefault", "weakest"]


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return f"Variable({self.name}={self.value})"


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def remove(self, planner):
        planner.incremental_remove(self)

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, var, strength):
        super().__init__(strength)
        self.output = var
        self.satisfied = False

    def add_to_graph(self):
        self.output.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.output.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.output.mark != mark and stronger(self.strength, self.output.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def out(self):
        return self.output

    def recalculate(self):
        self.output.walk_strength = self.strength
        self.output.stay = not self.is_input()
        if self.output.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


FORWARD, BACKWARD, NONE = 1, 0, -1


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.constraints.remove(self)
        self.v2.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        if self.v1.mark == mark:
            ok = self.v2.mark != mark and stronger(self.strength, self.v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif self.v2.mark == mark:
            ok = self.v1.mark != mark and stronger(self.strength, self.v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(self.v2.walk_strength, self.v1.walk_strength):
            # v1 is weaker: write into it
            self.direction = BACKWARD if stronger(self.strength, self.v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, self.v2.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def inp(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def out(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.inp().mark = mark

    def inputs_known(self, mark):
        i = self.inp()
        return i.mark == mark or i.stay or i.determined_by is None

    def recalculate(self):
        i, o = self.inp(), self.out()
        o.walk_strength = weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.out().value = self.inp().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        super().__init__(src, dest, strength)
        self.scale = scale
        self.offset = offset

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, o = self.inp(), self.out()
        o.walk_strength = weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = self.satisfy(c, mark)
        while overridden is not None:
            overridden = self.satisfy(overridden, mark)

    def satisfy(self, c, mark):
        c.choose_method(mark)
        if not c.is_satisfied():
            if c.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        c.mark_inputs(mark)
        out = c.out()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = c
        if not self.add_propagate(c, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def incremental_remove(self, c):
        out = c.out()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.out().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.out(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.out())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            if c.out().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.out().mark = mark
                self.add_constraints_consuming_to(c.out(), todo)
        return plan

    def extract_plan(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def run_plan(plan):
    for c in plan:
        c.execute()


def change(planner, var, new_value):
    edit = EditConstraint(var, PREFERRED)
    edit.add(planner)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        var.value = new_value
        run_plan(plan)
    edit.remove(planner)


def chain_test(n):
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable(f"v{i}")
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED).add(planner)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, STRONG_DEFAULT).add(planner)
    edit = EditConstraint(first, PREFERRED)
    edit.add(planner)
    plan = planner.extract_plan([edit])
    errors = 0
    for i in range(100):
        first.value = i
        run_plan(plan)
        if last.value != i:
            errors += 1
    edit.remove(planner)
    return errors, last.value


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(src, NORMAL).add(planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED).add(planner)
    change(planner, src, 17)
    ok = dst.value == 1170
    change(planner, dst, 1050)
    ok = ok and src.value == 5
    change(planner, scale, 5)
    bad = sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 1000)
    change(planner, offset, 2000)
    bad += sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 2000)
    return ok, bad, dests[n // 2].value


SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 2
for round_no in range(SCALE):
    chain = chain_test(100 + round_no % 7)
    projection = projection_test(100 + round_no % 5)
    if round_no % max(1, SCALE // 4) == 0 or round_no == SCALE - 1:
        print(round_no, "chain:", chain, "projection:", projection)
print("strengths:", ", ".join(STRENGTH_NAMES))
