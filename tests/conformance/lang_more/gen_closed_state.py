def stepper(log):
    try:
        yield "a"
        yield "b"
    finally:
        log.append("finalized")


log = []
for s in stepper(log):
    break
print(log)

log = []
results = [s for s in stepper(log)]
print(results, log)

log = []
for i, s in enumerate(["x", "y"]):
    for t in stepper(log):
        print(i, s, t)
        break
print(log)
