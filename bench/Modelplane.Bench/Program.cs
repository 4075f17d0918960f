using System.Globalization;
using Modelplane.Bench;

// Usage: dotnet run -c Release --project bench/Modelplane.Bench [steps] [repetitions]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var steps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
var folder = Path.Combine(Path.GetTempPath(), "modelplane-bench", Guid.NewGuid().ToString("N"));
try
{
    await EngineOverheadBenchmark.RunAsync(steps, repetitions, folder);
}
finally
{
    Directory.Delete(folder, recursive: true);
}
