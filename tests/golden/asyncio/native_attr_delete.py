# The native Future/Task attributes refuse deletion as _asyncio's setters do; read-only ones say so.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.current_task()
    for o, n in ((f, "_asyncio_future_blocking"), (f, "_log_traceback"), (f, "_cancel_message"), (t, "_log_destroy_pending"), (f, "_state")):
        try:
            delattr(o, n)
        except AttributeError as e:
            print(n, "AttributeError:", e)
    f._asyncio_future_blocking = 1
    print(f._asyncio_future_blocking)

asyncio.run(main())
