import utils
from shapes.circle import area


def greet(name):
    return utils.shout(utils.join_words("hello", name))


def describe_circle(radius):
    return f"a circle of radius {radius} has area {area(radius):.2f}"


GREETING_COUNT = 0
