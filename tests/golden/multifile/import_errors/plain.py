X = 1


def get_x_or_default():
    try:
        return X
    except NameError as e:
        return "NameError: " + str(e)
