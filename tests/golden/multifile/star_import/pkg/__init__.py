from .tools import *

VERSION = 2
