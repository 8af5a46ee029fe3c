import asyncio

async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
    finally:
        print(name, "cleanup")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn refuses")
        return "kept going"

async def main():
    t = asyncio.create_task(sleeper("one"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    early = asyncio.create_task(sleeper("early"))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("early cancelled before start")
    try:
        early.result()
    except asyncio.CancelledError as e:
        print("result raises CancelledError")
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f.set_result(5)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    print(await f)
    lingering = asyncio.create_task(sleeper("lingering"))
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")
