using System.Runtime.CompilerServices;
using static Pyrolyn.Runtime.Ops.Fast;

namespace Pyrolyn.Runtime;

/// <summary>Exact-type tests: PyInt is not sealed (bool derives from it), so <c>is PyInt</c>
/// costs a cast helper call; comparing the CLR type is a single method-table compare.</summary>
public static partial class Ops
{
    internal static class Fast
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool BothInts(PyObject a, PyObject b) =>
            a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static PyInt AsInt(PyObject o) => Unsafe.As<PyInt>(o);
    }
}

/// <summary>Binary and unary operators: inline fast paths for int/float/str, then CPython's
/// binary_op1 protocol (left slot, reflected slot, subclass-first rule), then TypeError.</summary>
public static partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.Add(AsInt(a), AsInt(b));
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return new PyFloat(fa.Value + fb.Value);
            if (b is PyInt ib && ib.IsSmall) return new PyFloat(fa.Value + ib.Small);
        }
        if (a is PyStr sa && b is PyStr sb) return PyStr.Concat(sa, sb);
        return BinarySlow(BinaryOp.Add, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Sub(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.Sub(AsInt(a), AsInt(b));
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return new PyFloat(fa.Value - fb.Value);
            if (b is PyInt ib && ib.IsSmall) return new PyFloat(fa.Value - ib.Small);
        }
        return BinarySlow(BinaryOp.Sub, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mul(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.Mul(AsInt(a), AsInt(b));
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return new PyFloat(fa.Value * fb.Value);
            if (b is PyInt ib && ib.IsSmall) return new PyFloat(fa.Value * ib.Small);
        }
        return BinarySlow(BinaryOp.Mul, a, b);
    }

    public static PyObject MatMul(PyObject a, PyObject b) => BinarySlow(BinaryOp.MatMul, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject TrueDiv(PyObject a, PyObject b)
    {
        if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(PyFloat.Div(fa.Value, fb.Value));
        if (BothInts(a, b)) return new PyFloat(PyInt.TrueDivide(AsInt(a), AsInt(b)));
        return BinarySlow(BinaryOp.TrueDiv, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject FloorDiv(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.FloorDiv(AsInt(a), AsInt(b));
        return BinarySlow(BinaryOp.FloorDiv, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mod(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.Mod(AsInt(a), AsInt(b));
        return BinarySlow(BinaryOp.Mod, a, b);
    }

    public static PyObject Pow(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.Pow(x, y);
        return BinarySlow(BinaryOp.Pow, a, b);
    }

    public static PyObject LShift(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? PyInt.LShift(x, y) : BinarySlow(BinaryOp.LShift, a, b);

    public static PyObject RShift(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? PyInt.RShift(x, y) : BinarySlow(BinaryOp.RShift, a, b);

    public static PyObject BitAnd(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y && a.GetType() == typeof(PyInt) && b is not Modules.EnumIntMember ? PyInt.And(x, y) : BinarySlow(BinaryOp.And, a, b);

    public static PyObject BitOr(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y && a.GetType() == typeof(PyInt) && b is not Modules.EnumIntMember ? PyInt.Or(x, y) : BinarySlow(BinaryOp.Or, a, b);

    public static PyObject BitXor(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y && a.GetType() == typeof(PyInt) && b is not Modules.EnumIntMember ? PyInt.Xor(x, y) : BinarySlow(BinaryOp.Xor, a, b);

    /// <summary>Any binary operator by enum.</summary>
    public static PyObject Binary(BinaryOp op, PyObject a, PyObject b) => op switch
    {
        BinaryOp.Add => Add(a, b),
        BinaryOp.Sub => Sub(a, b),
        BinaryOp.Mul => Mul(a, b),
        BinaryOp.TrueDiv => TrueDiv(a, b),
        BinaryOp.FloorDiv => FloorDiv(a, b),
        BinaryOp.Mod => Mod(a, b),
        _ => BinarySlow(op, a, b),
    };

    /// <summary>CPython's binary_op1: returns null when both sides return NotImplemented.</summary>
    public static PyObject? TryBinary(BinaryOp op, PyObject a, PyObject b)
    {
        PyObject? r;
        var ta = a.Type;
        var tb = b.Type;
        if (!ReferenceEquals(ta, tb))
        {
            if (tb.IsSubtypeOf(ta) && ReflectedOverridden(op, ta, tb))
            {
                // A subclass on the right gets first try with its reflected method.
                r = b.ReflectedBinaryOp(op, a);
                if (r is not null && !ReferenceEquals(r, NotImplemented)) return r;
                r = a.BinaryOp(op, b);
                return r is null || ReferenceEquals(r, NotImplemented) ? null : r;
            }
            r = a.BinaryOp(op, b);
            if (r is not null && !ReferenceEquals(r, NotImplemented)) return r;
            r = b.ReflectedBinaryOp(op, a);
            return r is null || ReferenceEquals(r, NotImplemented) ? null : r;
        }
        r = a.BinaryOp(op, b);
        return r is null || ReferenceEquals(r, NotImplemented) ? null : r;
    }

    /// <summary>A right operand of a subclass goes first only when its class overrides the
    /// reflected method (CPython's method_is_overloaded for classes defined in Python).</summary>
    private static bool ReflectedOverridden(BinaryOp op, PyType left, PyType right)
    {
        if (!left.IsHeapType || !right.IsHeapType)
            return true;
        string name = "__r" + OpNames.Dunder(op).Substring(2);
        return !ReferenceEquals(right.Lookup(name), left.Lookup(name));
    }

    public static PyObject BinarySlow(BinaryOp op, PyObject a, PyObject b)
    {
        // int/float mixes skip the two-sided slot protocol.
        if ((a is PyFloat || b is PyFloat) && PyFloat.TryToDouble(a, out double da) && PyFloat.TryToDouble(b, out double db)
            && PyFloat.Arith(op, da, db) is { } r)
            return r;
        return TryBinary(op, a, b) ?? RepeatByIndex(op, a, b) ?? throw BinaryError(op, a, b, false);
    }

    /// <summary><c>seq * n</c> where n defines <c>__index__</c> in Python.</summary>
    private static PyObject? RepeatByIndex(BinaryOp op, PyObject a, PyObject b)
    {
        if (op != BinaryOp.Mul)
            return null;
        if (IsSequence(a) && SequenceHelpers.AsIndex(b) is { } n)
            return TryBinary(op, a, n);
        if (IsSequence(b) && SequenceHelpers.AsIndex(a) is { } m)
            return TryBinary(op, m, b);
        return null;
    }

    private static PyException BinaryError(BinaryOp op, PyObject a, PyObject b, bool inplace)
    {
        // Sequence concatenation/repetition report their own messages (sq_concat, sq_repeat).
        if (op == BinaryOp.Add)
        {
            switch (a)
            {
                case PyStr: return Errors.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
                case PyList: return Errors.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
                case PyTuple: return Errors.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
                case PyBytes or PyByteArray: return Errors.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            }
        }
        if (op == BinaryOp.Mul)
        {
            if (IsSequence(a) && b is not PyInt) return Errors.TypeError($"can't multiply sequence by non-int of type '{b.Type.Name}'");
            if (IsSequence(b) && a is not PyInt) return Errors.TypeError($"can't multiply sequence by non-int of type '{a.Type.Name}'");
        }
        string sym = OpNames.Symbol(op);
        if (op == BinaryOp.Pow) sym = inplace ? "**=" : "** or pow()";
        else if (inplace) sym += "=";
        return Errors.TypeError($"unsupported operand type(s) for {sym}: '{a.Type.ErrorName}' and '{b.Type.ErrorName}'");
    }

    private static bool IsSequence(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes or PyByteArray or PyRange;

    /// <summary><c>a op= b</c>: the in-place slot first, then the binary protocol. Inlined so
    /// the constant operator folds and int/float cases stay on the fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlace(BinaryOp op, PyObject a, PyObject b)
    {
        switch (op)
        {
            case BinaryOp.Add:
                if (BothInts(a, b)) return PyInt.Add(AsInt(a), AsInt(b));
                if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value + fb.Value);
                if (a is PyStr sa && b is PyStr sb) return PyStr.Concat(sa, sb);
                break;
            case BinaryOp.Sub:
                if (BothInts(a, b)) return PyInt.Sub(AsInt(a), AsInt(b));
                if (a is PyFloat fs && b is PyFloat gs) return new PyFloat(fs.Value - gs.Value);
                break;
            case BinaryOp.Mul:
                if (BothInts(a, b)) return PyInt.Mul(AsInt(a), AsInt(b));
                if (a is PyFloat fm && b is PyFloat gm) return new PyFloat(fm.Value * gm.Value);
                break;
            case BinaryOp.MatMul:
                break;
            default:
                // int has no in-place slots and defines every other operator: x //= y, x %= y, ...
                // are the binary operators (errors included: ZeroDivisionError, ValueError).
                if (BothInts(a, b)) return Binary(op, a, b);
                break;
        }
        return InPlaceSlow(op, a, b);
    }

    private static PyObject InPlaceSlow(BinaryOp op, PyObject a, PyObject b)
    {
        var r = a.InPlaceOp(op, b);
        if (r is not null && !ReferenceEquals(r, NotImplemented)) return r;
        if ((a is PyFloat || b is PyFloat) && PyFloat.TryToDouble(a, out double da) && PyFloat.TryToDouble(b, out double db)
            && PyFloat.Arith(op, da, db) is { } fr)
            return fr;
        return TryBinary(op, a, b) ?? throw BinaryError(op, a, b, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceAdd(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.Add(AsInt(a), AsInt(b));
        if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value + fb.Value);
        if (a is PyStr sa && b is PyStr sb) return PyStr.Concat(sa, sb);
        return InPlaceSlow(BinaryOp.Add, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceSub(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.Sub(AsInt(a), AsInt(b));
        if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value - fb.Value);
        return InPlaceSlow(BinaryOp.Sub, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceMul(PyObject a, PyObject b)
    {
        if (BothInts(a, b)) return PyInt.Mul(AsInt(a), AsInt(b));
        if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value * fb.Value);
        return InPlaceSlow(BinaryOp.Mul, a, b);
    }

    // ---- unary -------------------------------------------------------------------------------------
    public static PyObject Neg(PyObject a)
    {
        if (a is PyInt i) return PyInt.Negate(i);
        if (a is PyFloat f) return new PyFloat(-f.Value);
        return a.UnaryOp(UnaryOp.Neg) ?? throw Errors.TypeError($"bad operand type for unary -: '{a.Type.Name}'");
    }

    public static PyObject Pos(PyObject a) =>
        a.UnaryOp(UnaryOp.Pos) ?? throw Errors.TypeError($"bad operand type for unary +: '{a.Type.Name}'");

    public static PyObject Invert(PyObject a) =>
        a.UnaryOp(UnaryOp.Invert) ?? throw Errors.TypeError($"bad operand type for unary ~: '{a.Type.Name}'");

    /// <summary>pow(base, exp, mod).</summary>
    public static PyObject Pow(PyObject a, PyObject b, PyObject? mod)
    {
        if (mod is null || mod is PyNone) return Pow(a, b);
        if (a is PyInt x && b is PyInt y && mod is PyInt m) return PyInt.PowMod(x, y, m);
        if (a.Type.IsHeapType && a.Type.Lookup("__pow__") is not null)
            return a.CallMethod("__pow__", new[] { b, mod });
        // CPython's ternary_op: each operand's nb_power in turn (float refuses a modulus, complex
        // raises "complex modulo", int returns NotImplemented for a non-int operand).
        foreach (var o in new[] { a, b, mod })
        {
            if (o is PyComplex) throw Errors.ValueError("complex modulo");
            if (o is PyFloat) throw Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{mod.Type.Name}'");
    }
}
