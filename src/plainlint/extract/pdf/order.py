"""Step 4's rule: text boxes in reading order (Breuel's rules), pure geometry."""

from __future__ import annotations

import bisect
import heapq


def reading_order(boxes: list, max_boxes: int = 150) -> list:
    """Indexes of ``boxes`` ((x0, y0, x1, y1), y up) in reading order.

    Breuel's rules ("High performance document layout analysis", 2003): box *a* comes
    before box *b* if (1) they overlap horizontally and *a* is above *b*; or (2) *a* is
    wholly left of *b* and no box whose vertical middle lies between theirs overlaps both
    horizontally. The order is a topological sort of those pairs, taking the highest,
    then leftmost, box that is free at each step. Pages with very many boxes (forms,
    big tables) are read top to bottom, left to right.
    """
    n = len(boxes)
    if n <= 1:
        return list(range(n))
    if n > max_boxes:
        return sorted(range(n), key=lambda i: (-round(boxes[i][3]), boxes[i][0]))
    cy = [(b[1] + b[3]) * 0.5 for b in boxes]
    by_cy = sorted(range(n), key=lambda i: cy[i])
    cys = [cy[i] for i in by_cy]
    succ: list = [[] for _ in range(n)]
    indeg = [0] * n
    for i in range(n):
        ax0, _, ax1, _ = boxes[i]
        for j in range(i + 1, n):
            bx0, _, bx1, _ = boxes[j]
            ov = (ax1 if ax1 < bx1 else bx1) - (ax0 if ax0 > bx0 else bx0)
            if ov > 1.0:
                if cy[i] >= cy[j]:
                    succ[i].append(j)
                    indeg[j] += 1
                else:
                    succ[j].append(i)
                    indeg[i] += 1
                continue
            if ax1 <= bx0 + 1.0:
                left, right = i, j
            else:
                left, right = j, i
            lx1 = boxes[left][2]
            rx0 = boxes[right][0]
            lo, hi = (cy[i], cy[j]) if cy[i] < cy[j] else (cy[j], cy[i])
            blocked = False
            k0 = bisect.bisect_right(cys, lo)
            k1 = bisect.bisect_left(cys, hi)
            for k in range(k0, k1):
                c = boxes[by_cy[k]]
                if c[0] < lx1 and c[2] > rx0:
                    blocked = True
                    break
            if not blocked:
                succ[left].append(right)
                indeg[right] += 1
    heap = [(-boxes[i][3], boxes[i][0], i) for i in range(n) if indeg[i] == 0]
    heapq.heapify(heap)
    done = [False] * n
    out = []
    while len(out) < n:
        if not heap:  # a cycle: break it at the highest remaining box
            i = min((k for k in range(n) if not done[k]), key=lambda k: (-boxes[k][3], boxes[k][0]))
            indeg[i] = 0
            heap.append((-boxes[i][3], boxes[i][0], i))
        _, _, i = heapq.heappop(heap)
        if done[i]:
            continue
        done[i] = True
        out.append(i)
        for j in succ[i]:
            indeg[j] -= 1
            if indeg[j] == 0 and not done[j]:
                heapq.heappush(heap, (-boxes[j][3], boxes[j][0], j))
    return out
