using System;

using System.Threading;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime;

/// <summary>The list methods; one switch serves CallMethod and the descriptors.</summary>
public sealed partial class PyList
{
    internal static void RegisterMethods() =>
        BuiltinAttr.Register(BuiltinTypes.List, Dispatch, "append", "extend", "insert", "pop", "remove", "index",
            "count", "sort", "reverse", "copy", "clear", "__len__", "__getitem__", "__setitem__", "__delitem__",
            "__contains__", "__iter__", "__add__", "__iadd__", "__mul__", "__imul__", "__repr__", "__reversed__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");

    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
    {
        // The hottest method avoids the dispatcher entirely.
        if (name == "append" && args.Length == 1 && kwnames is null)
        {
            Append(args[0]);
            return PyNone.Instance;
        }
        return Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);
    }

    public void Sort(PyObject? key, bool reverse)
    {
        int n;
        PyObject[] items;
        // CPython empties the list while sorting so mutation by key/< is detectable (and, in
        // free-threaded mode, other threads see an empty list meanwhile, as in CPython 3.13t).
        if (Gil.Enabled)
        {
            n = _count;
            items = _items;
            _items = Array.Empty<PyObject>();
            _count = 0;
        }
        else
        {
            lock (this)
            {
                n = _count;
                items = _items;
                _items = Array.Empty<PyObject>();
                _count = 0;
            }
        }
        try
        {
            PyObject[]? keys = null;
            if (key is not null && key is not PyNone)
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = key.Call(new[] { items[i] });
            }
            ListSort.Sort(items, n, keys, reverse);
        }
        finally
        {
            bool modified;
            if (Gil.Enabled)
            {
                modified = _count != 0 || _items.Length != 0;
                _items = items;
                _count = n;
            }
            else
            {
                lock (this)
                {
                    modified = _count != 0 || _items.Length != 0;
                    _items = items;
                    Volatile.Write(ref _count, n);
                }
            }
            if (modified) throw Errors.ValueError("list modified during sort");
        }
    }

    public int IndexOf(PyObject x, int start, int stop)
    {
        for (int i = start; i < Math.Min(stop, _count); i++)
            if (SequenceHelpers.ItemEq(_items[i], x)) return i;
        return -1;
    }

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyList)selfObj;
        // Free-threaded: methods run under the list's lock, except those that call arbitrary
        // Python code for long (sort detaches the items; extend locks itself around the copy).
        if (!Gil.Enabled && name is not ("sort" or "extend" or "append" or "__iadd__" or "__iter__" or "__reversed__"))
        {
            lock (self)
                return DispatchCore(self, name, args, kw);
        }
        return DispatchCore(self, name, args, kw);
    }

    private static PyObject? DispatchCore(PyList self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "append": self.Append(ArgCheck.One(args, kw, "list.append")); return PyNone.Instance;
            case "extend": self.Extend(ArgCheck.One(args, kw, "list.extend")); return PyNone.Instance;
            case "insert":
                ArgCheck.Range(args, kw, "insert", 2, 2);
                self.Insert(ArgCheck.ToIndex(args[0]), args[1]);
                return PyNone.Instance;
            case "pop":
                ArgCheck.Range(args, kw, "pop", 0, 1);
                return self.Pop(args.Length == 0 ? -1 : ArgCheck.ToIndex(args[0]));
            case "remove":
            {
                var x = ArgCheck.One(args, kw, "list.remove");
                int i = self.IndexOf(x, 0, self._count);
                if (i < 0) throw Errors.ValueError("list.remove(x): x not in list");
                self.Pop(i);
                return PyNone.Instance;
            }
            case "index":
            {
                ArgCheck.Range(args, kw, "index", 1, 3);
                SequenceHelpers.IndexRange(args, self._count, out int start, out int stop);
                int i = self.IndexOf(args[0], start, stop);
                if (i < 0) throw Errors.ValueError($"{Ops.Repr(args[0])} is not in list");
                return PyInt.From(i);
            }
            case "count":
            {
                var x = ArgCheck.One(args, kw, "list.count");
                int n = 0;
                for (int i = 0; i < self._count; i++) if (SequenceHelpers.ItemEq(self._items[i], x)) n++;
                return PyInt.From(n);
            }
            case "sort":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                if (npos > 0) throw Errors.TypeError("sort() takes no positional arguments");
                ArgCheck.OnlyKw(kw, "sort", "key", "reverse");
                var rev = ArgCheck.Kw(args, kw, "reverse");
                self.Sort(ArgCheck.Kw(args, kw, "key"), rev is not null && rev.IsTrue());
                return PyNone.Instance;
            }
            case "reverse": ArgCheck.None(args, kw, "list.reverse"); self.ReverseInPlace(); return PyNone.Instance;
            case "copy": ArgCheck.None(args, kw, "list.copy"); return new PyList(self.ToArray());
            case "clear": ArgCheck.None(args, kw, "list.clear"); self.Clear(); return PyNone.Instance;
            case "__len__": return PyInt.From(self._count);
            case "__getitem__": return self.GetItem(ArgCheck.One(args, kw, "list.__getitem__"));
            case "__setitem__": ArgCheck.Range(args, kw, "__setitem__", 2, 2); self.SetItem(args[0], args[1]); return PyNone.Instance;
            case "__delitem__": self.DelItem(ArgCheck.One(args, kw, "list.__delitem__")); return PyNone.Instance;
            case "__contains__": return PyBool.From(self.Contains(ArgCheck.One(args, kw, "list.__contains__")));
            case "__iter__": return self.GetIter();
            case "__reversed__": return new PyReversedSequence(self);
            case "__add__":
            {
                var o = ArgCheck.One(args, kw, "list.__add__");
                if (o is not PyList) throw Errors.TypeError($"can only concatenate list (not \"{o.Type.Name}\") to list");
                return self.BinaryOp(Runtime.BinaryOp.Add, o)!;
            }
            case "__iadd__": return self.InPlaceOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, "list.__iadd__"))!;
            case "__mul__": return Ops.NotImplementedIfNull(self.BinaryOp(Runtime.BinaryOp.Mul, ArgCheck.One(args, kw, "list.__mul__")));
            case "__imul__": return Ops.NotImplementedIfNull(self.InPlaceOp(Runtime.BinaryOp.Mul, ArgCheck.One(args, kw, "list.__imul__")));
            case "__repr__": return new PyStr(self.Repr());
        }
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(self.RichCompare(ArgCheck.One(args, kw, "list." + name), cop));
        return null;
    }
}
