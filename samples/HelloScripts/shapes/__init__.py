"""A tiny package: shapes.circle uses the constant defined here."""

PI = 3.141592653589793
