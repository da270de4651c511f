"""go: Monte Carlo tree search (UCT) for the game of Go on a 7x7 board.
Random playouts with captures, suicide and simple-ko rules, eye
avoidance, area scoring; a search tree with upper-confidence selection.
A hand-written linear congruential generator makes it deterministic.

Usage: go.py [PLAYOUTS]    search iterations for each of two moves
DEFAULT = 400, SMALL = 12 (the runner reads the two lines below).
The check: the moves chosen and the visit/win counts, committed from python3.
"""

import sys
import math

DEFAULT = 400
SMALL = 12

EXPECTED = {
    12: ((46, 1, 0), (19, 1, 1)),
    400: ((40, 10, 7), (37, 10, 9)),
}

SIZE = 7
POINTS = SIZE * SIZE
EMPTY = 0
BLACK = 1
WHITE = 2
PASS = -1
KOMI = 7.5
EXPLORATION = 1.0


def make_neighbours():
    table = []
    for p in range(POINTS):
        r, c = divmod(p, SIZE)
        adj = []
        if r > 0:
            adj.append(p - SIZE)
        if r < SIZE - 1:
            adj.append(p + SIZE)
        if c > 0:
            adj.append(p - 1)
        if c < SIZE - 1:
            adj.append(p + 1)
        table.append(tuple(adj))
    return table


NEIGHBOURS = make_neighbours()


class Rng:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board:
    def __init__(self):
        self.cells = [EMPTY] * POINTS
        self.to_move = BLACK
        self.ko = -1
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, p):
        """The stones connected to p and the number of their liberties."""
        cells = self.cells
        colour = cells[p]
        stones = [p]
        seen = {p}
        liberties = set()
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for n in NEIGHBOURS[q]:
                v = cells[n]
                if v == EMPTY:
                    liberties.add(n)
                elif v == colour and n not in seen:
                    seen.add(n)
                    stones.append(n)
        return stones, len(liberties)

    def is_eye(self, p, colour):
        for n in NEIGHBOURS[p]:
            if self.cells[n] != colour:
                return False
        return True

    def legal(self, p):
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        for n in NEIGHBOURS[p]:
            if cells[n] == EMPTY:
                return True
        # Every neighbour is a stone: legal only if it captures or joins a
        # friendly group that keeps another liberty.
        for n in NEIGHBOURS[p]:
            stones, libs = self.group(n)
            if cells[n] == me:
                if libs > 1:
                    return True
            elif libs == 1:
                return True
        return False

    def play(self, p):
        self.moves += 1
        if p == PASS:
            self.passes += 1
            self.ko = -1
            self.to_move = 3 - self.to_move
            return
        self.passes = 0
        cells = self.cells
        me = self.to_move
        them = 3 - me
        cells[p] = me
        captured = []
        for n in NEIGHBOURS[p]:
            if cells[n] == them:
                stones, libs = self.group(n)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = -1
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]
        self.to_move = them

    def legal_moves(self):
        me = self.to_move
        return [p for p in range(POINTS)
                if self.cells[p] == EMPTY and not self.is_eye(p, me) and self.legal(p)]

    def random_move(self, rng):
        cells = self.cells
        me = self.to_move
        start = rng.below(POINTS)
        for i in range(POINTS):
            p = (start + i) % POINTS
            if cells[p] == EMPTY and not self.is_eye(p, me) and self.legal(p):
                return p
        return PASS

    def finished(self):
        return self.passes >= 2 or self.moves >= 3 * POINTS

    def score(self):
        """Area score, black minus white minus komi."""
        cells = self.cells
        total = -KOMI
        for p in range(POINTS):
            v = cells[p]
            if v == EMPTY:
                seen_black = seen_white = False
                for n in NEIGHBOURS[p]:
                    if cells[n] == BLACK:
                        seen_black = True
                    elif cells[n] == WHITE:
                        seen_white = True
                if seen_black and not seen_white:
                    total += 1
                elif seen_white and not seen_black:
                    total -= 1
            elif v == BLACK:
                total += 1
            else:
                total -= 1
        return total


class Node:
    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.just_moved = 3 - board.to_move
        self.untried = board.legal_moves()
        self.children = []
        self.wins = 0
        self.visits = 0

    def select_child(self):
        log_term = EXPLORATION * math.sqrt(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + log_term / (1 + child.visits)
            if value > best_value:
                best = child
                best_value = value
        return best


def search(board, playouts, rng):
    root = Node(PASS, None, board)
    for _ in range(playouts):
        node = root
        b = board.copy()
        # Selection.
        while not node.untried and node.children:
            node = node.select_child()
            b.play(node.move)
        # Expansion.
        if node.untried:
            move = node.untried.pop(rng.below(len(node.untried)))
            b.play(move)
            child = Node(move, node, b)
            node.children.append(child)
            node = child
        # Playout.
        while not b.finished():
            b.play(b.random_move(rng))
        black_wins = b.score() > 0
        # Back-propagation.
        while node is not None:
            node.visits += 1
            if (node.just_moved == BLACK) == black_wins:
                node.wins += 1
            node = node.parent
    best = None
    for child in root.children:
        if best is None or child.visits > best.visits:
            best = child
    if best is None:
        return PASS, root.visits, root.wins
    return best.move, best.visits, best.wins


def run(playouts):
    rng = Rng(2024)
    board = Board()
    result = []
    for _ in range(2):
        move, visits, wins = search(board, playouts, rng)
        result.append((move, visits, wins))
        board.play(move)
    return tuple(result)


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = run(playouts)
    want = EXPECTED.get(playouts)
    if want is None:
        sys.stderr.write("go: no committed answer for %d: %r\n" % (playouts, result))
        print("go", playouts, "unchecked")
        return
    if result != want:
        raise AssertionError("go(%d): got %r, expected %r" % (playouts, result, want))
    print("go", playouts, result, "ok")


main()
