using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The operator module: every function of CPython's _operator (with the dunder
/// aliases), plus itemgetter, attrgetter and methodcaller.</summary>
public static class OperatorModule
{
    private const string Mod = "operator";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        void Alias(string name, PyObject f)
        {
            d[name] = f;
            if (name is not ("is_" or "is_not" or "countOf" or "indexOf" or "truth"))
                d["__" + name.TrimEnd('_') + "__"] = f;
        }
        void F2(string name, Func<PyObject, PyObject, PyObject> f) =>
            Alias(name, new PyBuiltinFunction(name, (a, k) => { Two(a, k, name); return f(a[0], a[1]); }, Mod));
        void F1(string name, Func<PyObject, PyObject> f) =>
            Alias(name, new PyBuiltinFunction(name, (a, k) => f(ArgCheck.One(a, k, "_operator." + name)), Mod));

        F2("add", Ops.Add);
        F2("sub", Ops.Sub);
        F2("mul", Ops.Mul);
        F2("matmul", Ops.MatMul);
        F2("truediv", Ops.TrueDiv);
        F2("floordiv", Ops.FloorDiv);
        F2("mod", Ops.Mod);
        F2("pow", Ops.Pow);
        F2("lshift", Ops.LShift);
        F2("rshift", Ops.RShift);
        F2("and_", Ops.BitAnd);
        F2("or_", Ops.BitOr);
        F2("xor", Ops.BitXor);
        F2("lt", Ops.Lt);
        F2("le", Ops.Le);
        F2("eq", Ops.Eq);
        F2("ne", Ops.Ne);
        F2("gt", Ops.Gt);
        F2("ge", Ops.Ge);
        F2("is_", (a, b) => PyBool.From(ReferenceEquals(a, b)));
        F2("is_not", (a, b) => PyBool.From(!ReferenceEquals(a, b)));
        F2("concat", (a, b) => { CheckSequence(a); return Ops.Add(a, b); });
        F2("contains", (a, b) => PyBool.From(a.Contains(b)));
        F2("countOf", CountOf);
        F2("indexOf", IndexOf);
        F2("getitem", Ops.GetItem);
        F2("delitem", (a, b) => { a.DelItem(b); return PyNone.Instance; });
        Alias("setitem", new PyBuiltinFunction("setitem", (a, k) =>
        {
            ItertoolsModule.Positional(a, k, "setitem", 3, 3);
            Ops.SetItem(a[0], a[1], a[2]);
            return PyNone.Instance;
        }, Mod));

        F2("iadd", (a, b) => Ops.InPlace(BinaryOp.Add, a, b));
        F2("isub", (a, b) => Ops.InPlace(BinaryOp.Sub, a, b));
        F2("imul", (a, b) => Ops.InPlace(BinaryOp.Mul, a, b));
        F2("imatmul", (a, b) => Ops.InPlace(BinaryOp.MatMul, a, b));
        F2("itruediv", (a, b) => Ops.InPlace(BinaryOp.TrueDiv, a, b));
        F2("ifloordiv", (a, b) => Ops.InPlace(BinaryOp.FloorDiv, a, b));
        F2("imod", (a, b) => Ops.InPlace(BinaryOp.Mod, a, b));
        F2("ipow", (a, b) => Ops.InPlace(BinaryOp.Pow, a, b));
        F2("ilshift", (a, b) => Ops.InPlace(BinaryOp.LShift, a, b));
        F2("irshift", (a, b) => Ops.InPlace(BinaryOp.RShift, a, b));
        F2("iand", (a, b) => Ops.InPlace(BinaryOp.And, a, b));
        F2("ior", (a, b) => Ops.InPlace(BinaryOp.Or, a, b));
        F2("ixor", (a, b) => Ops.InPlace(BinaryOp.Xor, a, b));
        F2("iconcat", (a, b) => { CheckSequence(a); return Ops.InPlace(BinaryOp.Add, a, b); });

