"""The event loop: callbacks ready to run, timers, and the running-loop state.

ophis's asyncio is plain Python compiled with the program (runtime/pylib/asyncio/). This file
holds what CPython spreads over events.py and base_events.py: `Handle`/`TimerHandle`, the loop
(`_UnixSelectorEventLoop`, named as CPython's default loop class), and `get_running_loop`,
`get_event_loop`, `new_event_loop`, `set_event_loop`.

Scheduling order is CPython's, so interleaved output matches line for line:
- `call_soon` appends to the ready queue; one loop iteration (`_run_once`) first moves every
  timer due within the clock resolution onto the ready queue (in heap order, by `when`), then
  runs exactly the callbacks that were ready when the iteration started;
- the loop waits (a real monotonic-clock sleep) only when nothing is ready;
- `stop()` takes effect at the end of the current iteration.

The running loop, and the inner loop of `_run_once` that runs the ready callbacks, are native
(`_asyncio`, `runtime/src/stdlib/asyncio.rs`), as are `Future` and `Task`: a task schedules
its steps into `_ready` as entries of its own rather than `Handle`s when the loop's `call_soon`
is this file's (same place in the queue, so the same order).

There is no I/O polling: ophis has no sockets or pipes for asyncio yet, so the loop's only
events are its own callbacks and timers. `run_in_executor` runs the function at once on the
loop's thread and returns a finished future (ophis has no threads yet; the scheduling of what
follows is the same as CPython's when the function returns before the loop's next iteration).
"""

import sys
import time
import heapq
from _collections import deque
from _asyncio import _get_running_loop, _set_running_loop, get_running_loop, _run_ready, _forget_loop

from . import exceptions

__all__ = (
    "AbstractEventLoop",
    "Handle",
    "TimerHandle",
    "get_event_loop",
    "set_event_loop",
    "new_event_loop",
    "get_running_loop",
    "_get_running_loop",
)

# CPython's monotonic clock resolution on Linux (time.get_clock_info('monotonic')).
_CLOCK_RESOLUTION = 1e-09
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _format_callback(callback, args=()):
    """A callback as CPython's reprs name it: its qualified name and arguments."""
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None)
    if name is None:
        name = repr(callback)
    inner = getattr(callback, "func", None)
    if inner is not None and hasattr(callback, "args"):
        # A functools.partial: show the function and the bound arguments.
        name = "functools.partial(" + _format_callback(inner, callback.args) + ")"
        return name + "()"
    return name + "(" + ", ".join(repr(a) for a in args) + ")"


def _format_callback_source(callback, args=()):
    """As `_format_callback`, with ` at file:line` for a Python function, as CPython adds."""
    text = _format_callback(callback, args)
    code = getattr(callback, "__code__", None) if type(callback).__name__ == "function" else None
    if code is not None:
        filename = getattr(code, "co_filename", None)
        line = getattr(code, "co_firstlineno", None)
        if filename is not None and line is not None:
            text += f" at {filename}:{line}"
    return text


class Handle:
    """A callback registered with a loop (`call_soon`), cancellable until it runs."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_repr", "_context")

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<{}>".format(" ".join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            msg = "Exception in callback " + _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({"message": msg, "exception": exc, "handle": self})


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock (`call_later`, `call_at`)."""

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f"when={self._when}")
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (
                self._when == other._when
                and self._callback == other._callback
                and self._args == other._args
                and self._cancelled == other._cancelled
            )
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of an event loop (CPython's asyncio.AbstractEventLoop)."""


def _format_exception_line(exc):
    """The last line CPython's traceback printing gives for `exc`."""
    cls = type(exc)
    module = cls.__module__
    name = cls.__qualname__ if module in ("builtins", "__main__") else module + "." + cls.__qualname__
    text = str(exc)
    return f"{name}: {text}" if text else name


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = deque()
        self._scheduled = []
        self._default_executor = None
        self._running = False
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (
            f"<{self.__class__.__name__} running={self.is_running()} "
            f"closed={self.is_closed()} debug={self.get_debug()}>"
        )

    # --- futures and tasks ----------------------------------------------------------

    def create_future(self):
        from . import futures

        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from . import tasks

        self._check_closed()
        task = tasks.Task(coro, loop=self, name=name, context=context)
        return task

    # --- running ------------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        old_running = _get_running_loop()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old_running)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; its result."""
        from . import futures, tasks

        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The exception is raised below; do not log it again at destruction.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        _forget_loop(self)
        self._ready.clear()
        self._scheduled.clear()
        self._default_executor = None

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
        _forget_loop(self)

    async def shutdown_asyncgens(self):
        """Close async generators still open (none are tracked in ophis yet)."""
        return None

    async def shutdown_default_executor(self, timeout=None):
        """Wait for the default executor's work (it runs calls at once: nothing pends)."""
        return None

    # --- scheduling ----------------------------------------------------------------

    def _check_callback(self, callback, method):
        from . import coroutines

        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f"a callable object was expected by {method}(), got {callback!r}")

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_soon")
        return self._call_soon(callback, args, context)

    def _call_soon(self, callback, args, context=None):
        # The internal form: no checks (futures and tasks schedule through it).
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_at")
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_in_executor(self, executor, func, *args):
        """Run func(*args); ophis has no threads yet, so it runs now, on this thread."""
        self._check_closed()
        self._check_callback(func, "run_in_executor")
        future = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def set_default_executor(self, executor):
        self._default_executor = executor

    def _run_once(self):
        """One iteration: due timers become ready, then the ready callbacks run."""
        scheduled = self._scheduled
        count = len(scheduled)
        if count > 100 and self._timer_cancelled_count * 2 > count:
            live = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = scheduled = live
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        if not self._ready and not self._stopping:
            if scheduled:
                timeout = min(max(0, scheduled[0]._when - self.time()), _MAXIMUM_SELECT_TIMEOUT)
                if timeout > 0:
                    time.sleep(timeout)
            else:
                # Nothing can ever become ready: CPython blocks in select() for good.
                while True:
                    time.sleep(_MAXIMUM_SELECT_TIMEOUT)

        end_time = self.time() + _CLOCK_RESOLUTION
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Run the callbacks ready now (natively: tasks' steps are entries of their own there).
        _run_ready(self._ready)

    # --- errors ----------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Report an error the loop caught, on stderr (CPython logs it with `logging`)."""
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        exception = context.get("exception")
        if exception is not None:
            lines.append("Traceback (most recent call last):")
            lines.append(_format_exception_line(exception))
        print("\n".join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler", file=sys.stderr)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler(
                        {
                            "message": "Unhandled error in exception handler",
                            "exception": exc,
                            "context": context,
                        }
                    )
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    print("Exception in default exception handler", file=sys.stderr)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop (named as CPython's)."""


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is stopping with this exception anyway.
            return
    fut.get_loop().stop()


# --- the running loop and the current loop --------------------------------------------

# The running loop is native (`_asyncio._get_running_loop`…), as CPython's is.
_event_loop = None
_event_loop_set = False


def get_event_loop():
    """The running loop, else the current loop (created on first use)."""
    global _event_loop, _event_loop_set
    loop = _get_running_loop()
    if loop is not None:
        return loop
    if _event_loop is None and not _event_loop_set:
        _event_loop = new_event_loop()
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


def set_event_loop(loop):
    global _event_loop, _event_loop_set
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _event_loop_set = True
    _event_loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()
