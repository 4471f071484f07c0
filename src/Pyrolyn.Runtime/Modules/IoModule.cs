namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>io</c> module: StringIO (in-memory text streams).</summary>
public static class IoModule
{
    public static PyModule Create()
    {
        var m = new PyModule("io");
        m.Dict["StringIO"] = PyStringIO.StringIOType;
        return m;
    }
}
