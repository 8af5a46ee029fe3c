"""contextlib: utilities for with-statement contexts (PEP 343).

ophis's standard library, compiled with the program that imports it. Written for ophis
against the documented behaviour of CPython 3.12's Lib/contextlib.py: the same classes, the
same MROs, the same messages, and the same decisions about which exception leaves an
`__exit__` (which `throw`/`athrow` outcomes mean "suppressed", how ExitStack chains the
exceptions raised by several callbacks). The helpers it needs come from Rust: `wraps` from
`_functools`, `deque` from `_collections`, `ABC` from `abc`.

Differences from CPython: none known. `redirect_stdout`/`redirect_stderr` replace the `sys`
attribute as CPython does, and ophis's `print` writes to whatever `sys.stdout` is.
"""

import abc
import os
import sys
from _collections import deque
from _functools import wraps

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
    "suppress", "aclosing", "chdir",
]

# `types.GenericAlias`, the type of `list[int]` (ophis has no `types` module).
_GenericAlias = type(list[int])


def _defines_all(C, names):
    # What `collections.abc`'s hooks ask: does some class of C's MRO define each name, and
    # not as None (None blocks the method, as `__hash__ = None` does)?
    mro = C.__mro__
    for name in names:
        found = False
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                found = True
                break
        if not found:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented


class ContextDecorator(object):
    """Mixin: a context manager that also decorates functions, running each call inside it."""

    def _recreate_cm(self):
        """The manager to use for one call of a decorated function (self)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        return inner


class AsyncContextDecorator(object):
    """Mixin: an async context manager that also decorates coroutine functions."""

    def _recreate_cm(self):
        """The manager to use for one call of a decorated function (self)."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)

        return inner


class _GeneratorContextManagerBase:
    """Shared functionality for @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # The instance's __doc__ is the generator function's, else the class's.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator: a new instance from the same
        # function and arguments.
        return self.__class__(self.func, self.args, self.kwds)


# What `next(gen, _FINISHED)` returns when the generator finished (no generator can yield it).
_FINISHED = object()


def _thrown_outcome(exc, value, traceback, stop_types):
    # How `__exit__`/`__aexit__` answer when throwing `value` into the generator raised
    # `exc` (not the Stop(Async)Iteration of a generator that finished): False when it is
    # the thrown exception coming back (re-raised, or turned into RuntimeError by PEP 479 as
    # the direct cause), None when `exc` is a new exception that must propagate.
    if exc is value:
        exc.__traceback__ = traceback
        return False
    if isinstance(exc, RuntimeError) and isinstance(value, stop_types) and exc.__cause__ is value:
        value.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # One-shot: forgetting the recreation arguments makes a second `with` fail (with an
        # AttributeError naming `args`), as CPython's does.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # `next` with a default: a generator that finishes (the usual case) costs no
            # StopIteration.
            if next(gen, _FINISHED) is _FINISHED:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            # `__exit__(SomeError, None, None)`, as some callers pass it.
            value = typ()
        try:
            gen.throw(value)
        except StopIteration as exc:
            # Finished after the throw: the exception was handled inside, unless what
            # stopped it is the StopIteration we threw in.
            return exc is not value
        except BaseException as exc:
            outcome = _thrown_outcome(exc, value, traceback, StopIteration)
            if outcome is None:
                raise
            return outcome
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await gen.aclose()
        if value is None:
            value = typ()
        try:
            await gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            outcome = _thrown_outcome(exc, value, traceback, (StopIteration, StopAsyncIteration))
            if outcome is None:
                raise
            return outcome
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""

    # A plain function (so it binds as a method), carrying func's name and doc.
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes an async context manager factory."""

    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    return helper


class closing(AbstractContextManager):
    """Context manager calling `thing.close()` when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager awaiting `thing.aclose()` when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one object can be re-entered (nested `with` of the same object).
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager sending `sys.stdout` to another file for the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager sending `sys.stderr` to another file for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager ignoring the given exceptions raised in its block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            # 3.12: suppress the matching leaves of a group; what is left is raised.
            _, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    def __init__(self):
        # (is_sync, callback) pairs; each callback takes the exception triple.
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Push an `__exit__`-like callback, or a context manager's bound `__exit__`."""
        # The special method is looked up on the type, as the with statement does.
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit, True)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter `cm` and push its `__exit__`; returns what `__enter__` returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(
                f"'{cls.__module__}.{cls.__qualname__}' object does not support the context manager protocol"
            ) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push `callback(*args, **kwds)` to run at exit (it cannot suppress)."""

        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        # So that a callback can be found (and unregistered) by what was registered.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, True)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        # `cm_exit` bound to `cm`, as `types.MethodType(cm_exit, cm)` would be.
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)

        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


def _relink_context(new_exc, old_exc, frame_exc):
    # Make the exception chain look as it would with nested `with` statements: `new_exc`
    # (raised by one callback) gets `old_exc` (the exception the callback was given) as the
    # context at the end of its own chain, cut where the chain reaches the exception that
    # was being handled around the `__exit__` call (which the interpreter added, not the
    # nesting).
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager running a dynamic stack of exit callbacks, last first."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1]
        received_exc = exc is not None
        frame_exc = sys.exception()
        suppressed_exc = False
        pending_raise = False
        # Last in, first out, as nested with statements unwind.
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if cb(*details):
                    suppressed_exc = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                _relink_context(new_exc, exc, frame_exc)
                pending_raise = True
                exc = new_exc
        if pending_raise:
            # A bare `raise exc` would make what is being handled its context; keep the
            # chain the unwinding built.
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager running a dynamic stack of (sync or async) exit callbacks, last first."""

    async def enter_async_context(self, cm):
        """Enter `cm` asynchronously and push its `__aexit__`; returns what `__aenter__` returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(
                f"'{cls.__module__}.{cls.__qualname__}' object does not support the asynchronous "
                f"context manager protocol"
            ) from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Push an `__aexit__`-like coroutine function, or a context manager's bound `__aexit__`."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push `await callback(*args, **kwds)` to run at exit (it cannot suppress)."""

        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)

        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)

        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        exc = exc_details[1]
        received_exc = exc is not None
        frame_exc = sys.exception()
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if is_sync:
                    cb_suppress = cb(*details)
                else:
                    cb_suppress = await cb(*details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                _relink_context(new_exc, exc, frame_exc)
                pending_raise = True
                exc = new_exc
        if pending_raise:
            # A bare `raise exc` would make what is being handled its context; keep the
            # chain the unwinding built.
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx
                raise
        return received_exc and suppressed_exc


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager doing nothing; `as` gives `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Context manager changing the working directory for the block (not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())
