# async with on a plain context manager is a TypeError at the async with line.


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


async def main():
    async with Plain():
        print("unreachable")


main().send(None)
