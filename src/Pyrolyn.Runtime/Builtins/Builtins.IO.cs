namespace Pyrolyn.Runtime;

/// <summary>open().</summary>
public static partial class Builtins
{
    private static PyObject Open(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKw(kw, "open", "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        var file = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "file") ?? throw Errors.TypeError("open() missing required argument 'file' (pos 1)");
        var modeObj = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "mode");
        var encObj = npos > 3 ? args[3] : ArgCheck.Kw(args, kw, "encoding");
        string path = file is PyStr s ? s.Value : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
        string mode = modeObj is PyStr m ? m.Value : "r";
        foreach (char c in mode)
            if ("rwaxbt+U".IndexOf(c) < 0) throw Errors.ValueError($"invalid mode: '{mode}'");
        string encoding = encObj is PyStr e ? e.Value : "utf-8";
        if (mode.Contains('b') && encObj is PyStr) throw Errors.ValueError("binary mode doesn't take an encoding argument");
        return new PyTextFile(path, mode, encoding);
    }
}
