# dataclasses: fields, asdict/astuple, replace, KW_ONLY, InitVar, frozen, hashing, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY, InitVar, FrozenInstanceError, MISSING


@dataclass
class P:
    x: int
    y: int = 2
    tags: list = field(default_factory=list)


p = P(1)
print(p, [f.name for f in fields(p)], [f.name for f in fields(P)])
print(asdict(p), astuple(p), is_dataclass(p), is_dataclass(P), is_dataclass(5))
print(replace(p, y=10), p)
print(P.__match_args__, P.__hash__ is None, fields(P)[1].default, fields(P)[0].default is MISSING)
q = P(1, 2, [3])
print(p == q, P(1, 2, [3]) == q, p != q, p == 5)
try:
    P(1, 2, [], 4)
except TypeError as e:
    print("TypeError", e)
try:
    P(1, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    P(z=1)
except TypeError as e:
    print("TypeError", e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(P)
except TypeError as e:
    print("TypeError", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Nested:
    p: P
    ps: list
    d: dict


n = Nested(P(1), [P(2), (P(3),)], {"k": P(4)})
print(asdict(n))
print(astuple(n))


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


k = K(1, c=3)
print(k, K.__match_args__)
try:
    K(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    K(1)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 1


print(AllKw(a=5), AllKw(b=2, a=1))


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 10

    def __post_init__(self, scale):
        self.a = self.a * scale


w = WithInit(2)
print(w, WithInit(2, 3), [f.name for f in fields(WithInit)], hasattr(w, "scale"))


@dataclass(frozen=True)
class F:
    a: int
    b: str = "x"


f = F(1)
print(f, hash(f) == hash(F(1)), {f, F(1), F(2)} == {F(1), F(2)})
for action in ("set", "del", "new"):
    try:
        if action == "set":
            f.a = 2
        elif action == "del":
            del f.b
        else:
            f.c = 3
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(default=0, hash=False)


print(hash(UH(1, 2)) == hash(UH(1, 3)), UH(1, 2) == UH(1, 3))


@dataclass(repr=False, init=False)
class Manual:
    a: int = 1

    def __repr__(self):
        return "Manual!"


print(Manual(), Manual().a)


@dataclass
class Custom:
    a: int

    def __eq__(self, other):
        return True


print(Custom(1) == Custom(2), Custom.__hash__)


@dataclass(order=True)
class O:
    a: int
    b: str = field(default="", compare=False)


print(sorted([O(3, "c"), O(1, "a"), O(2, "b")]), O(1) <= O(1), O(2) > O(1), O(1, "x") == O(1, "y"))
try:
    O(1) < 5
except TypeError as e:
    print("TypeError", e)


@dataclass
class NoInitField:
    a: int
    b: list = field(init=False, default_factory=list)
    c: int = field(init=False, default=7)


nf = NoInitField(1)
print(nf, nf.c)
try:
    replace(nf, b=[1])
except ValueError as e:
    print("ValueError", e)

for bad in ("mutable", "both", "order", "noann"):
    try:
        if bad == "mutable":
            @dataclass
            class B1:
                a: list = []
        elif bad == "both":
            field(default=1, default_factory=list)
        elif bad == "order":
            @dataclass(order=True)
            class B2:
                a: int

                def __lt__(self, o):
                    return True
        else:
            @dataclass
            class B3:
                a = field(default=1)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass(frozen=True)
class FBase:
    a: int


try:
    @dataclass
    class Thaw(FBase):
        b: int
except TypeError as e:
    print("TypeError", e)


@dataclass
class Base:
    a: int
    b: int = 1


@dataclass
class Derived(Base):
    b: int = 5
    c: int = 6


print(Derived(0), [f.name for f in fields(Derived)])


class Plain(Base):
    pass


print(Plain(3), is_dataclass(Plain))


def make(size):
    @dataclass
    class Local:
        v: int = size

    return Local


print(make(4)(), make(4).__qualname__)
