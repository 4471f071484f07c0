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
            throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, a.Length > 0 ? new[] { a[0] } : Array.Empty<PyObject>())), "sys");
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
