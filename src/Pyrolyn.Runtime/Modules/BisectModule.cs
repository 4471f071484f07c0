using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The bisect module: bisect_left/right and insort_left/right with lo, hi and key
/// (the key applies to the list's items, not to x, as in CPython).</summary>
public static class BisectModule
{
    private const string Mod = "bisect";
    private static readonly string[] Names = { "a", "x", "lo", "hi", "key" };

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, Mod);
        F("bisect_right", (a, k) => PyInt.From(Search("bisect_right", a, k, right: true, insert: false)));
        F("bisect_left", (a, k) => PyInt.From(Search("bisect_left", a, k, right: false, insert: false)));
        F("insort_right", (a, k) => { Search("insort_right", a, k, right: true, insert: true); return PyNone.Instance; });
        F("insort_left", (a, k) => { Search("insort_left", a, k, right: false, insert: true); return PyNone.Instance; });
        d["bisect"] = d["bisect_right"];
        d["insort"] = d["insort_right"];
        return m;
    }

    private static long Search(string func, PyObject[] args, string[]? kw, bool right, bool insert)
    {
        var s = ClinicArgs.Parse(func, args, kw, Names, 2, maxPositional: 4);
        var a = s[0]!;
        var x = s[1]!;
        long lo = s[2] is { } loObj ? ClinicArgs.Index(loObj) : 0;
        if (lo < 0)
            throw Errors.ValueError("lo must be non-negative");
        long hi;
        if (s[3] is null or PyNone)
            hi = Ops.Len(a);
        else if (s[3] is PyInt || s[3]!.Type.Lookup("__index__") is not null)
            hi = ClinicArgs.Index(s[3]!);
        else
            throw Errors.TypeError($"argument should be integer or None, not '{s[3]!.Type.Name}'");
        var key = s[4] is null or PyNone ? null : s[4];
        var probe = insert && key is not null ? key.Call(new[] { x }) : x;
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = Ops.GetItem(a, PyInt.From(mid));
            if (key is not null)
                item = key.Call(new[] { item });
            bool goLeft = right ? Ops.LtBool(probe, item) : !Ops.LtBool(item, probe);
            if (goLeft)
                hi = mid;
            else
                lo = mid + 1;
        }
        if (insert)
        {
            if (a is PyList list)
                list.Insert(lo, x);
            else
                a.CallMethod("insert", new PyObject[] { PyInt.From(lo), x });
        }
        return lo;
    }
}
