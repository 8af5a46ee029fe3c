async def fetch(source, key):
    try:
        value = await source.get(key)
        print("got", value)
        return value
    finally:
        await source.release(key)
