"""The restricted expression language of rule formulas, compiled once when a rule loads.

    numbers, role names, ( ), + - * /, ** or ^ for powers, unary -,
    comparisons < <= > >= == != (as truth intervals), and the functions
    abs sqrt log exp min max cagr(start, end, years)
    difference_growth(a, a_rate, b, b_rate) at_least(x) at_most(x)

The text is parsed with Python's `ast` module, which only builds a tree and runs nothing; every
node outside the list above is refused with its column, so a typo is a rule-file error found at
load time, never a finding. The compiled formula evaluates intervals over numpy arrays.
"""

from __future__ import annotations

import ast
import itertools
import math
from collections.abc import Callable, Iterable

import numpy as np

from audit import intervals as iv
from audit.errors import InputError
from audit.records import record

Evaluate = Callable[[dict[str, iv.Iv]], iv.Iv]

_BINARY = {
    ast.Add: iv.add,
    ast.Sub: iv.sub,
    ast.Mult: iv.mul,
    ast.Div: iv.div,
    ast.Pow: iv.power,
    ast.BitXor: iv.power,
}
_COMPARE = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!="}
MAX_LENGTH = 500  # a formula is a line of arithmetic, not a program
_HUNDRED = iv.Iv.point(100.0)
_ONE = iv.Iv.point(1.0)


def _cagr(start: iv.Iv, end: iv.Iv, years: iv.Iv) -> iv.Iv:
    growth = iv.power(iv.div(end, start), iv.div(_ONE, years))
    return iv.mul(iv.sub(growth, _ONE), _HUNDRED)


def _difference_growth(a: iv.Iv, a_rate: iv.Iv, b: iv.Iv, b_rate: iv.Iv) -> iv.Iv:
    """Growth in percent of a - b, each side given with its own growth rate in percent.

    The result is monotone in each input while the earlier difference keeps its sign, so its
    extremes lie at the corners of the inputs' box: plain interval arithmetic would count a and
    b twice and give a range too wide to catch anything.
    """
    earlier = iv.sub(
        iv.div(a, iv.add(_ONE, iv.div(a_rate, _HUNDRED))),
        iv.div(b, iv.add(_ONE, iv.div(b_rate, _HUNDRED))),
    )
    arrays = np.broadcast_arrays(a.lo, a.hi, a_rate.lo, a_rate.hi, b.lo, b.hi, b_rate.lo, b_rate.hi)
    lows, highs = arrays[0::2], arrays[1::2]
    values = []
    for corner in itertools.product((0, 1), repeat=4):
        x, xr, y, yr = ((highs if up else lows)[i] for i, up in enumerate(corner))
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            values.append(((x - y) / (x / (1 + xr / 100) - y / (1 + yr / 100)) - 1) * 100)
    stacked = np.stack(values)
    spans_zero = (earlier.lo <= 0) & (earlier.hi >= 0)
    result = iv.Iv(
        np.nextafter(stacked.min(axis=0), -np.inf), np.nextafter(stacked.max(axis=0), np.inf)
    )
    return iv.Iv(np.where(spans_zero, -np.inf, result.lo), np.where(spans_zero, np.inf, result.hi))


def _at_least(a: iv.Iv) -> iv.Iv:
    """Any value from a's lowest up: what a figure said to be no smaller than a may be."""
    return iv.Iv(a.lo, np.full(np.shape(a.hi), np.inf))


def _at_most(a: iv.Iv) -> iv.Iv:
    return iv.Iv(np.full(np.shape(a.lo), -np.inf), a.hi)


FUNCTIONS: dict[str, tuple[int, Callable[..., iv.Iv]]] = {
    "abs": (1, iv.absolute),
    "sqrt": (1, iv.sqrt),
    "log": (1, iv.log),
    "exp": (1, iv.exp),
    "min": (2, iv.minimum),
    "max": (2, iv.maximum),
    "cagr": (3, _cagr),
    "difference_growth": (4, _difference_growth),
    "at_least": (1, _at_least),
    "at_most": (1, _at_most),
}


