using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The traceback module's formatting functions (format_exc, format_exception,
/// format_exception_only, print_exc, print_exception), built on the runtime's traceback printer.
/// Frames are formatted without CPython's caret lines.</summary>
public static class TracebackModule
{
    private const string Mod = "traceback";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, Mod);
        F("format_exc", (a, k) =>
        {
            var s = ClinicArgs.Parse("format_exc", a, k, new[] { "limit", "chain" }, 0, maxPositional: 2);
            return new PyStr(string.Concat(CurrentChunks(s[1])));
        });
        F("print_exc", (a, k) =>
        {
            var s = ClinicArgs.Parse("print_exc", a, k, new[] { "limit", "file", "chain" }, 0, maxPositional: 3);
            Write(s[1], string.Concat(CurrentChunks(s[2])));
            return PyNone.Instance;
        });
        F("format_exception", (a, k) =>
        {
            var s = ClinicArgs.Parse("format_exception", a, k, new[] { "exc", "value", "tb", "limit", "chain" }, 1, maxPositional: 5);
            return Lines(Chunks(Value(s[0]!, s[1]), s[4]));
        });
        F("print_exception", (a, k) =>
        {
            var s = ClinicArgs.Parse("print_exception", a, k, new[] { "exc", "value", "tb", "limit", "file", "chain" }, 1, maxPositional: 6);
            Write(s[4], string.Concat(Chunks(Value(s[0]!, s[1]), s[5])));
            return PyNone.Instance;
        });
        F("format_exception_only", (a, k) =>
        {
            var s = ClinicArgs.Parse("format_exception_only", a, k, new[] { "exc", "value" }, 1, maxPositional: 2);
            var v = Value(s[0]!, s[1]);
            if (v is null)
                return Lines(new List<string> { "NoneType: None\n" });
            return Lines(TracebackPrinter.ExceptionOnlyLines(v));
        });
        return m;
    }

    /// <summary>The exception of (exc) or (type, value): the value wins when given.</summary>
    private static PyBaseException? Value(PyObject exc, PyObject? value)
    {
        var v = value ?? exc;
        if (v is PyNone)
            return null;
        return v as PyBaseException ?? throw Errors.TypeError($"Exception expected for value, {v.Type.Name} found");
    }

    private static List<string> Chunks(PyBaseException? e, PyObject? chain)
    {
        if (e is null)
            return new List<string> { "NoneType: None\n" };
        return TracebackPrinter.FormatChunks(e, chain is null || Ops.IsTrue(chain));
    }

    private static List<string> CurrentChunks(PyObject? chain) => Chunks(Raise.Handled?.Value, chain);

    private static PyList Lines(List<string> chunks)
    {
        var items = new PyObject[chunks.Count];
        for (int i = 0; i < chunks.Count; i++)
            items[i] = new PyStr(chunks[i]);
        return new PyList(items);
    }

    private static void Write(PyObject? file, string text)
    {
        var target = file is null or PyNone ? SysModule.Instance.GetAttr("stderr") : file;
        target.CallMethod("write", new PyObject[] { new PyStr(text) });
    }
}
