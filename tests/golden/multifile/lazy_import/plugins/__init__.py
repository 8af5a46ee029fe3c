print("plugins package initialised")
