"""Recognising coroutines and coroutine functions (CPython's asyncio/coroutines.py)."""

__all__ = ("iscoroutinefunction", "iscoroutine")

# CPython's code flag for `async def` functions (Include/cpython/code.h: CO_COROUTINE).
_CO_COROUTINE = 0x0080


async def _probe():
    pass


_probe_coroutine = _probe()
_CoroutineType = type(_probe_coroutine)
_probe_coroutine.close()
del _probe_coroutine

# Marker set by code that wants a plain function treated as a coroutine function.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Is func an `async def` function (or marked as one)?"""
    code = getattr(func, "__code__", None)
    if code is not None and getattr(code, "co_flags", 0) & _CO_COROUTINE:
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


def iscoroutine(obj):
    """Is obj a coroutine object?"""
    return isinstance(obj, _CoroutineType)