        F1("neg", Ops.Neg);
        F1("pos", Ops.Pos);
        F1("abs", Builtins.Abs);
        F1("invert", Ops.Invert);
        F1("inv", Ops.Invert);
        F1("not_", Ops.Not);
        F1("truth", x => PyBool.From(Ops.IsTrue(x)));
        F1("index", x =>
        {
            if (x is PyInt i) return i is PyBool ? PyInt.From(i.Small) : i;
            if (x.Type.Lookup("__index__") is not null)
                return x.CallMethod("__index__", Array.Empty<PyObject>());
            throw Errors.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
        });
        d["length_hint"] = new PyBuiltinFunction("length_hint", LengthHint, Mod);
        Alias("call", new PyBuiltinFunction("call", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            if (npos < 1)
                throw Errors.TypeError("call() missing 1 required positional argument: 'obj'");
            var rest = new PyObject[a.Length - 1];
            Array.Copy(a, 1, rest, 0, rest.Length);
            return a[0].Call(rest, k);
        }, Mod));
        d["itemgetter"] = OperatorGetters.ItemGetterType;
        d["attrgetter"] = OperatorGetters.AttrGetterType;
        d["methodcaller"] = OperatorGetters.MethodCallerType;
        return m;
    }

    private static void Two(PyObject[] a, string[]? k, string name)
    {
        if (k is { Length: > 0 })
            throw Errors.TypeError($"_operator.{name}() takes no keyword arguments");
        ArgCheck.Range(a, k, name, 2, 2);
    }

    /// <summary>concat/iconcat require a sequence on the left (something with __getitem__).</summary>
    private static void CheckSequence(PyObject a)
    {
        if (a is PyList or PyTuple or PyStr or PyBytes or PyByteArray or PyRange)
            return;
        if (a is PyDict || a.Type.Lookup("__getitem__") is null)
            throw Errors.TypeError($"'{a.Type.Name}' object can't be concatenated");
    }

    private static PyObject CountOf(PyObject seq, PyObject x)
    {
        var it = Iter(seq);
        long n = 0;
        PyObject? y;
        while ((y = it.Next()) is not null)
            if (ReferenceEquals(y, x) || Ops.EqBool(y, x))
                n++;
        return PyInt.From(n);
    }

    private static PyObject IndexOf(PyObject seq, PyObject x)
    {
        var it = Iter(seq);
        long n = 0;
        PyObject? y;
        while ((y = it.Next()) is not null)
        {
            if (ReferenceEquals(y, x) || Ops.EqBool(y, x))
                return PyInt.From(n);
            n++;
        }
        throw Errors.ValueError("sequence.index(x): x not in sequence");
    }

    private static PyObject Iter(PyObject seq)
    {
        try
        {
            return Ops.GetIter(seq);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            throw Errors.TypeError($"argument of type '{seq.Type.Name}' is not iterable");
        }
    }

    private static PyObject LengthHint(PyObject[] a, string[]? k)
    {
        ArgCheck.Range(a, k, "length_hint", 1, 2);
        long dflt = a.Length > 1 ? (a[1] is PyInt di ? ClinicArgs.Index(di)
            : throw Errors.TypeError($"'{a[1].Type.Name}' object cannot be interpreted as an integer")) : 0;
        var o = a[0];
        try
        {
            return PyInt.From(Ops.Len(o));
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
        }
        if (o is PyIterator pi)
        {
            long h = pi.LengthHint();
            return PyInt.From(h >= 0 ? h : dflt);
        }
        if (o.Type.Lookup("__length_hint__") is not null)
        {
            var r = o.CallMethod("__length_hint__", Array.Empty<PyObject>());
            if (ReferenceEquals(r, Ops.NotImplemented))
                return PyInt.From(dflt);
            if (r is not PyInt ri)
                throw Errors.TypeError($"__length_hint__ must be an integer, not {r.Type.Name}");
            if (ri.Sign < 0)
                throw Errors.ValueError("__length_hint__() should return >= 0");
            return ri;
        }
        return PyInt.From(dflt);
    }
}
