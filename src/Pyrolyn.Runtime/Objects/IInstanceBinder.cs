namespace Pyrolyn.Runtime;

/// <summary>A builtin object with a non-data <c>__get__</c> (functools.lru_cache wrappers,
/// cached_property): found on a class, it decides what instance attribute access returns.</summary>
public interface IInstanceBinder
{
    PyObject BindTo(PyObject instance);
}
