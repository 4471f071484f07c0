namespace Pyrolyn.Runtime;

/// <summary>The attributes and str() that some builtin exception types compute from their args
/// (CPython's SystemExit.code, StopIteration.value, the Unicode errors' fields, SyntaxError's
/// fields, ExceptionGroup's message and exceptions). An attribute assigned by the program
/// (kept in the instance dict) wins.</summary>
public partial class PyBaseException
{
    private bool Is(PyType t) => _type.IsSubtypeOf(t);

    private PyObject Arg(int i) => i < Args.Count ? Args[i] : PyNone.Instance;

    private PyObject? SpecialAttr(string name)
    {
        switch (name)
        {
            case "code" when Is(ExceptionTypes.SystemExit):
                return Args.Count == 0 ? PyNone.Instance : Args.Count == 1 ? Args[0] : Args;
            case "value" when Is(ExceptionTypes.StopIteration):
                return Arg(0);
            case "name" when Is(ExceptionTypes.NameError):
                return NameFromMessage("name '", "'") ?? PyNone.Instance;
            case "name" when Is(ExceptionTypes.AttributeError):
                return NameFromMessage("attribute '", "'") ?? PyNone.Instance;
            case "obj" when Is(ExceptionTypes.AttributeError):
                return PyNone.Instance;
            case "name" or "path" when Is(ExceptionTypes.ImportError):
                return name == "name" ? NameFromMessage("No module named '", "'") ?? PyNone.Instance : PyNone.Instance;
            case "msg" when Is(ExceptionTypes.ImportError):
                return Args.Count == 1 ? Args[0] : PyNone.Instance;
            case "msg" when Is(ExceptionTypes.SyntaxError):
                return Arg(0);
            case "filename" or "lineno" or "offset" or "text" or "end_lineno" or "end_offset" or "print_file_and_line"
                when Is(ExceptionTypes.SyntaxError):
            {
                int index = name switch { "filename" => 0, "lineno" => 1, "offset" => 2, "text" => 3, "end_lineno" => 4, "end_offset" => 5, _ => 9 };
                return Args.Count == 2 && Args[1] is PyTuple details && index < details.Count ? details[index] : PyNone.Instance;
            }
            case "encoding" or "object" or "start" or "end" or "reason" when IsUnicodeCodecError:
            {
                int index = name switch { "encoding" => 0, "object" => 1, "start" => 2, "end" => 3, _ => 4 };
                return Arg(index);
            }
            case "message" when Is(ExceptionTypes.BaseExceptionGroup):
                return Arg(0);
            case "exceptions" when Is(ExceptionTypes.BaseExceptionGroup):
                return Args.Count > 1 ? new PyTuple(Ops.ToArray(Args[1])) : new PyTuple(System.Array.Empty<PyObject>());
        }
        return null;
    }

    private bool IsUnicodeCodecError =>
        Args.Count == 5 && (Is(ExceptionTypes.UnicodeDecodeError) || Is(ExceptionTypes.UnicodeEncodeError));

    /// <summary>The name quoted in a runtime-raised message (<c>name 'x' is not defined</c>).</summary>
    private PyObject? NameFromMessage(string before, string after)
    {
        if (Args.Count != 1 || Args[0] is not PyStr m)
            return null;
        string text = m.Value;
        int start = text.IndexOf(before, System.StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += before.Length;
        int end = text.IndexOf(after, start, System.StringComparison.Ordinal);
        return end < 0 ? null : new PyStr(text.Substring(start, end - start));
    }

    private string? SpecialStr()
    {
        if (IsUnicodeCodecError && Args[2] is PyInt { IsSmall: true } s && Args[3] is PyInt { IsSmall: true } e)
        {
            string enc = Ops.Str(Args[0]);
            string reason = Ops.Str(Args[4]);
            long start = s.Small, end = e.Small;
            if (Is(ExceptionTypes.UnicodeDecodeError) && Args[1] is PyBytes data)
            {
                if (end == start + 1 && start >= 0 && start < data.Value.Length)
                    return $"'{enc}' codec can't decode byte 0x{data.Value[start]:x2} in position {start}: {reason}";
                return $"'{enc}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
            }
            if (Is(ExceptionTypes.UnicodeEncodeError) && Args[1] is PyStr text)
            {
                if (end == start + 1 && start >= 0 && start < text.CpLength)
                {
                    int c = text.CodePointAt((int)start);
                    string ch = c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";
                    return $"'{enc}' codec can't encode character '{ch}' in position {start}: {reason}";
                }
                return $"'{enc}' codec can't encode characters in position {start}-{end - 1}: {reason}";
            }
        }
        if (Is(ExceptionTypes.SyntaxError) && Args.Count == 2 && Args[1] is PyTuple details && details.Count >= 2)
        {
            string msg = Ops.Str(Args[0]);
            bool hasFile = details[0] is PyStr;
            bool hasLine = details[1] is PyInt;
            string file = hasFile ? System.IO.Path.GetFileName(Ops.Str(details[0])) : "";
            if (hasFile && hasLine)
                return $"{msg} ({file}, line {Ops.Str(details[1])})";
            if (hasLine)
                return $"{msg} (line {Ops.Str(details[1])})";
            if (hasFile)
                return $"{msg} ({file})";
            return msg;
        }
        if (Is(ExceptionTypes.BaseExceptionGroup) && Args.Count == 2)
        {
            long n = Args[1].Length();
            return $"{Ops.Str(Args[0])} ({n} sub-exception{(n == 1 ? "" : "s")})";
        }
        return null;
    }
}
