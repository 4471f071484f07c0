using System;
using System.IO;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>The file object open() returns: text mode (UTF-8 by default, universal newlines on
/// read) or binary mode; a context manager and an iterator over lines.</summary>
public sealed class PyTextFile : PyIterator
{
    private static readonly PyType FileType = new("TextIOWrapper", new[] { BuiltinTypes.Object }, "_io");
    private static readonly PyType BinaryType = new("BufferedReader", new[] { BuiltinTypes.Object }, "_io");

    private FileStream? _stream;
    private StreamReader? _reader;
    private StreamWriter? _writer;
    private readonly bool _binary;
    private readonly string _encoding;

    public PyTextFile(string path, string mode, string encoding)
    {
        Name = path;
        Mode = mode;
        _binary = mode.Contains('b');
        _encoding = encoding;
        bool plus = mode.Contains('+');
        FileMode fm;
        FileAccess fa;
        if (mode.Contains('w')) { fm = FileMode.Create; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; }
        else if (mode.Contains('a')) { fm = FileMode.Append; fa = FileAccess.Write; }
        else if (mode.Contains('x')) { fm = FileMode.CreateNew; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; }
        else { fm = FileMode.Open; fa = plus ? FileAccess.ReadWrite : FileAccess.Read; }
        try
        {
            _stream = new FileStream(path, fm, fa);
        }
        catch (FileNotFoundException) { throw OsError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw OsError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException)
        {
            if (Directory.Exists(path)) throw OsError(ExceptionTypes.IsADirectoryError, 21, "Is a directory", path);
            throw OsError(ExceptionTypes.PermissionError, 13, "Permission denied", path);
        }
        catch (IOException) when (fm == FileMode.CreateNew) { throw OsError(ExceptionTypes.FileExistsError, 17, "File exists", path); }
        var enc = Encoding.GetEncoding(Codecs.Normalize(encoding) switch { "latin-1" => "iso-8859-1", "ascii" => "us-ascii", var e => e });
        if (enc is UTF8Encoding) enc = new UTF8Encoding(false);
        if (!_binary)
        {
            if (fa != FileAccess.Write) _reader = new StreamReader(_stream, enc, false);
            if (fa != FileAccess.Read) _writer = new StreamWriter(_stream, enc) { NewLine = "\n" };
        }
    }

    // Built through the type so OSError's (errno, strerror, filename) handling applies.
    private static PyException OsError(PyType type, int errno, string msg, string path) =>
        PyException.FromRaise(type.Call(new PyObject[] { PyInt.From(errno), new PyStr(msg), new PyStr(path) }));

    public string Name { get; }
    public string Mode { get; }
    public bool Closed => _stream is null;

    public override PyType Type => _binary ? BinaryType : FileType;

    public override string Repr() => _binary
        ? $"<_io.BufferedReader name={PyStr.ReprOf(Name)}>"
        : $"<_io.TextIOWrapper name={PyStr.ReprOf(Name)} mode={PyStr.ReprOf(Mode)} encoding={PyStr.ReprOf(_encoding)}>";

    private void CheckOpen()
    {
        if (_stream is null) throw Errors.ValueError("I/O operation on closed file.");
    }

    public string ReadAll()
    {
        CheckOpen();
        if (_reader is null) throw Errors.New(ExceptionTypes.OSError, "not readable");
        return Normalize(_reader.ReadToEnd());
    }

    private static string Normalize(string s) => s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    /// <summary>One line including its "\n", or "" at end of file.</summary>
    public string ReadLine()
    {
        CheckOpen();
        if (_reader is null) throw Errors.New(ExceptionTypes.OSError, "not readable");
        var sb = new StringBuilder();
        while (true)
        {
            int c = _reader.Read();
            if (c < 0) break;
            if (c == '\r')
            {
                if (_reader.Peek() == '\n') _reader.Read();
                sb.Append('\n');
                break;
            }
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    public override PyObject? Next()
    {
        var line = ReadLine();
        return line.Length == 0 ? null : new PyStr(line);
    }

    public void Write(string s)
    {
        CheckOpen();
        if (_writer is null) throw Errors.New(ExceptionTypes.OSError, "not writable");
        _writer.Write(s);
    }

    public void Close()
    {
        _writer?.Flush();
        _reader?.Dispose();
        _writer?.Dispose();
        _stream?.Dispose();
        _stream = null;
        _reader = null;
        _writer = null;
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "closed" => PyBool.From(Closed),
        "name" => new PyStr(Name),
        "mode" => new PyStr(Mode),
        "encoding" => new PyStr(_encoding),
        "read" or "readline" or "readlines" or "write" or "writelines" or "flush" or "close" or "__enter__"
            or "__exit__" or "__iter__" or "__next__" or "readable" or "writable" =>
            new PyBuiltinFunction(name, (a, k) => CallMethod(name, a, k)),
        _ => throw Errors.AttributeError($"'{Type.Name}' object has no attribute '{name}'"),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
    {
        switch (name)
        {
            case "read":
            {
                long size = args.Length > 0 && args[0] is not PyNone ? ArgCheck.ToLong(args[0]) : -1;
                if (_binary)
                {
                    CheckOpen();
                    var ms = new MemoryStream();
                    if (size < 0) _stream!.CopyTo(ms);
                    else { var buf = new byte[size]; int n = _stream!.Read(buf, 0, (int)size); ms.Write(buf, 0, n); }
                    return new PyBytes(ms.ToArray());
                }
                if (size < 0) return new PyStr(ReadAll());
                CheckOpen();
                var sb = new StringBuilder();
                for (long i = 0; i < size; i++)
                {
                    int c = _reader!.Read();
                    if (c < 0) break;
                    if (c == '\r') { if (_reader.Peek() == '\n') _reader.Read(); c = '\n'; }
                    sb.Append((char)c);
                }
                return new PyStr(sb.ToString());
            }
            case "readline": return new PyStr(ReadLine());
            case "readlines":
            {
                var list = new PyList();
                PyObject? line;
                while ((line = Next()) is not null) list.Append(line);
                return list;
            }
            case "write":
            {
                var x = ArgCheck.One(args, kwnames, "write");
                if (_binary)
                {
                    CheckOpen();
                    var data = x is PyBytes b ? b.Value : x is PyByteArray ba ? ba.ToArray() : throw Errors.TypeError($"a bytes-like object is required, not '{x.Type.Name}'");
                    _stream!.Write(data);
                    return PyInt.From(data.Length);
                }
                if (x is not PyStr s) throw Errors.TypeError($"write() argument must be str, not {x.Type.Name}");
                Write(s.Value);
                return PyInt.From(s.CpLength);
            }
            case "writelines":
            {
                var it = Ops.GetIter(ArgCheck.One(args, kwnames, "writelines"));
                PyObject? x;
                while ((x = it.Next()) is not null) CallMethod("write", new[] { x });
                return PyNone.Instance;
            }
            case "flush": _writer?.Flush(); _stream?.Flush(); return PyNone.Instance;
            case "close": Close(); return PyNone.Instance;
            case "__enter__": CheckOpen(); return this;
            case "__exit__": Close(); return PyBool.False;
            case "__iter__": CheckOpen(); return this;
            case "__next__": return Next() ?? throw Errors.StopIteration();
            case "readable": return PyBool.From(_reader is not null || (_binary && _stream!.CanRead));
            case "writable": return PyBool.From(_writer is not null || (_binary && _stream!.CanWrite));
        }
        throw Errors.AttributeError($"'{Type.Name}' object has no attribute '{name}'");
    }
}
