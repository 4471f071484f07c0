using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>Calls dispatch to <see cref="PyObject.Call"/> with vectorcall-style arguments.</summary>
public static partial class Ops
{
    public static PyObject Call(PyObject f) => f.Call(Array.Empty<PyObject>());
    public static PyObject Call(PyObject f, PyObject a) => f.Call(new[] { a });
    public static PyObject Call(PyObject f, PyObject a, PyObject b) => f.Call(new[] { a, b });
    public static PyObject Call(PyObject f, PyObject a, PyObject b, PyObject c) => f.Call(new[] { a, b, c });
    public static PyObject Call(PyObject f, PyObject[] args) => f.Call(args);
    public static PyObject CallKw(PyObject f, PyObject[] args, string[] kwnames) => f.Call(args, kwnames.Length == 0 ? null : kwnames);

    /// <summary><c>f(*starArgs, **starKw)</c>.</summary>
    public static PyObject CallEx(PyObject f, PyObject starArgs, PyObject? starKw)
    {
        var pos = starArgs is PyTuple t ? t.Items : ToArray(starArgs);
        if (starKw is null || starKw is PyNone)
            return f.Call(pos);
        var names = new List<string>();
        var values = new List<PyObject>();
        if (starKw is PyDict d)
        {
            foreach (var (k, v) in d.Pairs())
            {
                if (k is not PyStr ks) throw Errors.TypeError("keywords must be strings");
                names.Add(ks.Value);
                values.Add(v);
            }
        }
        else
        {
            if (starKw.Type.Lookup("keys") is null)
                throw Errors.TypeError($"{FuncName(f)} argument after ** must be a mapping, not {starKw.Type.Name}");
            var keys = GetIter(starKw.CallMethod("keys", Array.Empty<PyObject>()));
            PyObject? k;
            while ((k = keys.Next()) is not null)
            {
                if (k is not PyStr ks) throw Errors.TypeError("keywords must be strings");
                names.Add(ks.Value);
                values.Add(starKw.GetItem(k));
            }
        }
        if (names.Count == 0) return f.Call(pos);
        var args = new PyObject[pos.Length + values.Count];
        pos.CopyTo(args, 0);
        values.CopyTo(args, pos.Length);
        return f.Call(args, names.ToArray());
    }

    private static string FuncName(PyObject f) => f switch
    {
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.Name + "()",
        _ => "function",
    };

    public static PyObject CallMethod(PyObject o, string name) => o.CallMethod(name, Array.Empty<PyObject>());
    public static PyObject CallMethod(PyObject o, string name, PyObject a) => o.CallMethod(name, new[] { a });
    public static PyObject CallMethod(PyObject o, string name, PyObject a, PyObject b) => o.CallMethod(name, new[] { a, b });
    public static PyObject CallMethod(PyObject o, string name, PyObject a, PyObject b, PyObject c) => o.CallMethod(name, new[] { a, b, c });
    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args) => o.CallMethod(name, args);
    public static PyObject CallMethodKw(PyObject o, string name, PyObject[] args, string[] kwnames) =>
        o.CallMethod(name, args, kwnames.Length == 0 ? null : kwnames);
}
