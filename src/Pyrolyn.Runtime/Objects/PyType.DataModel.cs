using System;

namespace Pyrolyn.Runtime;

/// <summary>
/// The parts of the data model a class carries beyond its namespace: its metaclass (when it is
/// not <c>type</c>), the slot layout of <c>__slots__</c>, whether instances have a <c>__dict__</c>,
/// abstract methods, and cached flags telling whether instances of the class are descriptors.
/// </summary>
public sealed partial class PyType
{
    private PyType? _metatype;

    /// <summary>Makes <paramref name="meta"/> the class's metaclass (<c>type(cls)</c>).</summary>
    internal void SetMetatype(PyType meta) => _metatype = ReferenceEquals(meta, BuiltinTypes.Type) ? null : meta;

    /// <summary>Number of <c>__slots__</c> entries along the MRO (the instance slot array size).</summary>
    internal int SlotCount { get; set; }

    /// <summary>False when every class on the MRO defines <c>__slots__</c> without <c>__dict__</c>.</summary>
    internal bool InstancesHaveDict { get; set; } = true;

    /// <summary>Sorted names of abstract methods (set by ABCMeta); null or empty: instantiable.</summary>
    internal string[]? AbstractMethods { get; set; }

    private const int DescriptorGetFlag = 1, DescriptorSetFlag = 2, DescriptorDeleteFlag = 4;

    /// <summary>Instances are descriptors: the class defines __get__ in Python.</summary>
    internal bool HasUserGet => (DescriptorFlags() & DescriptorGetFlag) != 0;

    /// <summary>Instances are data descriptors: the class defines __set__ or __delete__ in Python.</summary>
    internal bool HasUserSetOrDelete => (DescriptorFlags() & (DescriptorSetFlag | DescriptorDeleteFlag)) != 0;

    private int DescriptorFlags()
    {
        if (!IsHeapType)
            return 0;
        var cache = CurrentCache();
        int flags = cache.DescriptorFlags;
        if (flags >= 0)
            return flags;
        flags = 0;
        if (ObjectProtocol.LookupUser(this, "__get__") is not null)
            flags |= DescriptorGetFlag;
        if (ObjectProtocol.LookupUser(this, "__set__") is not null)
            flags |= DescriptorSetFlag;
        if (ObjectProtocol.LookupUser(this, "__delete__") is not null)
            flags |= DescriptorDeleteFlag;
        cache.DescriptorFlags = flags;
        return flags;
    }

    /// <summary>A dunder defined by the metaclass in Python (null for plain <c>type</c>).</summary>
    private PyObject? MetaDunder(string name) =>
        _metatype is { IsHeapType: true } m ? ObjectProtocol.LookupUser(m, name) : null;

    private string? MetaRepr()
    {
        if (MetaDunder("__repr__") is not { } m)
            return null;
        var r = Calls.Call1(m, this);
        return r is PyStr s ? s.Value : throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    }

    public override string Str()
    {
        if (MetaDunder("__str__") is { } m)
        {
            var r = Calls.Call1(m, this);
            return r is PyStr s ? s.Value : throw Errors.TypeError($"__str__ returned non-string (type {r.Type.Name})");
        }
        return Repr();
    }

    public override PyObject GetItem(PyObject key)
    {
        if (MetaDunder("__getitem__") is { } m)
            return Calls.Call2(m, this, key);
        if (Lookup("__class_getitem__") is { } cg)
            return ObjectProtocol.BindForClass(cg is PyFunction ? new PyClassMethod(cg) : cg, this).Call(new[] { key });
        if (GenericAlias.IsGenericBuiltin(this))
            return new GenericAlias(this, key);
        throw Errors.TypeError($"type '{Name}' is not subscriptable");
    }

    public override PyObject GetIter()
    {
        if (MetaDunder("__iter__") is { } m)
            return Ops.GetIter(Calls.Call1(m, this));
        throw Errors.TypeError($"'type' object is not iterable");
    }

    public override long Length()
    {
        if (MetaDunder("__len__") is { } m)
            return Calls.Call1(m, this) is PyInt { IsSmall: true } n ? n.Small : throw Errors.TypeError("'int' object cannot be interpreted as an integer");
        throw Errors.TypeError($"object of type 'type' has no len()");
    }

    public override bool Contains(PyObject item)
    {
        if (MetaDunder("__contains__") is { } m)
            return Ops.IsTrue(Calls.Call2(m, this, item));
        return base.Contains(item);
    }

    public override bool IsTrue()
    {
        if (MetaDunder("__bool__") is { } m)
            return Ops.IsTrue(Calls.Call1(m, this));
        if (MetaDunder("__len__") is not null)
            return Length() != 0;
        return true;
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (MetaDunder(OpNames.Dunder(op)) is { } m)
        {
            var r = Calls.Call2(m, this, other);
            return ReferenceEquals(r, Ops.NotImplemented) ? null : r;
        }
        // int | None: a union for annotations.
        if (op == Runtime.BinaryOp.Or && UnionType.IsUnionOperand(other))
            return UnionType.Make(this, other);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Or && UnionType.IsUnionOperand(other))
            return UnionType.Make(other, this);
        return null;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (_metatype is not null)
        {
            var name = op switch
            {
                CompareOp.Lt => "__lt__", CompareOp.Le => "__le__", CompareOp.Eq => "__eq__",
                CompareOp.Ne => "__ne__", CompareOp.Gt => "__gt__", _ => "__ge__",
            };
            if (MetaDunder(name) is { } m)
            {
                var r = Calls.Call2(m, this, other);
                return ReferenceEquals(r, Ops.NotImplemented) ? null : r;
            }
        }
        return base.RichCompare(other, op);
    }
}
