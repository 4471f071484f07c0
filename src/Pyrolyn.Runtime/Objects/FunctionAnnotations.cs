namespace Pyrolyn.Runtime;

/// <summary>Gives a function made by a <c>def</c> its <c>__annotations__</c> dict.</summary>
public static class FunctionAnnotations
{
    public static PyObject Attach(PyObject function, string[] names, PyObject[] values)
    {
        var d = new PyDict(names.Length);
        for (int i = 0; i < names.Length; i++)
            d.SetItem(new PyStr(names[i]), values[i]);
        if (function is PyFunction f)
            f.Annotations = d;
        return function;
    }
}
