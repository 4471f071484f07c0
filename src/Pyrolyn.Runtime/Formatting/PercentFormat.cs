using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>printf-style <c>str % args</c> (CPython's PyUnicode_Format).</summary>
public static class PercentFormat
{
    public static string Format(string fmt, PyObject args, bool bytes = false)
    {
        PyObject[] items;
        PyObject? mapping = null;
        bool tupleArgs = args is PyTuple;
        if (args is PyTuple t) items = t.Items;
        else
        {
            items = new[] { args };
            if (args is PyDict || (args is not PyStr && args is not PyList && args.Type.IsHeapType && args.Type.Lookup("__getitem__") is not null))
                mapping = args;
        }
        int argIndex = 0;
        var sb = new StringBuilder(fmt.Length + 16);
        int i = 0, n = fmt.Length;
        bool usedMapping = false;
        while (i < n)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); i++; continue; }
            int specStart = i;
            i++;
            if (i >= n) throw Errors.ValueError("incomplete format");
            PyObject? value = null;
            if (fmt[i] == '(')
            {
                if (mapping is null) throw Errors.TypeError("format requires a mapping");
                int depth = 1, j = i + 1;
                while (j < n && depth > 0)
                {
                    if (fmt[j] == '(') depth++;
                    else if (fmt[j] == ')') depth--;
                    j++;
                }
                if (depth > 0) throw Errors.ValueError("incomplete format key");
                string key = fmt[(i + 1)..(j - 1)];
                value = mapping.GetItem(bytes ? new PyBytes(Encoding.Latin1.GetBytes(key)) : new PyStr(key));
                usedMapping = true;
                argIndex = items.Length; // the looked-up value replaces the argument
                i = j;
            }
            bool left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < n; i++)
            {
                char f = fmt[i];
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            int width = -1, prec = -1;
            if (i < n && fmt[i] == '*')
            {
                width = StarArg(Next(items, ref argIndex, tupleArgs));
                if (width < 0) { left = true; width = -width; }
                i++;
            }
            else
            {
                int s0 = i;
                while (i < n && char.IsAsciiDigit(fmt[i])) i++;
                if (i > s0) width = int.Parse(fmt.AsSpan(s0, i - s0));
            }
            if (i < n && fmt[i] == '.')
            {
                i++;
                if (i < n && fmt[i] == '*')
                {
                    prec = Math.Max(0, StarArg(Next(items, ref argIndex, tupleArgs)));
                    i++;
                }
                else
                {
                    int s0 = i;
                    while (i < n && char.IsAsciiDigit(fmt[i])) i++;
                    prec = i > s0 ? int.Parse(fmt.AsSpan(s0, i - s0)) : 0;
                }
            }
            while (i < n && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) i++;
            if (i >= n) throw Errors.ValueError("incomplete format");
            char type = fmt[i++];
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }
            value ??= Next(items, ref argIndex, tupleArgs);
            string body;
            string sign = "";
            bool numeric = false;
            switch (type)
            {
                case 's' when bytes: case 'b' when bytes:
                    body = value switch
                    {
                        PyBytes pb => Encoding.Latin1.GetString(pb.Value),
                        PyByteArray pba => Encoding.Latin1.GetString(pba.ToArray()),
                        _ when value.Type.Lookup("__bytes__") is not null => Encoding.Latin1.GetString(PyBytes.Buffer(Ops.CallMethod(value, "__bytes__"))),
                        _ => throw Errors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.Name}'"),
                    };
                    if (prec >= 0 && prec < body.Length) body = body[..prec];
                    break;
                case 's':
                    body = Ops.Str(value);
                    if (prec >= 0 && prec < body.Length) body = body[..prec];
                    break;
                case 'r': case 'a':
                    body = type == 'a' || bytes ? Ops.Ascii(value) : value.Repr();
                    if (prec >= 0 && prec < body.Length) body = body[..prec];
                    break;
                case 'c' when bytes:
                    if (value is PyInt bi)
                    {
                        if (!bi.IsSmall || bi.Small < 0 || bi.Small > 255) throw Errors.OverflowError("%c arg not in range(256)");
                        body = ((char)bi.Small).ToString();
                    }
                    else if (PyBytes.AsBuffer(value) is { Length: 1 } one) body = ((char)one[0]).ToString();
                    else throw Errors.TypeError("%c requires an integer in range(256) or a single byte");
                    break;
                case 'c':
                    if (value is PyInt ci)
                    {
                        if (!ci.IsSmall || ci.Small < 0 || ci.Small > 0x10FFFF) throw Errors.OverflowError("%c arg not in range(0x110000)");
                        body = PyStr.CodePointToString((int)ci.Small);
                    }
                    else if (value is PyStr cs && cs.CpLength == 1) body = cs.Value;
                    else throw Errors.TypeError("%c requires int or char");
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                {
                    numeric = true;
                    PyInt iv = value switch
                    {
                        PyInt pi => pi,
                        PyFloat pf when type is 'd' or 'i' or 'u' => PyInt.FromDouble(pf.Value),
                        _ when value.Type.Lookup(type is 'd' or 'i' or 'u' ? "__int__" : "__index__") is not null => PyInt.FromObject(value),
                        _ => throw Errors.TypeError(type is 'd' or 'i' or 'u'
                            ? $"%{type} format: a real number is required, not {value.Type.Name}"
                            : $"%{type} format: an integer is required, not {value.Type.Name}"),
                    };
                    bool neg = iv.Sign < 0;
                    string digits = type switch
                    {
                        'o' => NumberFormatter.ToBase(iv, 8),
                        'x' => NumberFormatter.ToBase(iv, 16),
                        'X' => NumberFormatter.ToBase(iv, 16).ToUpperInvariant(),
                        _ => NumberFormatter.ToBase(iv, 10 == 10 ? 10 : 10),
                    };
                    if (type is 'd' or 'i' or 'u') digits = (iv.GetType() != typeof(PyInt) ? PyInt.From(iv.ToBigInteger()) : iv).Repr().TrimStart('-'); // Repr applies the int_max_str_digits limit
                    if (prec > digits.Length) digits = new string('0', prec - digits.Length) + digits;
                    if (alt && type is 'o') digits = "0o" + digits;
                    if (alt && type is 'x') digits = "0x" + digits;
                    if (alt && type is 'X') digits = "0X" + digits;
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    body = digits;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                {
                    numeric = true;
                    double d = value is PyFloat f ? f.Value : value is PyInt ii ? ii.ToDouble()
                        : value.Type.Lookup("__float__") is not null ? PyFloat.FromObject(value).Value
                        : throw Errors.TypeError($"must be real number, not {value.Type.Name}");
                    body = NumberFormatter.FloatBody(Math.Abs(d), type, prec < 0 ? 6 : prec, alt, out bool upper);
                    if (upper) body = body.ToUpperInvariant();
                    sign = double.IsNegative(d) && !double.IsNaN(d) ? "-" : plus ? "+" : space ? " " : "";
                    break;
                }
                default:
                    throw Errors.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i - 1}");
            }
            int len = sign.Length + body.Length;
            if (width > len)
            {
                if (left) sb.Append(sign).Append(body).Append(' ', width - len);
                else if (zero && numeric)
                {
                    // Zero padding goes after the sign and any 0x prefix.
                    int prefixLen = body.StartsWith("0x") || body.StartsWith("0X") || body.StartsWith("0o") ? 2 : 0;
                    sb.Append(sign).Append(body, 0, prefixLen).Append('0', width - len).Append(body, prefixLen, body.Length - prefixLen);
                }
                else sb.Append(' ', width - len).Append(sign).Append(body);
            }
            else sb.Append(sign).Append(body);
            _ = specStart;
        }
        if (argIndex < items.Length && mapping is null)
            throw Errors.TypeError(bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        _ = usedMapping;
        return sb.ToString();
    }

    private static int StarArg(PyObject o) =>
        o is PyInt i ? (i.IsSmall && Math.Abs(i.Small) <= int.MaxValue ? (int)i.Small : throw Errors.OverflowError("Python int too large to convert to C int"))
        : throw Errors.TypeError("* wants int");

    private static PyObject Next(PyObject[] items, ref int index, bool tuple)
    {
        if (index >= items.Length) throw Errors.TypeError("not enough arguments for format string");
        return items[index++];
    }
}
