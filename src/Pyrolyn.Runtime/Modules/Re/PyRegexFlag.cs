using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>re.RegexFlag: an int whose repr names the flags (<c>re.IGNORECASE|re.MULTILINE</c>);
/// | &amp; ^ between flags stay flags.</summary>
public sealed class PyRegexFlag : PyInt
{
    public static readonly PyType RegexFlagType = new("RegexFlag", new[] { BuiltinTypes.Int }, "re");

    private static readonly (int Flag, string Name)[] Names =
    {
        (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"), (32, "UNICODE"),
        (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
    };

    public PyRegexFlag(long value) : base(value) { }

    public override PyType Type => RegexFlagType;

    public override string Repr()
    {
        long v = Small;
        if (v == 0)
            return "re.NOFLAG";
        var parts = new List<string>();
        foreach (var (flag, name) in Names)
        {
            if ((v & flag) != 0)
            {
                parts.Add("re." + name);
                v &= ~flag;
            }
        }
        if (v != 0)
            parts.Add("0x" + v.ToString("x"));
        return string.Join("|", parts);
    }

    public override string Str() => Repr();

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (other is PyRegexFlag f)
        {
            switch (op)
            {
                case Runtime.BinaryOp.Or: return new PyRegexFlag(Small | f.Small);
                case Runtime.BinaryOp.And: return new PyRegexFlag(Small & f.Small);
                case Runtime.BinaryOp.Xor: return new PyRegexFlag(Small ^ f.Small);
            }
        }
        return base.BinaryOp(op, other);
    }
}
