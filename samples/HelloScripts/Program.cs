// Calls Python modules compiled to C# by Pyrolyn.Generator. Each script becomes a class in
// Pyrolyn.Scripts named by ModuleNaming.ClassName: greet.py -> GreetModule,
// shapes/circle.py -> Shapes_CircleModule. Import() runs the module body once and returns the
// module object; its functions are then called like any Python callable.
using Pyrolyn.Runtime;
using Pyrolyn.Runtime.Hosting;
using Pyrolyn.Runtime.Threading;
using Pyrolyn.Scripts;

Gil.Acquire();
try
{
    PyModule greet = GreetModule.Import();
    Console.WriteLine(Ops.Str(Call(greet, "greet", new PyStr("world"))));
    Console.WriteLine(Ops.Str(Call(greet, "describe_circle", PyInt.From(2))));

    PyModule circle = Shapes_CircleModule.Import();
    Console.WriteLine("circumference(1) = " + Ops.Repr(Call(circle, "circumference", PyInt.From(1))));
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

static PyObject Call(PyModule module, string function, params PyObject[] args) =>
    (module.TryGet(function) ?? throw new InvalidOperationException($"{module.Name} has no '{function}'")).Call(args);
