using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>
/// An instance of a class defined in Python. Every slot looks up the matching dunder method on
/// the class (only methods defined in Python count; the builtin defaults are the base slots).
/// Attributes are stored as values indexed by the class's <see cref="InstanceLayout"/> (shared
/// keys), so compiled attribute sites read them by a cached index; an instance whose attributes
/// stop following the layout (deleted, set out of order, too many) keeps a dictionary instead.
/// Either way the instance's own insertion order is preserved, as <c>vars()</c> shows in CPython.
/// </summary>
public sealed partial class PyInstance : PyObject
{
    private PyType _type;

    public PyInstance(PyType type)
    {
        _type = type;
        int known = type.Layout.Count;
        _slots = known == 0 ? NoSlots : new PyObject?[known];
    }

    public override PyType Type => _type;

    /// <summary>The instance's attributes (its <c>__dict__</c> contents), as a dictionary-like view.</summary>
    public InstanceAttributes Attributes => new(this);

    /// <summary>A special method through the type's slot cache (see <see cref="DunderSlots"/>).</summary>
    private PyObject? Dunder(int slot) => _type.UserSlot(slot);

    private PyObject Invoke(PyObject method) =>
        method is PyFunction f ? f.Call1(this) : ObjectProtocol.Bind(method, this).Call(Array.Empty<PyObject>());

    private PyObject Invoke(PyObject method, PyObject a) =>
        method is PyFunction f ? f.Call2(this, a) : ObjectProtocol.Bind(method, this).Call(new[] { a });

    private PyObject Invoke(PyObject method, PyObject a, PyObject b) =>
        method is PyFunction f ? f.Call3(this, a, b) : ObjectProtocol.Bind(method, this).Call(new[] { a, b });

    private static bool IsNotImplemented(PyObject o) => ReferenceEquals(o, Ops.NotImplemented);

    // ---- text ----------------------------------------------------------------------------------
    public override string Repr()
    {
        var m = Dunder(DunderSlots.Repr);
        if (m is null)
            return ObjectProtocol.DefaultRepr(this);
        var r = Invoke(m);
        return r is PyStr s ? s.Value : throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    }

