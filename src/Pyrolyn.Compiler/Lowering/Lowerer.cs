using System.Threading;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Diagnostics;

namespace Pyrolyn.Compiler.Lowering;

// STUB: replaced by the real lowering pass.
public static class Lowerer
{
    public static BoundModule Lower(BoundModule module, DiagnosticBag diagnostics, CancellationToken cancellationToken) => module;
}
