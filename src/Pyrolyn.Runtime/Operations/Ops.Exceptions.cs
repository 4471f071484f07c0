namespace Pyrolyn.Runtime;

/// <summary>Exception matching for <c>except</c> clauses.</summary>
public static partial class Ops
{
    public static bool ExceptionMatches(PyException e, PyObject typeOrTuple) =>
        ExceptionMatches(e.Value.Type, typeOrTuple);

    public static bool ExceptionMatches(PyType excType, PyObject typeOrTuple)
    {
        if (typeOrTuple is PyTuple t)
        {
            foreach (var item in t.Items)
                if (ExceptionMatches(excType, item)) return true;
            return false;
        }
        if (typeOrTuple is PyType type && type.IsSubtypeOf(ExceptionTypes.BaseException))
            return excType.IsSubtypeOf(type);
        throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
}
