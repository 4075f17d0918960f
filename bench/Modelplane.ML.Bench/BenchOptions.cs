using System.Globalization;

namespace Modelplane.ML.Bench;

/// <summary>Command-line options: <c>--rows 100000,1000000 --repetitions 5 --work-dir path</c> (repetitions = alternating rounds); <c>--child scorer rows</c> is internal.</summary>
internal sealed record BenchOptions(IReadOnlyList<long> Sizes, int Repetitions, string WorkDirectory, string? ChildMode, long ChildRows)
{
    public static BenchOptions Parse(string[] args)
    {
        var sizes = new List<long> { 100_000, 1_000_000 };
        var repetitions = 5;
        var work = Path.Combine(Path.GetTempPath(), "modelplane-ml-bench");
        string? childMode = null;
        long childRows = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rows":
                    sizes = args[++i].Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--repetitions":
                    repetitions = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--work-dir":
                    work = args[++i];
                    break;
                case "--child":
                    childMode = args[++i];
                    childRows = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Use --rows 100000,1000000 --repetitions 5 --work-dir <folder>.");
            }
        }

        return new BenchOptions(sizes, repetitions, work, childMode, childRows);
    }
}
