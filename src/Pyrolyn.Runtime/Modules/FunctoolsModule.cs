using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The functools module: reduce, partial, lru_cache/cache, wraps/update_wrapper,
/// total_ordering and cmp_to_key, with CPython's results and messages.</summary>
public static class FunctoolsModule
{
    internal const string Mod = "functools";

    private static readonly string[] Assignments = { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__" };
    private static readonly string[] Updates = { "__dict__" };

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, Mod);
        d["partial"] = PyPartial.TypeObject;
        d["partialmethod"] = PyPartialMethod.TypeObject;
        d["cached_property"] = PyCachedProperty.TypeObject;
        F("singledispatch", (a, k) => new PySingleDispatch(ArgCheck.One(a, k, "singledispatch")));
        d["WRAPPER_ASSIGNMENTS"] = StrTuple(Assignments);
        d["WRAPPER_UPDATES"] = StrTuple(Updates);
        F("reduce", Reduce);
        F("lru_cache", LruCache.Decorator);
        F("cache", (a, k) => LruCache.Wrap(ArgCheck.One(a, k, "cache"), -1, false));
        F("cmp_to_key", (a, k) => new CmpKey(ClinicArgs.Parse("cmp_to_key", a, k, new[] { "mycmp" }, 1)[0]!, null));
        F("total_ordering", (a, k) => TotalOrdering.Apply(new PySignature("total_ordering", new[] { "cls" }, 1).Bind(a, k)[0]!));
        F("update_wrapper", (a, k) =>
        {
            var s = UpdateWrapperSig.Bind(a, k);
            return UpdateWrapper(s[0]!, s[1]!, s[2], s[3]);
        });
        F("wraps", (a, k) =>
        {
            var s = WrapsSig.Bind(a, k);
            var wrapped = s[0]!;
            var assigned = s[1];
            var updated = s[2];
            return new PyBuiltinFunction("update_wrapper", (a2, k2) =>
            {
                var wrapper = ArgCheck.One(a2, k2, "update_wrapper");
                return UpdateWrapper(wrapper, wrapped, assigned, updated);
            }, Mod);
        });
        return m;
    }

    private static readonly PySignature UpdateWrapperSig = new("update_wrapper", new[] { "wrapper", "wrapped", "assigned", "updated" }, 2);
    private static readonly PySignature WrapsSig = new("wraps", new[] { "wrapped", "assigned", "updated" }, 1);

    private static PyTuple StrTuple(string[] names) => new(Array.ConvertAll(names, n => (PyObject)new PyStr(n)));

    private static PyObject Reduce(PyObject[] args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.TypeError("reduce() takes no keyword arguments");
        ArgCheck.Range(args, kw, "reduce", 2, 3);
        var func = args[0];
        PyObject it;
        try
        {
            it = Ops.GetIter(args[1]);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            throw Errors.TypeError("reduce() arg 2 must support iteration");
        }
        PyObject? acc = args.Length == 3 ? args[2] : null;
        PyObject? x;
        while ((x = it.Next()) is not null)
            acc = acc is null ? x : func.Call(new[] { acc, x });
        return acc ?? throw Errors.TypeError("reduce() of empty iterable with no initial value");
    }

    /// <summary>update_wrapper: copies the assigned attributes that exist, merges __dict__,
    /// and sets __wrapped__.</summary>
    public static PyObject UpdateWrapper(PyObject wrapper, PyObject wrapped, PyObject? assigned, PyObject? updated)
    {
        var assignedNames = assigned is null ? Assignments : Array.ConvertAll(Ops.ToArray(assigned), Ops.Str);
        var updatedNames = updated is null ? Updates : Array.ConvertAll(Ops.ToArray(updated), Ops.Str);
        foreach (var name in assignedNames)
        {
            PyObject value;
            try
            {
                value = wrapped.GetAttr(name);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                continue;
            }
            wrapper.SetAttr(name, value);
        }
        foreach (var name in updatedNames)
        {
            var source = Ops.GetAttr(wrapped, name, new PyDict());
            if (name == "__dict__" && wrapper is PyFunction or PyInstance or LruCache)
            {
                // Their __dict__ is a snapshot; store each entry as an attribute instead.
                foreach (var key in Ops.ToArray(source))
                    wrapper.SetAttr(Ops.Str(key), source.GetItem(key));
                continue;
            }
            wrapper.GetAttr(name).CallMethod("update", new[] { source });
        }
        wrapper.SetAttr("__wrapped__", wrapped);
        return wrapper;
    }
}
