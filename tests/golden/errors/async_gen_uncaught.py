# An exception raised inside an async generator propagates through async for.


async def rows():
    yield {"id": 1}
    yield {"name": "no id"}


async def ids():
    out = []
    async for r in rows():
        out.append(r["id"])
    return out


ids().send(None)
