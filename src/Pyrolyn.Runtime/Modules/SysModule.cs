using System;
using Pyrolyn.Runtime.Hosting;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime.Modules;

/// <summary>A minimal <c>sys</c>: argv, exit, stdout/stderr, maxsize, version_info, path,
/// modules and the recursion limit.</summary>
public static class SysModule
{
    private static PyModule? _instance;

    public static PyModule Instance => _instance ??= Create();

    /// <summary>Set by the host before the main module runs.</summary>
    public static string[] Argv { get; set; } = Array.Empty<string>();

    private static PyModule Create()
    {
        var m = new PyModule("sys");
        var d = m.Dict;
        var argv = new PyObject[Argv.Length];
        for (int i = 0; i < argv.Length; i++)
            argv[i] = new PyStr(Argv[i]);
        d["argv"] = new PyList(argv);
        d["maxsize"] = PyInt.From(long.MaxValue);
        d["version_info"] = new PyTuple(new PyObject[] { PyInt.From(3), PyInt.From(11), PyInt.From(0), new PyStr("final"), PyInt.From(0) });
        d["version"] = new PyStr("3.11.0 (Pyrolyn)");
        d["platform"] = new PyStr(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux");
        d["byteorder"] = new PyStr(BitConverter.IsLittleEndian ? "little" : "big");
        d["path"] = new PyList(new PyObject[] { new PyStr("") });
        d["stdout"] = new TextStream("<stdout>", false);
        d["stderr"] = new TextStream("<stderr>", true);
        d["exit"] = new PyBuiltinFunction("exit", (a, k) =>
        {
            // An instance of SystemExit (or a subclass) is raised itself, as PyErr_SetObject does.
            if (a.Length == 1 && a[0] is PyBaseException se && se.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
                throw se.Carrier ?? new PyException(se);
            throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, a.Length > 0 ? new[] { a[0] } : Array.Empty<PyObject>()));
        }, "sys");
        d["int_info"] = new SysStructSeq("sys.int_info",
            new[] { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" },
            new PyObject[] { PyInt.From(30), PyInt.From(4), PyInt.From(PyInt.DefaultMaxStrDigits), PyInt.From(PyInt.MaxStrDigitsThreshold) });
        d["get_int_max_str_digits"] = new PyBuiltinFunction("get_int_max_str_digits", (a, k) =>
        {
            ArgCheck.None(a, k, "get_int_max_str_digits");
            return PyInt.From(PyInt.MaxStrDigits);
        }, "sys");
        d["set_int_max_str_digits"] = new PyBuiltinFunction("set_int_max_str_digits", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            ArgCheck.OnlyKwClinic(k, "set_int_max_str_digits", "maxdigits");
            if (npos > 1) throw Errors.TypeError($"set_int_max_str_digits() takes at most 1 argument ({npos} given)");
            var v = npos > 0 ? a[0] : ArgCheck.Kw(a, k, "maxdigits")
                ?? throw Errors.TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            long n = ArgCheck.ToLong(v);
            if (n != 0 && n < PyInt.MaxStrDigitsThreshold)
                throw Errors.ValueError($"maxdigits must be 0 or larger than {PyInt.MaxStrDigitsThreshold}");
            PyInt.MaxStrDigits = (int)Math.Min(n, int.MaxValue);
            return PyNone.Instance;
        }, "sys");
        d["getrecursionlimit"] = new PyBuiltinFunction("getrecursionlimit", (a, k) => PyInt.From(ThreadState.RecursionLimit), "sys");
        d["setrecursionlimit"] = new PyBuiltinFunction("setrecursionlimit", (a, k) =>
        {
            if (a.Length != 1)
                throw Errors.TypeError($"setrecursionlimit() takes exactly one argument ({a.Length} given)");
            if (a[0] is not PyInt i)
                throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            if (!i.IsSmall)
                throw Errors.OverflowError("Python int too large to convert to C int");
            if (i.Small < 1)
                throw Errors.ValueError("recursion limit must be greater or equal than 1");
            ThreadState.RecursionLimit = (int)Math.Min(i.Small, int.MaxValue);
            return PyNone.Instance;
        }, "sys");
        d["exc_info"] = new PyBuiltinFunction("exc_info", (a, k) =>
        {
            ArgCheck.None(a, k, "exc_info");
            if (Raise.Handled?.Value is not { } e)
                return new PyTuple(new PyObject[] { PyNone.Instance, PyNone.Instance, PyNone.Instance });
            return new PyTuple(new PyObject[] { e.Type, e, e.GetAttr("__traceback__") });
        }, "sys");
        d["exception"] = new PyBuiltinFunction("exception", (a, k) =>
        {
            ArgCheck.None(a, k, "exception");
            return (PyObject?)Raise.Handled?.Value ?? PyNone.Instance;
        }, "sys");
        SysThreading.AddTo(d);
        d["modules"] = new PyBuiltinFunction("modules", (a, k) => PyNone.Instance, "sys");
        d.Remove("modules");
        return m;
    }

    /// <summary><c>sys.stdout</c>/<c>sys.stderr</c>: write and flush.</summary>
    private sealed class TextStream : PyObject
    {
        private readonly string _name;
        private readonly bool _error;

        public TextStream(string name, bool error)
        {
            _name = name;
            _error = error;
        }

        public override PyType Type => BuiltinTypes.Object;
        public override string Repr() => $"<_io.TextIOWrapper name='{_name}' mode='w' encoding='utf-8'>";

        public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
        {
            switch (name)
            {
                case "write":
                    if (args.Length != 1 || args[0] is not PyStr s)
                        throw Errors.TypeError($"write() argument must be str, not {(args.Length > 0 ? args[0].Type.Name : "nothing")}");
                    if (_error)
                    {
                        StandardStreams.Out.Flush();
                        StandardStreams.Error.Write(s.Value);
                        StandardStreams.Error.Flush();
                    }
                    else
                    {
                        StandardStreams.Out.Write(s.Value);
                    }
                    return PyInt.From(s.Value.Length);
                case "flush":
                    (_error ? StandardStreams.Error : StandardStreams.Out).Flush();
                    return PyNone.Instance;
            }
            return base.CallMethod(name, args, kwnames);
        }

        public override PyObject GetAttr(string name) => name switch
        {
            "write" or "flush" => new PyBuiltinFunction(name, (a, k) => CallMethod(name, a, k)),
            "name" => new PyStr(_name),
            "encoding" => new PyStr("utf-8"),
            _ => throw ObjectProtocol.NoAttribute(this, name),
        };
    }
}

/// <summary>A read-only struct sequence of sys (sys.int_info): a tuple with named fields.</summary>
public sealed class SysStructSeq : PyObject
{
    private readonly PyType _type;
    private readonly string[] _names;
    private readonly PyTuple _values;

    public SysStructSeq(string typeName, string[] names, PyObject[] values)
    {
        _type = new PyType(typeName, new[] { BuiltinTypes.Object }, "sys", null);
        _names = names;
        _values = new PyTuple(values);
    }

    public override PyType Type => _type;
    public override long Length() => _values.Count;
    public override PyObject GetItem(PyObject key) => _values.GetItem(key);
    public override PyObject GetIter() => _values.GetIter();

    public override PyObject GetAttr(string name)
    {
        int i = Array.IndexOf(_names, name);
        return i >= 0 ? _values[i] : base.GetAttr(name);
    }

    public override string Repr()
    {
        var parts = new string[_names.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = _names[i] + "=" + Ops.Repr(_values[i]);
        return _type.Name + "(" + string.Join(", ", parts) + ")";
    }
}