@record(frozen=True)
class Formula:
    """A compiled rule formula: its text, the role names it reads, its evaluator."""

    text: str
    names: frozenset[str]
    evaluate: Evaluate

    def __init__(
        self,
        text: str,
        names: frozenset[str],
        evaluate: Evaluate,
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "evaluate", evaluate)


def compile_formula(text: str, allowed_names: Iterable[str]) -> Formula:
    """Parse and check a formula; raises InputError (column in the message) when it is wrong."""
    allowed = set(allowed_names)
    source = str(text).strip()
    if len(source) > MAX_LENGTH:
        raise InputError(f"formula is {len(source)} characters long; at most {MAX_LENGTH}")
    try:
        tree = ast.parse(source, mode="eval")
        used: set[str] = set()
        evaluate = _compile(tree.body, source, allowed, used)
    except SyntaxError as error:
        raise InputError(
            f"formula {source!r} is not valid at column {error.offset}: {error.msg}"
        ) from None
    except (RecursionError, MemoryError):
        raise InputError(f"formula {source[:40]!r}... is nested too deeply") from None
    return Formula(source, frozenset(used), evaluate)


def _fail(node: ast.AST, source: str, problem: str) -> InputError:
    column = getattr(node, "col_offset", 0) + 1
    return InputError(f"formula {source!r}, column {column}: {problem}")


def _compile(node: ast.AST, source: str, allowed: set[str], used: set[str]) -> Evaluate:
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
    ):
        if abs(node.value) > 1e300 or not math.isfinite(node.value):
            raise _fail(node, source, "the constant is too large")
        constant = iv.Iv.point(float(node.value))
        return lambda env: constant
    if isinstance(node, ast.Name):
        if node.id not in allowed:
            raise _fail(
                node,
                source,
                f"unknown name {node.id!r}; the roles here are " + ", ".join(sorted(allowed)),
            )
        used.add(node.id)
        name = node.id
        return lambda env: env[name]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        op = _BINARY[type(node.op)]
        left = _compile(node.left, source, allowed, used)
        right = _compile(node.right, source, allowed, used)
        return lambda env: op(left(env), right(env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand = _compile(node.operand, source, allowed, used)
        if isinstance(node.op, ast.UAdd):
            return operand
        return lambda env: iv.neg(operand(env))
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARE:
        symbol = _COMPARE[type(node.ops[0])]
        left = _compile(node.left, source, allowed, used)
        right = _compile(node.comparators[0], source, allowed, used)
        return lambda env: iv.compare(left(env), right(env), symbol)
    if isinstance(node, ast.Call):
        return _compile_call(node, source, allowed, used)
    raise _fail(node, source, f"{_describe(node)} is not allowed in a formula")


def _compile_call(node: ast.Call, source: str, allowed: set[str], used: set[str]) -> Evaluate:
    if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
        name = node.func.id if isinstance(node.func, ast.Name) else _describe(node.func)
        raise _fail(
            node,
            source,
            f"unknown function {name!r}; known functions: " + ", ".join(sorted(FUNCTIONS)),
        )
    if node.keywords:
        raise _fail(node, source, "functions take positional arguments only")
    arity, function = FUNCTIONS[node.func.id]
    if len(node.args) != arity:
        raise _fail(
            node, source, f"{node.func.id}() takes {arity} argument(s), not {len(node.args)}"
        )
    arguments = [_compile(arg, source, allowed, used) for arg in node.args]
    return lambda env: function(*(argument(env) for argument in arguments))


def _describe(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        return f"the constant {node.value!r}"
    if isinstance(node, ast.Compare):
        return "a chained comparison"
    return {
        ast.Attribute: "attribute access",
        ast.Subscript: "indexing",
        ast.Lambda: "lambda",
        ast.BoolOp: "and/or",
    }.get(type(node), type(node).__name__)
