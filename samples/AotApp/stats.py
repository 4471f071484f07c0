"""Helpers imported by main.py: a module compiled alongside the entry point."""


def mean(values):
    return sum(values) / len(values)


def histogram(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts
