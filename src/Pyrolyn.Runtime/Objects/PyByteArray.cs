using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>bytearray: a mutable byte buffer (basic operations).
/// Free-threaded mode (Gil.Enabled == false): every operation that reads or writes the buffer
/// runs under this object's monitor, and another bytearray operand is copied before the monitor
/// is taken, so that two bytearray monitors are never held together (no lock-order deadlock
/// between <c>a += b</c> and <c>b += a</c>).</summary>
public sealed class PyByteArray : PyObject
{
    private byte[] _data;
    private int _count;

    public PyByteArray() => _data = Array.Empty<byte>();

    public PyByteArray(byte[] data)
    {
        _data = data;
        _count = data.Length;
    }

    public override PyType Type => BuiltinTypes.ByteArray;
    public int Count => _count;

    public byte[] ToArray()
    {
        if (Threading.Gil.Enabled)
            return _data.AsSpan(0, _count).ToArray();
        lock (this)
            return _data.AsSpan(0, _count).ToArray();
    }

    /// <summary>Free-threaded mode: a bytearray operand other than this one, copied (see the
    /// class comment).</summary>
    private PyObject Detached(PyObject other) =>
        other is PyByteArray ba && !ReferenceEquals(ba, this) ? new PyByteArray(ba.ToArray()) : other;

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        ArgCheck.OnlyKw(kwnames, "bytearray", "source", "encoding", "errors");
        var src = npos > 0 ? args[0] : ArgCheck.Kw(args, kwnames, "source");
        var enc = npos > 1 ? args[1] : ArgCheck.Kw(args, kwnames, "encoding");
        var err = npos > 2 ? args[2] : ArgCheck.Kw(args, kwnames, "errors");
        if (src is null) return new PyByteArray();
        var b = PyBytes.FromSource(src, enc, err, "bytearray");
        return new PyByteArray(src is PyBytes ? (byte[])b.Clone() : b);
    }

    public void Append(byte b)
    {
        if (!Threading.Gil.Enabled)
        {
            lock (this)
                AppendCore(b);
            return;
        }
        AppendCore(b);
    }

    private void AppendCore(byte b)
    {
        if (_count == _data.Length) Array.Resize(ref _data, Math.Max(8, _data.Length * 2));
        _data[_count++] = b;
    }

    public override string Repr()
    {
        if (Threading.Gil.Enabled)
            return "bytearray(" + PyBytes.ReprOf(_data, _count, true) + ")";
        var copy = ToArray();
        return "bytearray(" + PyBytes.ReprOf(copy, copy.Length, true) + ")";
    }
    public override string Str() => Repr();
    public override bool IsTrue() => _count != 0;
    public override long Length() => _count;
    public override long Hash() => throw Errors.TypeError("unhashable type: 'bytearray'");

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        byte[]? o = other is PyBytes b ? b.Value : other is PyByteArray ba ? ba.ToArray() : null;
        if (o is null) return null;
        if (!Threading.Gil.Enabled)
            return PyBool.From(PyInt.CompareResult(ToArray().AsSpan().SequenceCompareTo(o), op));
        return PyBool.From(PyInt.CompareResult(_data.AsSpan(0, _count).SequenceCompareTo(o), op));
    }

    public override bool Contains(PyObject item) => new PyBytes(ToArray()).Contains(item);

    public override PyObject GetItem(PyObject key)
    {
        if (Threading.Gil.Enabled)
            return GetItemCore(key);
        lock (this)
            return GetItemCore(key);
    }

    private PyObject GetItemCore(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, _count);
            if (idx < 0) throw Errors.IndexError("bytearray index out of range");
            return PyInt.From(_data[idx]);
        }
        if (key is PySlice) return new PyByteArray(((PyBytes)new PyBytes(ToArray()).GetItem(key)).Value);
        throw Errors.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (Threading.Gil.Enabled)
        {
            SetItemCore(key, value);
            return;
        }
        if (key is PySlice)
            value = Detached(value);
        lock (this)
            SetItemCore(key, value);
    }

    private void SetItemCore(PyObject key, PyObject value)
    {
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, _count);
            if (idx < 0) throw Errors.IndexError("bytearray index out of range");
            _data[idx] = PyBytes.ToByte(value);
            return;
        }
        if (key is PySlice s)
        {
            byte[] src = value switch
            {
                PyBytes vb => vb.Value,
                PyByteArray vba => vba.ToArray(),
                PyInt or PyStr or PyNone => throw Errors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
                _ => FromIterableForSlice(value),
            };
            long n = s.Indices(_count, out long start, out long stop, out long step);
            if (step == 1)
            {
                if (stop < start) stop = start;
                Splice((int)start, (int)(stop - start), src);
                return;
            }
            if (src.Length != n)
                throw Errors.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {n}");
            for (long k = 0, p = start; k < n; k++, p += step) _data[p] = src[k];
            return;
        }
        if (SequenceHelpers.AsIndex(key) is { } index) { SetItemCore(index, value); return; }
        throw Errors.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    private static byte[] FromIterableForSlice(PyObject value)
    {
        if (value.Type.Lookup("__iter__") is null && value.Type.Lookup("__getitem__") is null)
            throw Errors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return PyBytes.FromIterable(value, false);
    }

    /// <summary>Replaces <paramref name="length"/> bytes at <paramref name="start"/> with <paramref name="src"/>.</summary>
    private void Splice(int start, int length, byte[] src)
    {
        int newCount = _count - length + src.Length;
        var r = new byte[Math.Max(newCount, 8)];
        Array.Copy(_data, 0, r, 0, start);
        Array.Copy(src, 0, r, start, src.Length);
        Array.Copy(_data, start + length, r, start + src.Length, _count - start - length);
        _data = r;
        _count = newCount;
    }

    public override void DelItem(PyObject key)
    {
        if (Threading.Gil.Enabled)
        {
            DelItemCore(key);
            return;
        }
        lock (this)
            DelItemCore(key);
    }

    private void DelItemCore(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, _count);
            if (idx < 0) throw Errors.IndexError("bytearray index out of range");
            Splice((int)idx, 1, Array.Empty<byte>());
            return;
        }
        if (key is PySlice s)
        {
            long n = s.Indices(_count, out long start, out long stop, out long step);
            if (n <= 0) return;
            if (step == 1) { Splice((int)start, (int)n, Array.Empty<byte>()); return; }
            var drop = new bool[_count];
            for (long k = 0, p = start; k < n; k++, p += step) drop[p] = true;
            int w = 0;
            for (int r = 0; r < _count; r++) if (!drop[r]) _data[w++] = _data[r];
            _count = w;
            return;
        }
        if (SequenceHelpers.AsIndex(key) is { } index) { DelItemCore(index); return; }
        throw Errors.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    public override PyObject GetIter()
    {
        if (Threading.Gil.Enabled)
            return new PyBytesIterator(_data, _count, IterTypes.ByteArrayIterator);
        lock (this)
            return new PyBytesIterator(_data, _count, IterTypes.ByteArrayIterator);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (Threading.Gil.Enabled)
            return BinaryOpCore(op, other);
        other = Detached(other);
        lock (this)
            return BinaryOpCore(op, other);
    }

    private PyObject? BinaryOpCore(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add)
        {
            byte[]? o = other is PyBytes b ? b.Value : other is PyByteArray ba ? ba.ToArray() : null;
            if (o is null) return null;
            var r = new byte[_count + o.Length];
            Array.Copy(_data, r, _count);
            o.CopyTo(r, _count);
            return new PyByteArray(r);
        }
        if (op == Runtime.BinaryOp.Mul && other is PyInt)
            return new PyByteArray(((PyBytes)new PyBytes(ToArray()).BinaryOp(op, other)!).Value);
        if (op == Runtime.BinaryOp.Mod)
            return new PyByteArray(((PyBytes)new PyBytes(ToArray()).BinaryOp(op, other)!).Value);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Mul && other is PyInt ? BinaryOp(op, other) : null;

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        if (Threading.Gil.Enabled)
            return InPlaceOpCore(op, other);
        other = Detached(other);
        lock (this)
            return InPlaceOpCore(op, other);
    }

    private PyObject? InPlaceOpCore(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add)
        {
            byte[] o = other is PyBytes b ? b.Value : other is PyByteArray ba ? ba.ToArray()
                : throw Errors.TypeError($"can't concat {other.Type.Name} to bytearray");
            foreach (var x in o) Append(x);
            return this;
        }
        if (op == Runtime.BinaryOp.Mul && other is PyInt)
        {
            var r = ((PyBytes)new PyBytes(ToArray()).BinaryOp(op, other)!).Value;
            _data = r;
            _count = r.Length;
            return this;
        }
        return null;
    }

    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.ByteArray, Dispatch, PyBytes.MethodNames);
        BuiltinAttr.Register(BuiltinTypes.ByteArray, Dispatch, "append", "extend", "pop", "clear", "copy", "reverse", "insert", "remove",
            "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iadd__", "__add__");
        BuiltinTypes.ByteArray.Dict["fromhex"] = new PyBuiltinFunction("fromhex",
            (a, k) => new PyByteArray(PyBytes.FromHex(ArgCheck.One(a, k, "bytearray.fromhex"))), null);
        BuiltinTypes.ByteArray.Dict["maketrans"] = new PyBuiltinFunction("maketrans", PyBytes.MakeTrans, null);
    }

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyByteArray)selfObj;
        if (Threading.Gil.Enabled)
            return DispatchCore(self, name, args, kw);
        var detached = args;
        for (int i = 0; i < args.Length; i++)
        {
            var d = self.Detached(args[i]);
            if (!ReferenceEquals(d, args[i]))
            {
                if (ReferenceEquals(detached, args))
                    detached = (PyObject[])args.Clone();
                detached[i] = d;
            }
        }
        lock (self)
            return DispatchCore(self, name, detached, kw);
    }

    private static PyObject? DispatchCore(PyByteArray self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "append": self.Append(PyBytes.ToByte(ArgCheck.One(args, kw, "bytearray.append"))); return PyNone.Instance;
            case "extend":
            {
                var src = ArgCheck.One(args, kw, "bytearray.extend");
                byte[] more = PyBytes.AsBuffer(src) ?? (src is PyInt || (src.Type.Lookup("__iter__") is null && src.Type.Lookup("__getitem__") is null)
                    ? throw Errors.TypeError($"can't extend bytearray with {src.Type.Name}")
                    : PyBytes.FromIterable(src, false));
                foreach (var x in more) self.Append(x);
                return PyNone.Instance;
            }
            case "__len__": ArgCheck.None(args, kw, "bytearray.__len__"); return PyInt.From(self._count);
            case "__getitem__": return self.GetItem(ArgCheck.One(args, kw, "bytearray.__getitem__"));
            case "__contains__": return PyBool.From(self.Contains(ArgCheck.One(args, kw, "bytearray.__contains__")));
            case "__setitem__": ArgCheck.Range(args, kw, "__setitem__", 2, 2); self.SetItem(args[0], args[1]); return PyNone.Instance;
            case "__delitem__": self.DelItem(ArgCheck.One(args, kw, "bytearray.__delitem__")); return PyNone.Instance;
            case "__iadd__": return Ops.NotImplementedIfNull(self.InPlaceOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, "bytearray.__iadd__")));
            case "__add__": return Ops.NotImplementedIfNull(self.BinaryOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, "bytearray.__add__")));
            case "pop":
            {
                ArgCheck.Range(args, kw, "pop", 0, 1);
                if (self._count == 0) throw Errors.IndexError("pop from empty bytearray");
                long i = args.Length > 0 ? ArgCheck.ToIndex(args[0]) : -1;
                if (i < 0) i += self._count;
                if ((ulong)i >= (ulong)self._count) throw Errors.IndexError("pop index out of range");
                byte b = self._data[i];
                Array.Copy(self._data, i + 1, self._data, i, self._count - i - 1);
                self._count--;
                return PyInt.From(b);
            }
            case "clear": self._count = 0; return PyNone.Instance;
            case "copy": return new PyByteArray(self.ToArray());
            case "reverse": Array.Reverse(self._data, 0, self._count); return PyNone.Instance;
            case "insert":
            {
                ArgCheck.Range(args, kw, "insert", 2, 2);
                var list = self.ToArray();
                long i = ArgCheck.ToIndex(args[0]);
                if (i < 0) i = Math.Max(0, i + list.Length);
                i = Math.Min(i, list.Length);
                var r = new byte[list.Length + 1];
                Array.Copy(list, r, i);
                r[i] = PyBytes.ToByte(args[1]);
                Array.Copy(list, i, r, i + 1, list.Length - i);
                self._data = r;
                self._count = r.Length;
                return PyNone.Instance;
            }
            case "remove":
            {
                byte b = PyBytes.ToByte(ArgCheck.One(args, kw, "bytearray.remove"));
                int i = Array.IndexOf(self._data, b, 0, self._count);
                if (i < 0) throw Errors.ValueError("value not found in bytearray");
                Array.Copy(self._data, i + 1, self._data, i, self._count - i - 1);
                self._count--;
                return PyNone.Instance;
            }
        }
        return PyBytes.ByteMethod(self, self.ToArray(), name, args, kw, b => new PyByteArray(b));
    }
}
