class AppError(Exception):
    def __str__(self):
        return "custom text for " + self.args[0]

print("raising")
raise AppError("job 7")
