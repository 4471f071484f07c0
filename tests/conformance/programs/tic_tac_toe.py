# Tic-tac-toe: play scripted games and detect winners; minimax for a position.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None

def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))

def play(moves):
    board = [" "] * 9
    player = "X"
    for m in moves:
        if board[m] != " ":
            print(f"illegal move {m} by {player}")
            continue
        board[m] = player
        result = winner(board)
        if result:
            show(board)
            print("result:", result)
            return result
        player = "O" if player == "X" else "X"
    show(board)
    print("unfinished")
    return None

games = [[4, 0, 2, 6, 3, 5, 1, 7, 8], [0, 4, 1, 2, 6, 3, 5, 7, 8], [0, 3, 1, 4, 2], [4, 4, 0, 8]]
results = [play(g) for g in games]
print(results)

def minimax(board, player):
    result = winner(board)
    if result == "X":
        return 1
    if result == "O":
        return -1
    if result == "draw":
        return 0
    scores = []
    for i in range(9):
        if board[i] == " ":
            board[i] = player
            scores.append(minimax(board, "O" if player == "X" else "X"))
            board[i] = " "
    return max(scores) if player == "X" else min(scores)

position = list("XO X O   ")
print("value for X to move:", minimax(position, "X"))
best = [i for i in range(9) if position[i] == " "]
vals = {}
for i in best:
    position[i] = "X"
    vals[i] = minimax(position, "O")
    position[i] = " "
print(vals)
