namespace Pyrolyn.Runtime.Modules;

/// <summary><c>__future__</c>: the feature names exist so <c>from __future__ import x</c> works;
/// the compiler acts on <c>annotations</c> (the others are always on in Python 3).</summary>
public static class FutureModule
{
    private static readonly string[] Features =
        { "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations" };

    public static PyModule Create()
    {
        var m = new PyModule("__future__");
        var featureType = new PyType("_Feature", new[] { BuiltinTypes.Object }, "__future__");
        foreach (var f in Features)
            m.Dict[f] = new PyInstance(featureType);
        m.Dict["all_feature_names"] = new PyList(System.Array.ConvertAll(Features, f => (PyObject)new PyStr(f)));
        return m;
    }
}
