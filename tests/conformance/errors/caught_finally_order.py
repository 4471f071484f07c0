# Order of except/else/finally output for several outcomes.
def run(action):
    print(f"-- {action}")
    try:
        if action == "raise":
            raise ValueError("raised in try")
        if action == "return":
            return "returned from try"
        print("try completed")
    except ValueError as e:
        print("except:", e)
        return "returned from except"
    else:
        print("else")
        return "returned from else"
    finally:
        print("finally")
for action in ["normal", "raise", "return"]:
    print(run(action))
