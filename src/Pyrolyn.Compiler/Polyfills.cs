// netstandard2.0 lacks these compiler-support types; declaring them lets the compiler library use
// init accessors and records.
#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit { }
}
#endif
