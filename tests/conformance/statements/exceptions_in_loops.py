# Exceptions inside loops: continue, break and accumulate errors.
inputs = ["10", "x", "0", "5", "-2", "", "7"]
results = []
errors = []
for text in inputs:
    try:
        n = int(text)
        if n < 0:
            print("negative, stopping at", n)
            break
        results.append(100 // n)
    except ValueError:
        errors.append(repr(text))
        continue
    except ZeroDivisionError as e:
        errors.append(str(e))
    finally:
        print("processed", repr(text))
print(results)
print(errors)
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration
    except StopIteration:
        print("stopping at", i)
        break
    print("iteration", i)
total = 0
for row in [[1, 2], [3, "x"], [4, 5]]:
    try:
        total += sum(row)
    except TypeError as e:
        print("skipping row", row, "-", e)
print(total)
