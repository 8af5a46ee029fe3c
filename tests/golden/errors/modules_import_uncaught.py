# an uncaught ModuleNotFoundError: traceback and exit status 1
print("before")
import missing_module_for_golden
print("not reached")
