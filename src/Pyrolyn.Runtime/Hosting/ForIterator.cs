using System.Runtime.CompilerServices;
using Pyrolyn.Runtime.Hosting;

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

    /// <summary>The iterable of a <c>for x in g(...)</c> loop when it is a generator that has not
    /// started: the loop holds the only reference CPython would count, so leaving the loop early
    /// closes it (see <see cref="Abandon"/>).</summary>
    public static PyGenerator? FreshGenerator(PyObject iterable) =>
        iterable is PyGenerator { IsStarted: false, IsFinished: false } g ? g : null;

    /// <summary>A loop over a fresh generator was left: closes the generator as CPython's refcount
    /// finalizer does (a no-op when it is exhausted). Errors are ignored, as in a finalizer.</summary>
    public static void Abandon(PyGenerator? generator)
    {
        if (generator is null || generator.IsFinished || generator.IsRunning)
            return;
        try
        {
            generator.Close();
        }
        catch (PyException e)
        {
            StandardStreams.Out.Flush();
            StandardStreams.Error.Write($"Exception ignored in: {generator.Repr()}\n" + TracebackPrinter.Format(e.Value));
        }
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

    /// <summary>A range object's first value, step and length when they are longs (a comprehension
    /// over <c>range(...)</c> then counts in a long); false for anything else.</summary>
    public static bool TryBounds(PyObject o, out long start, out long step, out long count)
    {
        if (o is PyRange r)
        {
            start = r.Start;
            step = r.Step;
            count = r.Count;
            return true;
        }
        start = step = count = 0;
        return false;
    }

    public static long Step(PyObject o)
    {
        long s = Arg(o);
        if (s == 0)
            throw Errors.ValueError("range() arg 3 must not be zero");
        return s;
    }
}
