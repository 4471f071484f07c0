namespace Pyrolyn.Runtime;

/// <summary>One line of a Python traceback: <c>File "f.py", line 3, in g</c>.</summary>
public readonly record struct TracebackEntry(string File, int Line, string Function);
