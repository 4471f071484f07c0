using System.Globalization;
using System.Numerics;

namespace Pyrolyn.Compiler.Syntax;

public sealed partial class Parser
{
    // NUMBER: int (BigInteger), float (double, correctly rounded) or imaginary (ImaginaryConstant).
    private static object ParseNumber(Token token)
    {
        string text = token.Text!.Replace("_", "");
        char last = text[text.Length - 1];
        if (last == 'j' || last == 'J')
            return new ImaginaryConstant(ParseFloat(text.Substring(0, text.Length - 1)));
        if (text.Length > 1 && text[0] == '0')
        {
            switch (text[1])
            {
                case 'x': case 'X':
                    return BigInteger.Parse("0" + text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                case 'o': case 'O':
                    return ParseRadix(text, 8);
                case 'b': case 'B':
                    return ParseRadix(text, 2);
            }
        }
        if (text.IndexOf('.') >= 0 || text.IndexOf('e') >= 0 || text.IndexOf('E') >= 0)
            return ParseFloat(text);
        return BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    // .NET Core 3.0+ parses IEEE-correctly and gives infinity on overflow, as CPython does.
    private static double ParseFloat(string text) =>
        double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static BigInteger ParseRadix(string text, int radix)
    {
        BigInteger value = BigInteger.Zero;
        for (int i = 2; i < text.Length; i++)
            value = value * radix + (text[i] - '0');
        return value;
    }
}
