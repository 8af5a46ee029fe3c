from app import run
from app.core import engine
import app.core.util.text as text

print(run())
print(engine.NAME, engine.helper_name())
print(text.shout("hi"))
print(engine.__package__, text.__package__)
