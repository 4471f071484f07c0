using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// Stores into the runtime's own <c>PyObject[]</c> arrays (list items, instance slots, set
/// tables) without the covariance check: a C# store of a PyInt into a <c>PyObject[]</c> calls
/// a type-check helper, since the array could be a <c>PyStr[]</c> seen as <c>PyObject[]</c>.
/// Only for arrays the runtime allocated itself as exactly <c>PyObject[]</c>.
/// </summary>
internal static class ObjectArrays
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] array, int index, PyObject? value)
    {
        Debug.Assert(array.GetType() == typeof(PyObject[]));
        if ((uint)index >= (uint)array.Length)
            ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndex() => throw new System.IndexOutOfRangeException();
}
