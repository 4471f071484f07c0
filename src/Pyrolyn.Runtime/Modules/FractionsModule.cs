namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>fractions</c> module.</summary>
public static class FractionsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("fractions");
        m.Dict["Fraction"] = PyFraction.FractionType;
        return m;
    }
}
