LEVEL = "other level"
