"""asyncio.Task and the functions that combine awaitables: sleep, gather, wait, wait_for,
as_completed, shield, ensure_future, create_task, current_task, all_tasks.

`Task` is native, as CPython's `_asyncio.Task` is (`runtime/src/stdlib/asyncio.rs`): a task
drives its coroutine one step per loop callback. A step sends `None` (or throws the exception
a cancellation or a failed future left) into the coroutine; the coroutine stops at the next
future it awaits, which the future's `__await__` yields up to the task; the task then adds
its wakeup as that future's done callback. A bare `yield` (`sleep(0)`) reschedules the task
at the end of the ready queue. Cancelling a task cancels the future it waits on, so the
coroutine sees `CancelledError` at its `await`. Task names are `Task-<n>` from one counter
for the whole program, as CPython's are.

Here are the repr the native type calls (`_task_repr`) and everything built on tasks.
"""

import sys

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .futures import _PENDING, _CANCELLED, _FINISHED

__all__ = (
    "Task",
    "create_task",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "wait",
    "wait_for",
    "as_completed",
    "sleep",
    "gather",
    "shield",
    "ensure_future",
    "current_task",
    "all_tasks",
)

# The task registry, the current tasks and the running loop are native, as CPython's are.
from _asyncio import (
    Task,
    _register_task,
    _unregister_task,
    _enter_task,
    _leave_task,
    _scheduled_tasks,
    _current_tasks,
    current_task,
)


def all_tasks(loop=None):
    """The set of tasks of loop (the running loop by default) that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_scheduled_tasks) if t._loop is loop and not t.done()}


def _format_coroutine(coro):
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) or type(coro).__name__
    return f"{name}()"


def _task_repr(task):
    """The repr of a task (what the native type's `__repr__` returns; CPython's base_tasks)."""
    info = [task._state.lower()]
    if task._state == _PENDING and task.cancelling() > 0:
        info[0] = "cancelling"
    info.append(f"name={task.get_name()!r}")
    coro = task.get_coro()
    if coro is not None:
        info.append(f"coro=<{_format_coroutine(coro)}>")
    if task._state == _FINISHED:
        if task._exception is not None:
            info.append(f"exception={task._exception!r}")
        else:
            info.append(f"result={task._result!r}")
    if task._callbacks:
        info.append(futures._format_callbacks(task._callbacks))
    if task._fut_waiter is not None:
        info.append(f"wait_for={task._fut_waiter!r}")
    return "<{} {}>".format(task.__class__.__name__, " ".join(info))


def create_task(coro, *, name=None, context=None):
    """Schedule coro on the running loop as a Task; the Task."""
    loop = events.get_running_loop()
    return loop.create_task(coro, name=name, context=context)


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (
            counter <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def wait_for(fut, timeout):
    """Wait for one awaitable, cancelling it (TimeoutError) after timeout seconds."""
    from . import timeouts

    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    async with timeouts.timeout(timeout):
        return await fut


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results of fs in the order they finish."""
    from .queues import Queue

    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = events.get_event_loop()
    todo = {}
    for f in fs:
        todo[ensure_future(f, loop=loop)] = None
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# What `sleep(0)` awaits: one bare yield, which reschedules the task (CPython awaits the
# generator `__sleep0`; the native awaitable is that without a generator frame).
from _asyncio import _SLEEP0


async def sleep(delay, result=None):
    """Suspend for delay seconds (0: just let the other tasks run); result."""
    if delay <= 0:
        await _SLEEP0
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A future for a coroutine, a future or an awaitable (a coroutine becomes a Task)."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(coro_or_future, "__await__"):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(futures.Future):
    """The future gather() returns; cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables, in argument order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    outer = None
    children = []

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = exceptions.CancelledError("" if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    loop = None
    done_futs = []
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    for fut in done_futs:
        _done_callback(fut)
    return outer


def shield(arg):
    """A future for arg that cancelling does not pass on to arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's executor (see events.run_in_executor)."""
    loop = events.get_running_loop()

    def call():
        return func(*args, **kwargs)

    return await loop.run_in_executor(None, call)
