using System;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>io.StringIO: an in-memory text stream (a growable buffer and a position).
/// Positions count UTF-16 units, which equal code points for BMP text.</summary>
public sealed class PyStringIO : PyObject
{
    public static readonly PyType StringIOType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("StringIO", new[] { BuiltinTypes.Object }, "_io", static (t, a, k) =>
        {
            var p = new Args(a, k, "StringIO", "initial_value", "newline");
            var io = new PyStringIO();
            if (p[0] is { } init and not PyNone)
            {
                if (init is not PyStr s)
                    throw Errors.TypeError($"initial_value must be str or None, not {init.Type.Name}");
                io._buf.Append(s.Value);
            }
            return io;
        });
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyStringIO)self).Dispatch(name, args, kw),
            "write", "writelines", "read", "readline", "readlines", "getvalue", "seek", "tell", "truncate", "close",
            "flush", "readable", "writable", "seekable", "isatty", "__enter__", "__exit__", "__iter__", "__next__");
        return t;
    }

    private readonly StringBuilder _buf = new();
    private int _pos;
    private bool _closed;

    public override PyType Type => StringIOType;

    public override string Repr() => $"<_io.StringIO object at 0x{Identity.Of(this):x}>";

    private void CheckOpen()
    {
        if (_closed)
            throw Errors.ValueError("I/O operation on closed file");
    }

    public int Write(string s)
    {
        CheckOpen();
        if (_pos > _buf.Length)
            _buf.Append('\0', _pos - _buf.Length);
        int overlap = Math.Min(s.Length, _buf.Length - _pos);
        if (overlap > 0)
            _buf.Remove(_pos, overlap);
        _buf.Insert(_pos, s);
        _pos += s.Length;
        return s.Length;
    }

    private string Read(long size)
    {
        CheckOpen();
        if (_pos >= _buf.Length)
            return "";
        int n = size < 0 ? _buf.Length - _pos : (int)Math.Min(size, _buf.Length - _pos);
        string r = _buf.ToString(_pos, n);
        _pos += n;
        return r;
    }

    private string ReadLine(long size)
    {
        CheckOpen();
        if (_pos >= _buf.Length)
            return "";
        int end = _pos;
        while (end < _buf.Length && _buf[end] != '\n')
            end++;
        if (end < _buf.Length)
            end++;
        if (size >= 0 && end - _pos > size)
            end = _pos + (int)size;
        string r = _buf.ToString(_pos, end - _pos);
        _pos = end;
        return r;
    }

    public override PyObject GetIter()
    {
        CheckOpen();
        return this;
    }

    public override PyObject? Next()
    {
        string line = ReadLine(-1);
        return line.Length == 0 ? null : new PyStr(line);
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "closed" => PyBool.From(_closed),
        "line_buffering" => PyBool.False,
        "newlines" => PyNone.Instance,
        _ => BuiltinAttr.Get(this, name),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static long SizeArg(PyObject[] args, string name)
    {
        if (args.Length == 0 || args[0] is PyNone)
            return -1;
        return ArgCheck.ToLong(args[0]);
    }

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "write":
            {
                var s = ArgCheck.One(args, kw, "write");
                if (s is not PyStr str)
                    throw Errors.TypeError($"string argument expected, got '{s.Type.Name}'");
                return PyInt.From(Write(str.Value));
            }
            case "writelines":
            {
                var it = Ops.GetIter(ArgCheck.One(args, kw, "writelines"));
                PyObject? x;
                while ((x = it.Next()) is not null)
                {
                    if (x is not PyStr str)
                        throw Errors.TypeError($"string argument expected, got '{x.Type.Name}'");
                    Write(str.Value);
                }
                return PyNone.Instance;
            }
            case "read": ArgCheck.Range(args, kw, "read", 0, 1); return new PyStr(Read(SizeArg(args, name)));
            case "readline": ArgCheck.Range(args, kw, "readline", 0, 1); return new PyStr(ReadLine(SizeArg(args, name)));
            case "readlines":
            {
                ArgCheck.Range(args, kw, "readlines", 0, 1);
                var r = new PyList();
                string line;
                while ((line = ReadLine(-1)).Length > 0)
                    r.Append(new PyStr(line));
                return r;
            }
            case "getvalue": ArgCheck.None(args, kw, "getvalue"); CheckOpen(); return new PyStr(_buf.ToString());
            case "seek":
            {
                ArgCheck.Range(args, kw, "seek", 1, 2);
                CheckOpen();
                long pos = ArgCheck.ToLong(args[0]);
                long whence = args.Length > 1 ? ArgCheck.ToLong(args[1]) : 0;
                switch (whence)
                {
                    case 0:
                        if (pos < 0)
                            throw Errors.ValueError($"Negative seek position {pos}");
                        _pos = (int)Math.Min(pos, int.MaxValue);
                        break;
                    case 1:
                        if (pos != 0)
                            throw Errors.OSError("Can't do nonzero cur-relative seeks");
                        break;
                    case 2:
                        if (pos != 0)
                            throw Errors.OSError("Can't do nonzero end-relative seeks");
                        _pos = _buf.Length;
                        break;
                    default:
                        throw Errors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
                }
                return PyInt.From(_pos);
            }
            case "tell": ArgCheck.None(args, kw, "tell"); CheckOpen(); return PyInt.From(_pos);
            case "truncate":
            {
                ArgCheck.Range(args, kw, "truncate", 0, 1);
                CheckOpen();
                long size = args.Length == 0 || args[0] is PyNone ? _pos : ArgCheck.ToLong(args[0]);
                if (size < 0)
                    throw Errors.ValueError($"Negative size value {size}");
                if (size < _buf.Length)
                    _buf.Length = (int)size;
                return PyInt.From(size);
            }
            case "close": _closed = true; return PyNone.Instance;
            case "flush": CheckOpen(); return PyNone.Instance;
            case "readable": case "writable": case "seekable": CheckOpen(); return PyBool.True;
            case "isatty": CheckOpen(); return PyBool.False;
            case "__enter__": CheckOpen(); return this;
            case "__exit__": _closed = true; return PyNone.Instance;
            case "__iter__": return GetIter();
            case "__next__": return Next() ?? throw Errors.StopIteration();
        }
        return null;
    }
}