    public override string Str()
    {
        var m = Dunder(DunderSlots.Str);
        if (m is null)
            return Repr();
        var r = Invoke(m);
        return r is PyStr s ? s.Value : throw Errors.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    public override string Format(string spec)
    {
        var m = Dunder(DunderSlots.Format);
        if (m is null)
            return base.Format(spec);
        var r = Invoke(m, new PyStr(spec));
        return r is PyStr s ? s.Value : throw Errors.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    // ---- truth, hashing, comparison -------------------------------------------------------------
    public override bool IsTrue()
    {
        var m = Dunder(DunderSlots.Bool);
        if (m is PyNone)
            throw Errors.TypeError($"'NoneType' object is not callable");
        if (m is not null)
        {
            var r = Invoke(m);
            return r is PyBool b ? b.Value : throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        m = Dunder(DunderSlots.Len);
        if (m is not null)
            return Length() != 0;
        return true;
    }

    public override long Hash()
    {
        var m = Dunder(DunderSlots.Hash);
        if (m is null)
            return base.Hash();
        if (m is PyNone)
            throw Errors.TypeError($"unhashable type: '{_type.Name}'");
        var r = Invoke(m);
        // A __hash__ result that fits a machine word is used as is (-1 is reserved), as in CPython.
        if (r is PyInt { IsSmall: true } small)
            return small.Small == -1 ? -2 : small.Small;
        if (r is PyInt)
            return Ops.Hash(r);
        throw Errors.TypeError("__hash__ method should return an integer");
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        var m = Dunder(DunderSlots.Compare + (int)op);
        if (m is null)
        {
            // object.__ne__ inverts __eq__.
            if (op == CompareOp.Ne && Dunder(DunderSlots.Compare + (int)CompareOp.Eq) is { } eq)
            {
                var r = Invoke(eq, other);
                return IsNotImplemented(r) ? null : PyBool.From(!Ops.IsTrue(r));
            }
            return base.RichCompare(other, op);
        }
        if (m is PyNone)
            return null;
        var result = Invoke(m, other);
        return IsNotImplemented(result) ? null : result;
    }

    // ---- numbers -------------------------------------------------------------------------------
    public override PyObject? BinaryOp(BinaryOp op, PyObject other) => CallBinary(DunderSlots.Forward + (int)op, other);
    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) => CallBinary(DunderSlots.Reflected + (int)op, other);
    public override PyObject? InPlaceOp(BinaryOp op, PyObject other) => CallBinary(DunderSlots.InPlace + (int)op, other);

    private PyObject? CallBinary(int slot, PyObject other)
    {
        var m = Dunder(slot);
        if (m is null)
            return null;
        var r = Invoke(m, other);
        return IsNotImplemented(r) ? null : r;
    }

    public override PyObject? UnaryOp(UnaryOp op)
    {
        var m = Dunder(op switch { Runtime.UnaryOp.Neg => DunderSlots.Neg, Runtime.UnaryOp.Pos => DunderSlots.Pos, _ => DunderSlots.Invert });
        return m is null ? null : Invoke(m);
    }

    // ---- attributes ----------------------------------------------------------------------------
    public override PyObject GetAttr(string name)
    {
        // Common case: no __getattribute__ override and no data descriptors, so the instance
        // dict answers first (what the generic lookup below would do, minus two cache lookups).
        if (_type.HasPlainInstanceGet && TryGetOwn(name, out var own))
            return own;
        if (Dunder(DunderSlots.GetAttribute) is { } ga)
        {
            // An AttributeError from __getattribute__ falls back to __getattr__.
            if (Dunder(DunderSlots.GetAttr) is not { } fallback)
                return Invoke(ga, new PyStr(name));
            try
            {
                return Invoke(ga, new PyStr(name));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                return Invoke(fallback, new PyStr(name));
            }
        }
        var v = ObjectProtocol.TryGenericGetAttr(this, name);
        if (v is not null)
            return v;
        if (Dunder(DunderSlots.GetAttr) is { } hook)
            return Invoke(hook, new PyStr(name));
        throw ObjectProtocol.NoAttribute(this, name);
    }

    public override void SetAttr(string name, PyObject value)
    {
        // __class__/__dict__ assignments take the generic path (they are not dict entries).
        if (_type.HasPlainInstanceSet && !IsDunder(name))
        {
            SetOwn(name, value);
            _dictMirror?.SetItem(new PyStr(name), value);
            return;
        }
        if (Dunder(DunderSlots.SetAttr) is { } m)
        {
            Invoke(m, new PyStr(name), value);
            return;
        }
        ObjectProtocol.SetAttrRaw(this, name, value);
    }

    public override void DelAttr(string name)
    {
        if (Dunder(DunderSlots.DelAttr) is { } m)
        {
            Invoke(m, new PyStr(name));
            return;
        }
        ObjectProtocol.GenericDelAttr(this, name);
    }

    public override PyDict? InstanceDict => null;

    /// <summary><c>obj.name(args)</c> without allocating a bound method.</summary>
    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
    {
        if (!TryGetOwn(name, out _) && _type.Lookup(name) is PyFunction f)
        {
            if (kwnames is null)
            {
                switch (args.Length)
                {
                    case 0: return f.Call1(this);
                    case 1: return f.Call2(this, args[0]);
                    case 2: return f.Call3(this, args[0], args[1]);
                }
            }
            var all = new PyObject[args.Length + 1];
            all[0] = this;
            Array.Copy(args, 0, all, 1, args.Length);
            return f.Call(all, kwnames);
        }
        return GetAttr(name).Call(args, kwnames);
    }

    // ---- calls ---------------------------------------------------------------------------------
    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        var m = Dunder(DunderSlots.Call);
        if (m is null || m is PyNone)
            return base.Call(args, kwnames);
        return ObjectProtocol.Bind(m, this).Call(args, kwnames);
    }

    // ---- containers ----------------------------------------------------------------------------
    public override PyObject GetItem(PyObject key) =>
        Dunder(DunderSlots.GetItem) is { } m ? Invoke(m, key) : base.GetItem(key);

    public override void SetItem(PyObject key, PyObject value)
    {
        if (Dunder(DunderSlots.SetItem) is { } m)
            Invoke(m, key, value);
        else
            base.SetItem(key, value);
    }

    public override void DelItem(PyObject key)
    {
        if (Dunder(DunderSlots.DelItem) is { } m)
            Invoke(m, key);
        else
            base.DelItem(key);
    }

    public override long Length()
    {
        var m = Dunder(DunderSlots.Len);
        if (m is null)
            return base.Length();
        var r = Invoke(m);
        if (r is not PyInt i)
            throw Errors.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
        if (!i.IsSmall)
            throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        if (i.Small < 0)
            throw Errors.ValueError("__len__() should return >= 0");
        return i.Small;
    }

    public override bool Contains(PyObject item) =>
        Dunder(DunderSlots.Contains) is { } m ? Ops.IsTrue(Invoke(m, item)) : base.Contains(item);

    // ---- iteration -----------------------------------------------------------------------------
    public override PyObject GetIter()
    {
        var m = Dunder(DunderSlots.Iter);
        if (m is PyNone)
            return base.GetIter();
        if (m is null)
        {
            if (Dunder(DunderSlots.GetItem) is not null)
                return new SequenceIterator(this);
            return base.GetIter();
        }
        var it = Invoke(m);
        // Values that are never iterators (CPython checks tp_iternext).
        if ((it is PyInstance pi && pi.Dunder(DunderSlots.Next) is null)
            || it is PyInt or PyFloat or PyComplex or PyStr or PyBytes or PyList or PyTuple or PyDict or PyNone or PyRange or PyFunction)
            throw Errors.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    public override PyObject? Next()
    {
        var m = Dunder(DunderSlots.Next);
        if (m is null)
            return base.Next();
        try
        {
            return Invoke(m);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return null;
        }
    }
}

/// <summary>The iterator <c>iter()</c> makes for objects with only <c>__getitem__</c>.</summary>
public sealed class SequenceIterator : PyObject
{
    private PyObject? _seq;
    private long _index;

    public SequenceIterator(PyObject seq) => _seq = seq;

    public override PyType Type => BuiltinTypes.Iterator;
    public override PyObject GetIter() => this;

    public override PyObject? Next()
    {
        if (_seq is null)
            return null;
        try
        {
            return _seq.GetItem(PyInt.From(_index++));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            _seq = null;
            return null;
        }
    }
}
