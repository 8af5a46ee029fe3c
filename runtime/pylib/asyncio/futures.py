"""asyncio.Future: a result that will be set later, and the callbacks waiting for it.

Follows CPython 3.12's asyncio/futures.py (with the messages of its C twin, `_asyncio.Future`,
which CPython uses): a future is pending, finished (with a result or an
exception) or cancelled; done callbacks are scheduled with the loop's `call_soon` in the
order they were added, when the future completes (or at once, through `call_soon`, when one
is added to a done future); awaiting a pending future yields the future itself to the task
driving the coroutine (`_asyncio_future_blocking`), which resumes when it is done.

An exception set on a future and never retrieved is reported when the future is destroyed
("Future exception was never retrieved"), as CPython reports it.
"""

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


class Future:
    """A value available later; `await` it from a coroutine."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _callbacks = None
    # Set while a task's coroutine yields this future (see Task.__step).
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, " ".join(_repr_info(self)))

    def __del__(self):
        if not self.__log_traceback:
            return
        self._loop.call_exception_handler(
            {
                "message": f"{self.__class__.__name__} exception was never retrieved",
                "exception": self._exception,
                "future": self,
            }
        )

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError("_log_traceback can only be set to False")
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it is already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for callback, ctx in callbacks:
            loop._call_soon(callback, (self,), ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError, or InvalidStateError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Result is not set.")
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        """The exception set (None if none); CancelledError or InvalidStateError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Exception is not set.")
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) through the loop when the future is done."""
        if self._state != _PENDING:
            self._loop._call_soon(fn, (self,), context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; how many were removed."""
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


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
