namespace Modelplane.Cli;

/// <summary>The entry point of the <c>modelplane</c> tool.</summary>
internal static class CliApplication
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("modelplane: no commands yet.");
        return Task.FromResult(2);
    }
}
