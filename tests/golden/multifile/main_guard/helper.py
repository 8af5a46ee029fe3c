import main

main_name = main.__name__
print("helper: main module is", main_name, "COUNT =", main.COUNT)
if __name__ == "__main__":
    print("never printed")
