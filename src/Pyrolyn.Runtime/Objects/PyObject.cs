using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// The root of every Python value. Each builtin type overrides the slots it supports, like a
/// CPython type filling in <c>tp_*</c> slots; <see cref="PyInstance"/> (instances of classes
/// defined in Python) fills every slot by looking up the dunder method on its class.
///
/// Conventions:
/// - Binary and comparison slots return <c>null</c> for <c>NotImplemented</c>; <see cref="Ops"/>
///   then tries the reflected slot of the other operand, as CPython's <c>binary_op1</c> does.
/// - Calls pass positional arguments first, then keyword values; <c>kwnames</c> names the last
///   <c>kwnames.Length</c> entries of <c>args</c> (CPython's vectorcall layout).
/// - Iterators return <c>null</c> from <see cref="Next"/> when exhausted, so loops never pay for
///   a StopIteration exception.
/// </summary>
public abstract class PyObject
{
    /// <summary>The object's Python type (<c>type(x)</c>).</summary>
    public abstract PyType Type { get; }

    // ---- text --------------------------------------------------------------------------------
    public virtual string Repr() => $"<{Type.QualifiedName} object at 0x{Identity.Of(this):x}>";
    public virtual string Str() => Repr();
    public virtual string Format(string spec) => Formatting.DefaultFormat(this, spec);

    // ---- truth, hashing, comparison -----------------------------------------------------------
    public virtual bool IsTrue() => true;
    public virtual long Hash() => Identity.Of(this) >> 4;
    public virtual PyObject? RichCompare(PyObject other, CompareOp op) =>
        op switch
        {
            CompareOp.Eq => ReferenceEquals(this, other) ? PyBool.True : null,
            CompareOp.Ne => ReferenceEquals(this, other) ? PyBool.False : null,
            _ => null,
        };

    // ---- numbers ------------------------------------------------------------------------------
    /// <summary><c>self op other</c>, or null for NotImplemented.</summary>
    public virtual PyObject? BinaryOp(BinaryOp op, PyObject other) => null;
    /// <summary><c>other op self</c> (the <c>__radd__</c> family), or null.</summary>
    public virtual PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) => null;
    /// <summary><c>self op= other</c> (the <c>__iadd__</c> family), or null to fall back.</summary>
    public virtual PyObject? InPlaceOp(BinaryOp op, PyObject other) => null;
    public virtual PyObject? UnaryOp(UnaryOp op) => null;

    // ---- attributes ---------------------------------------------------------------------------
    public virtual PyObject GetAttr(string name) => ObjectProtocol.GenericGetAttr(this, name);
    public virtual void SetAttr(string name, PyObject value) => ObjectProtocol.GenericSetAttr(this, name, value);
    public virtual void DelAttr(string name) => ObjectProtocol.GenericDelAttr(this, name);

    /// <summary>The instance dictionary, or null for objects without one.</summary>
    public virtual PyDict? InstanceDict => null;

    /// <summary>Calls method <paramref name="name"/>. Builtin types override this with a fast
    /// switch on the name for their common methods; the default looks the method up.</summary>
    public virtual PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        GetAttr(name).Call(args, kwnames);

    // ---- calls --------------------------------------------------------------------------------
    public virtual PyObject Call(PyObject[] args, string[]? kwnames = null) =>
        throw Errors.TypeError($"'{Type.Name}' object is not callable");

    // ---- containers ---------------------------------------------------------------------------
    public virtual PyObject GetItem(PyObject key) =>
        throw Errors.TypeError($"'{Type.Name}' object is not subscriptable");
    public virtual void SetItem(PyObject key, PyObject value) =>
        throw Errors.TypeError($"'{Type.Name}' object does not support item assignment");
    public virtual void DelItem(PyObject key) =>
        throw Errors.TypeError($"'{Type.Name}' object doesn't support item deletion");
    public virtual long Length() =>
        throw Errors.TypeError($"object of type '{Type.Name}' has no len()");
    public virtual bool Contains(PyObject item) => Ops.ContainsByIteration(this, item);

    // ---- iteration ----------------------------------------------------------------------------
    public virtual PyObject GetIter() =>
        throw Errors.TypeError($"'{Type.Name}' object is not iterable");
    /// <summary>The next item, or null when the iterator is exhausted.</summary>
    public virtual PyObject? Next() =>
        throw Errors.TypeError($"'{Type.Name}' object is not an iterator");

    public override string ToString() => Str();
}

/// <summary>Stable, process-unique ids for <c>id()</c> and default reprs and hashes.</summary>
public static class Identity
{
    private static readonly ConditionalWeakTable<object, object> Ids = new();
    private static long _next = 0x7f0000001000;

    public static long Of(object o) =>
        (long)Ids.GetValue(o, static _ => System.Threading.Interlocked.Add(ref _next, 16));
}
