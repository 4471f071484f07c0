from shapes import PI


def area(radius):
    return PI * radius * radius


def circumference(radius):
    return 2 * PI * radius
