namespace Pyrolyn.Runtime;

/// <summary>
/// OSError's extra state (CPython's <c>oserror_init</c>): <c>OSError(errno, strerror[,
/// filename])</c> sets errno/strerror/filename, keeps only (errno, strerror) as args, and prints
/// as <c>[Errno 2] No such file or directory: 'x'</c>.
/// </summary>
public sealed class OSErrorFields
{
    public PyObject Errno { get; private set; } = PyNone.Instance;
    public PyObject StrError { get; private set; } = PyNone.Instance;
    public PyObject Filename { get; private set; } = PyNone.Instance;
    public PyObject Filename2 { get; private set; } = PyNone.Instance;

    /// <summary>Parses the constructor arguments; returns the args tuple the exception keeps.</summary>
    public PyObject[] Init(PyObject[] args)
    {
        if (args.Length < 2 || args.Length > 5)
            return args;
        Errno = args[0];
        StrError = args[1];
        if (args.Length >= 3)
        {
            Filename = args[2];
            if (args.Length >= 5)
                Filename2 = args[4];
            return new[] { args[0], args[1] };
        }
        return args;
    }

    /// <summary>The str() of the exception, or null to fall back to BaseException's.</summary>
    public string? Str()
    {
        if (Filename is not PyNone)
        {
            if (Filename2 is not PyNone)
                return $"[Errno {Ops.Str(Errno)}] {Ops.Str(StrError)}: {Ops.Repr(Filename)} -> {Ops.Repr(Filename2)}";
            return $"[Errno {Ops.Str(Errno)}] {Ops.Str(StrError)}: {Ops.Repr(Filename)}";
        }
        if (Errno is not PyNone && StrError is not PyNone)
            return $"[Errno {Ops.Str(Errno)}] {Ops.Str(StrError)}";
        return null;
    }

    public PyObject? GetAttr(string name) => name switch
    {
        "errno" => Errno,
        "strerror" => StrError,
        "filename" => Filename,
        "filename2" => Filename2,
        _ => null,
    };

    public bool SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "errno": Errno = value; return true;
            case "strerror": StrError = value; return true;
            case "filename": Filename = value; return true;
            case "filename2": Filename2 = value; return true;
            default: return false;
        }
    }

    /// <summary><c>OSError(2, ...)</c> creates a FileNotFoundError, as in CPython (errno map).</summary>
    public static PyType SubtypeFor(PyType type, PyObject[] args)
    {
        if (!ReferenceEquals(type, ExceptionTypes.OSError) || args.Length < 2 || args[0] is not PyInt { IsSmall: true } e)
            return type;
        return e.Small switch
        {
            1 or 13 => ExceptionTypes.PermissionError,
            2 => ExceptionTypes.FileNotFoundError,
            3 => ExceptionTypes.ProcessLookupError,
            4 => ExceptionTypes.InterruptedError,
            10 => ExceptionTypes.ChildProcessError,
            11 or 114 or 115 => ExceptionTypes.BlockingIOError,
            17 => ExceptionTypes.FileExistsError,
            20 => ExceptionTypes.NotADirectoryError,
            21 => ExceptionTypes.IsADirectoryError,
            32 => ExceptionTypes.BrokenPipeError,
            103 => ExceptionTypes.ConnectionAbortedError,
            104 => ExceptionTypes.ConnectionResetError,
            110 => ExceptionTypes.TimeoutError,
            111 => ExceptionTypes.ConnectionRefusedError,
            _ => type,
        };
    }
}
