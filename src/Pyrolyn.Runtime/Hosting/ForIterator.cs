using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// The iteration state of a compiled <c>for</c> loop: lists and tuples are walked by index
/// (re-reading the length each step, as list iterators do), anything else through its iterator.
/// A struct, so the loop allocates nothing for lists and tuples.
/// </summary>
public struct ForIterator
{
    private readonly PyList? _list;
    private readonly PyObject[]? _items;
    private readonly PyObject? _iter;
    private int _index;

    public ForIterator(PyObject iterable)
    {
        _index = 0;
        _list = null;
        _items = null;
        _iter = null;
        if (iterable is PyList list)
            _list = list;
        else if (iterable is PyTuple tuple)
            _items = tuple.Items;
        else
            _iter = Ops.GetIter(iterable);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(out PyObject item)
    {
        if (_list is not null)
        {
            if (_index < _list.Count)
            {
                item = _list[_index++];
                return true;
            }
            item = null!;
            return false;
        }
        if (_items is not null)
        {
            if (_index < _items.Length)
            {
                item = _items[_index++];
                return true;
            }
            item = null!;
            return false;
        }
        var next = _iter!.Next();
        item = next!;
        return next is not null;
    }
}

/// <summary>Argument conversion for native <c>for i in range(...)</c> loops.</summary>
public static class RangeLoop
{
    public static long Arg(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.IsSmall)
                return i.Small;
            throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        }
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    public static long Step(PyObject o)
    {
        long s = Arg(o);
        if (s == 0)
            throw Errors.ValueError("range() arg 3 must not be zero");
        return s;
    }
}
