import helper

print("main body, __name__ =", __name__)
COUNT = 1


def main():
    print("main() called; helper.main_name =", helper.main_name)


if __name__ == "__main__":
    main()
else:
    print("imported as", __name__)
