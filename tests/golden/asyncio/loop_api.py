import asyncio

def cb(tag, log):
    log.append(tag)
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(cb, "soon1", log)
    loop.call_later(0.02, cb, "later2", log)
    loop.call_later(0.01, cb, "later1", log)
    h = loop.call_soon(cb, "cancelled", log)
    h.cancel()
    loop.call_soon(cb, "soon2", log)
    print("scheduled", h.cancelled())
    await asyncio.sleep(0.03)
    print(log)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from timer")
    print(await fut)
    loop.set_debug(True)
    try:
        loop.call_soon(main)
    except TypeError as e:
        print("TypeError", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError", e)
    loop.set_debug(False)
    coro = main()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    c = main()
    c.close()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(cb))
    print(loop.is_running(), loop.is_closed())
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: print("done callback", f.result()))
    f2.set_result(7)
    await asyncio.sleep(0)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(pow, 2, 10))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0.01, "manual")))
loop.close()
print(loop.is_closed())
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError", e)
coro.close()
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)
