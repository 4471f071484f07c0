using System.Threading;

namespace Pyrolyn.Runtime.Modules;

/// <summary>repr() of finite floats for json.dumps, remembered in a small direct-mapped table:
/// programs dump the same values again and again (the same records in several layouts).</summary>
internal static class JsonFloatCache
{
    private sealed record Entry(long Bits, string Text);

    private const int Size = 1024;
    private static readonly Entry?[] Table = new Entry?[Size];

    public static string Repr(double v)
    {
        long bits = System.BitConverter.DoubleToInt64Bits(v);
        int slot = (int)((ulong)(bits * unchecked((long)0x9E3779B97F4A7C15UL)) >> 54);
        var e = Volatile.Read(ref Table[slot]);
        if (e is not null && e.Bits == bits)
            return e.Text;
        string text = FloatRepr.Repr(v);
        Volatile.Write(ref Table[slot], new Entry(bits, text));
        return text;
    }
}
