import tools

print(tools.use_helper())
original = tools.helper
tools.helper = lambda: "patched"
print(tools.use_helper(), original())
del tools.helper
try:
    tools.use_helper()
except NameError as e:
    print("NameError:", e)
tools.helper = original
print(tools.use_helper())
tools.len = lambda x: -1
print(tools.measure([1, 2, 3]))
del tools.len
print(tools.measure([1, 2, 3]))
