"""asyncio.Future: a result that will be set later, and the callbacks waiting for it.

The type itself is native, as CPython's `_asyncio.Future` is (`runtime/src/stdlib/asyncio.rs`,
following `Modules/_asynciomodule.c`): a future is pending, finished (with a result or an
exception) or cancelled; done callbacks are scheduled with the loop's `call_soon` in the
order they were added, when the future completes (or at once, through `call_soon`, when one
is added to a done future); awaiting a pending future yields the future itself to the task
driving the coroutine (`_asyncio_future_blocking`), which resumes when it is done. An
exception set on a future and never retrieved is reported when the future is destroyed
("Future exception was never retrieved").

What stays here is CPython's Python half (`base_futures.py`): `isfuture`, the repr the native
type calls (`_future_repr`), and the helpers the rest of the package shares.
"""

from _asyncio import Future

from . import events
from . import exceptions

__all__ = ("Future", "wrap_future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """Is obj a Future (an object with the asyncio future protocol)?"""
    return getattr(obj.__class__, "_asyncio_future_blocking", None) is not None and (
        getattr(obj, "_asyncio_future_blocking", None) is not None
    )


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        return ""
    names = [events._format_callback(c[0]) for c in cb]
    if size == 1:
        text = names[0]
    elif size == 2:
        text = f"{names[0]}, {names[1]}"
    else:
        text = f"{names[0]}, <{size - 2} more>, {names[-1]}"
    return f"cb=[{text}]"


def _repr_info(fut):
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append(f"exception={fut._exception!r}")
        else:
            info.append(f"result={fut._result!r}")
    if fut._callbacks:
        info.append(_format_callbacks(fut._callbacks))
    return info


def _future_repr(fut):
    """The repr of a future (what the native type's `__repr__` returns)."""
    return "<{} {}>".format(fut.__class__.__name__, " ".join(_repr_info(fut)))


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    """Set the result of fut unless it was cancelled (the timer of asyncio.sleep)."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_state(source, dest):
    """Give dest the outcome of the done future source."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(exception)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio future for future (already one: returned as is)."""
    if isfuture(future):
        return future
    raise TypeError(f"concurrent.futures.Future is expected, got {future!r}")
