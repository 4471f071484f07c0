"""Small string helpers shared by the other modules."""


def shout(text):
    return text.upper() + "!"


def join_words(*words, sep=" "):
    return sep.join(words)
