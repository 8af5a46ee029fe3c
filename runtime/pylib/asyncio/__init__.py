"""asyncio for ophis: an event loop, tasks, futures and the primitives built on them,
written in Python and compiled with the program (runtime/pylib/asyncio/), over the native
core CPython also has in C (`_asyncio`: `Future`, `Task`, the current-task table).

The scheduling follows CPython 3.12's asyncio exactly (see events.py and tasks.py), so a
program's interleaved output matches CPython's line for line. Coroutines are ophis's
native coroutine objects (state machines compiled from `async def`); a task resumes one
directly, as `send`/`throw` would. Differences from CPython, all documented where they live: no I/O transports
or subprocesses (the loop has only callbacks and timers), `run_in_executor`/`to_thread` run
the call at once on the loop's thread (ophis has no threads yet), contexts (`contextvars`)
are accepted and not used, and task reprs name the coroutine without its file and line.
"""

from .exceptions import BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError, IncompleteReadError, LimitOverrunError, SendfileNotAvailableError
from .events import AbstractEventLoop, Handle, TimerHandle, get_event_loop, set_event_loop, new_event_loop, get_running_loop
from .futures import Future, wrap_future, isfuture
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from .queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from .runners import Runner, run
from .taskgroups import TaskGroup
from .tasks import Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait, wait_for, as_completed, sleep, gather, shield, ensure_future, current_task, all_tasks
from .timeouts import Timeout, timeout, timeout_at
from .coroutines import iscoroutine, iscoroutinefunction
from .tasks import to_thread
