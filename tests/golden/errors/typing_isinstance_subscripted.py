# isinstance against a subscripted generic raises.
from typing import Dict

print(isinstance({}, Dict))
isinstance({}, Dict[str, int])
