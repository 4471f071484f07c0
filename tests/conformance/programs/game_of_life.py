# Conway's Game of Life on a small wrapping-free grid.
def parse(lines):
    return [[c == "#" for c in line] for line in lines]

def render(grid):
    return "\n".join(["".join(["#" if cell else "." for cell in row]) for row in grid])

def neighbours(grid, r, c):
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]) and grid[rr][cc]:
                count += 1
    return count

def step(grid):
    new = []
    for r in range(len(grid)):
        row = []
        for c in range(len(grid[0])):
            n = neighbours(grid, r, c)
            row.append(n == 3 or (grid[r][c] and n == 2))
        new.append(row)
    return new

def population(grid):
    return sum([sum([1 for cell in row if cell]) for row in grid])

start = [
    "..........",
    "...#......",
    "....#.....",
    "..###.....",
    "..........",
    "......##..",
    "......##..",
    "..........",
    ".###......",
    "..........",
]
grid = parse(start)
for gen in range(5):
    print(f"generation {gen}, population {population(grid)}")
    print(render(grid))
    print()
    grid = step(grid)
blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
states = [render(blinker)]
for _ in range(2):
    blinker = step(blinker)
    states.append(render(blinker))
print(states[0] == states[2], states[0] != states[1])
