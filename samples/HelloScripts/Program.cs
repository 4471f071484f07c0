// Calls Python modules compiled to C# by Pyrolyn.Generator. Each script becomes a static class
// in Pyrolyn.Scripts named by ModuleNaming.ClassName (greet.py -> GreetModule,
// shapes/circle.py -> Shapes_CircleModule). Import() runs the module body once; each top-level
// `def` is also a public static method of that class, callable from C#.
using Pyrolyn.Runtime;
using Pyrolyn.Runtime.Hosting;
using Pyrolyn.Runtime.Threading;
using Pyrolyn.Scripts;

// Python code runs under the GIL.
Gil.Acquire();
try
{
    GreetModule.Import();
    Console.WriteLine(Ops.Str(GreetModule.greet(new PyStr("world"))));
    Console.WriteLine(Ops.Str(GreetModule.describe_circle(PyInt.From(2))));

    Shapes_CircleModule.Import();
    Console.WriteLine("circumference(1) = " + Ops.Repr(Shapes_CircleModule.circumference(PyInt.From(1))));

    // Module globals are reachable through the module object too.
    PyModule utils = UtilsModule.Import();
    PyObject shout = utils.TryGet("shout") ?? throw new InvalidOperationException("utils has no 'shout'");
    Console.WriteLine(Ops.Str(shout.Call(new PyObject[] { new PyStr("called through the module object") })));
    return 0;
}
catch (PyException e)
{
    return PyrolynHost.HandleUncaught(e.Value);
}
finally
{
    StandardStreams.Out.Flush();
    Gil.Release();
}
