# A failing assert with a message.
def check_sorted(values):
    for i in range(len(values) - 1):
        assert values[i] <= values[i + 1], f"not sorted at index {i}: {values[i]} > {values[i + 1]}"
    print("sorted:", values)
check_sorted([1, 2, 3])
check_sorted([])
check_sorted([5, 7, 6])
