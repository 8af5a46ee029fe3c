# __getitem__ receiving ints, slices, tuples and Ellipsis; slice.indices does the clamping.
class Grid:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.cells = [[r * cols + c for c in range(cols)] for r in range(rows)]

    def __len__(self):
        return self.rows

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            rows = self.cells[r] if isinstance(r, slice) else [self.cells[r]]
            out = [row[c] for row in rows]
            return out if isinstance(r, slice) else out[0]
        if isinstance(key, slice):
            start, stop, step = key.indices(self.rows)
            return [self.cells[i] for i in range(start, stop, step)]
        if key is Ellipsis:
            return "all"
        if not isinstance(key, int):
            raise TypeError(f"Grid indices must be int, slice or tuple, not {type(key).__name__}")
        if key < 0:
            key += self.rows
        if not 0 <= key < self.rows:
            raise IndexError("Grid row out of range")
        return self.cells[key]


g = Grid(4, 3)
print(g[0], g[-1], g[1:3], g[::2], g[::-1][0], g[1, 2], g[1:3, 0], g[:, 1:], g[...])
try:
    g[4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    g["x"]
except TypeError as e:
    print(type(e).__name__, e)


class Show:
    def __getitem__(self, key):
        return key


s = Show()
print(s[1], s[1:2], s[1:2:3], s[:], s[::], s[::-1], s[1:], s[:5], s["a":"b"], s[None:None])
print(s[1, 2], s[1:2, ::3], s[...], s[..., 0], s[()], s[(1,)], s[[1, 2]])
sl = s[2:10:3]
print(sl.start, sl.stop, sl.step, type(sl).__name__, sl == slice(2, 10, 3), sl == slice(2, 10))
for spec in [slice(None), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, 1, -2),
             slice(1, 2, 10), slice(None, -1, 2), slice(10, None, -3)]:
    print(spec, spec.indices(7), list(range(*spec.indices(7))) == list(range(7))[spec])
for bad in [slice(0, 5, 0), slice("a", 2)]:
    try:
        bad.indices(4)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


print(slice(Idx(), None).indices(5), list(range(10))[Idx():Idx()], [1, 2, 3, 4][Idx():])
try:
    [1, 2][1.0:]
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print(type(e).__name__, e)
print(slice(3), slice(1, 2, None), repr(slice("a", [1], 3.5)))
print(sorted([slice(1, 3).indices(10), slice(0, 9).indices(10)]), slice(1, 2) < slice(1, 3))
