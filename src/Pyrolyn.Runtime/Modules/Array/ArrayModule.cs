namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>array</c> module: <see cref="PyArray"/> and <c>typecodes</c>.</summary>
public static class ArrayModule
{
    public static PyModule Create()
    {
        var m = new PyModule("array");
        m.Dict["array"] = PyArray.ArrayType;
        m.Dict["ArrayType"] = PyArray.ArrayType;
        m.Dict["typecodes"] = new PyStr(ArrayTypeCode.Codes);
        return m;
    }
}
