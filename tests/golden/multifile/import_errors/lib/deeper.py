from .. import plain
