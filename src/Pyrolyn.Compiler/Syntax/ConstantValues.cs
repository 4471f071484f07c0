namespace Pyrolyn.Compiler.Syntax;

// ConstantSyntax.Value and MatchSingletonSyntax.Value hold one of:
//   NoneConstant.Instance, bool, System.Numerics.BigInteger (int), double (float),
//   ImaginaryConstant (complex literal such as 2j), string (str), byte[] (bytes),
//   EllipsisConstant.Instance.

/// <summary>The constant <c>None</c>.</summary>
public sealed class NoneConstant
{
    public static readonly NoneConstant Instance = new();
    private NoneConstant() { }
    public override string ToString() => "None";
}

/// <summary>The constant <c>...</c>.</summary>
public sealed class EllipsisConstant
{
    public static readonly EllipsisConstant Instance = new();
    private EllipsisConstant() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>An imaginary literal such as <c>2.5j</c>.</summary>
public sealed class ImaginaryConstant
{
    public ImaginaryConstant(double imag) => Imag = imag;
    public double Imag { get; }
}
