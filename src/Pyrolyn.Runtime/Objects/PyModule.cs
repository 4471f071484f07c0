using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>
/// A module object. Compiled modules keep their globals in static fields of the generated class
/// and pass accessors (<see cref="GlobalGetter"/>/<see cref="GlobalSetter"/>, a generated switch
/// on the name); builtin modules (sys, math) and names the generated class does not know live in
/// <see cref="Dict"/>.
/// </summary>
public sealed class PyModule : PyObject
{
    public delegate PyObject? GlobalGetter(string name);
    public delegate bool GlobalSetter(string name, PyObject? value);

    private readonly GlobalGetter? _getter;
    private readonly GlobalSetter? _setter;
    private readonly string[] _staticNames;

    public PyModule(string name, string? file = null, GlobalGetter? getter = null, GlobalSetter? setter = null, string[]? staticNames = null)
    {
        Name = name;
        File = file;
        _getter = getter;
        _setter = setter;
        _staticNames = staticNames ?? Array.Empty<string>();
        Dict = new Dictionary<string, PyObject>(StringComparer.Ordinal);
    }

    public string Name { get; }
    public string? File { get; }

    /// <summary>Names stored outside the generated static fields.</summary>
    public Dictionary<string, PyObject> Dict { get; }

    /// <summary>True once the module body has run to completion.</summary>
    public bool Initialized { get; set; }

    public override PyType Type => BuiltinTypes.Module;

    public override string Repr() =>
        File is null ? $"<module '{Name}' (built-in)>" : $"<module '{Name}' from '{File}'>";

    /// <summary>A global by name, or null when unbound.</summary>
    public PyObject? TryGet(string name)
    {
        if (_getter is not null && _getter(name) is { } v)
            return v;
        return Dict.TryGetValue(name, out var d) ? d : null;
    }

    public void Set(string name, PyObject? value)
    {
        if (_setter is not null && _setter(name, value))
            return;
        if (value is null)
            Dict.Remove(name);
        else
            Dict[name] = value;
    }

    public override PyObject GetAttr(string name)
    {
        if (TryGet(name) is { } v)
            return v;
        switch (name)
        {
            case "__name__": return new PyStr(Name);
            case "__class__": return Type;
            case "__dict__": return NamespaceDict();
        }
        // PEP 562: a module-level __getattr__.
        if (TryGet("__getattr__") is { } hook)
            return hook.Call(new PyObject[] { new PyStr(name) });
        throw Errors.AttributeError($"module '{Name}' has no attribute '{name}'");
    }

    public override void SetAttr(string name, PyObject value) => Set(name, value);

    public override void DelAttr(string name)
    {
        if (TryGet(name) is null)
            throw Errors.AttributeError($"module '{Name}' has no attribute '{name}'");
        Set(name, null);
    }

    /// <summary>All bound names, static ones first, in definition order.</summary>
    public IEnumerable<KeyValuePair<string, PyObject>> Items()
    {
        foreach (var n in _staticNames)
            if (_getter?.Invoke(n) is { } v)
                yield return new KeyValuePair<string, PyObject>(n, v);
        foreach (var kv in Dict)
            yield return kv;
    }

    /// <summary>A snapshot of the namespace as a dict (<c>m.__dict__</c>, <c>vars(m)</c>).</summary>
    public PyDict NamespaceDict()
    {
        var d = new PyDict();
        foreach (var kv in Items())
            d.SetItem(new PyStr(kv.Key), kv.Value);
        return d;
    }
}
