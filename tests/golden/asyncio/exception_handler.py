# Errors in loop callbacks go to the exception handler; a custom handler sees the context.
import asyncio

def bad_callback():
    raise ZeroDivisionError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def handler(lp, context):
        seen.append((context["message"].split(" at ")[0], type(context.get("exception")).__name__))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print(seen)
    loop.call_exception_handler({"message": "custom report"})
    print(seen[-1])
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError", e)
    loop.set_exception_handler(None)

asyncio.run(main())
