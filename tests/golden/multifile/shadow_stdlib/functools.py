# A program file named like a standard-library module shadows it (sys.path[0] comes first).
def reduce(f, xs):
    return "the program's own reduce"
