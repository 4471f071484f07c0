using System.Globalization;
using System.Text;

namespace Pyrolyn.Compiler.Emit;

/// <summary>Python identifiers and values as C# identifiers and literals.</summary>
public static class CSharpNames
{
    /// <summary>Keeps ASCII letters, digits and underscores; anything else becomes _uXXXX.</summary>
    public static string Mangle(string name)
    {
        var sb = new StringBuilder();
        foreach (char c in name)
        {
            if (c < 128 && (char.IsLetterOrDigit(c) || c == '_'))
                sb.Append(c);
            else
                sb.Append("_u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string Local(string name) => "v_" + Mangle(name);
    public static string Global(string name) => "G_" + Mangle(name);
    /// <summary>The long of a local kept unboxed (IntLocals).</summary>
    public static string LocalLong(string name) => "l_" + Mangle(name);
    /// <summary>The double of a local kept unboxed (FloatLocals).</summary>
    public static string LocalDouble(string name) => "d_" + Mangle(name);

    public static string String(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 32 || c > 126)
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Double(double d)
    {
        if (double.IsNaN(d))
            return "double.NaN";
        if (double.IsPositiveInfinity(d))
            return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(d))
            return "double.NegativeInfinity";
        long bits = System.BitConverter.DoubleToInt64Bits(d);
        return "global::System.BitConverter.Int64BitsToDouble(" + bits.ToString(CultureInfo.InvariantCulture) + "L) /* " + d.ToString("R", CultureInfo.InvariantCulture) + " */";
    }
}
