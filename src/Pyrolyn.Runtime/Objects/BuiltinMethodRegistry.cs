using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Fills the builtin types' dicts with their method descriptors when the runtime
/// assembly loads, so <c>str.upper</c> and <c>getattr(x, 'append')</c> work before any
/// instance exists.</summary>
internal static class BuiltinMethodRegistry
{
#pragma warning disable CA2255 // the runtime is loaded by compiled scripts; eager registration is intended
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        PyInt.RegisterMethods();
        PyBaseException.RegisterMethods();
        ExceptionGroups.RegisterMethods();
        PyFloat.RegisterMethods();
        PyComplex.RegisterMethods();
        PyStr.RegisterMethods();
        PyBytes.RegisterMethods();
        PyByteArray.RegisterMethods();
        PyList.RegisterMethods();
        PyTuple.RegisterMethods();
        PyDict.RegisterMethods();
        PySet.RegisterMethods();
        PyRange.RegisterMethods();
        IterTypes.RegisterMethods();
        PyGenerator.RegisterMethods();
    }
}
