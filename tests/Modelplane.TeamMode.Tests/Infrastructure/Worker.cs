using System.Diagnostics;
using System.Text;

namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>A running Modelplane.StressWorker process, started with <c>dotnet</c> and the store settings in its environment.</summary>
public sealed class Worker : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private Worker(Process process) => _process = process;

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Modelplane.StressWorker.dll");

    /// <summary>Starts the worker with <paramref name="arguments"/>; <paramref name="environment"/> is added to (or, with a null value, removed from) this process's environment.</summary>
    public static Worker Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var worker = new Worker(Process.Start(start)!);
        worker._process.ErrorDataReceived += (_, e) =>
        {
            lock (worker._errors)
            {
                worker._errors.AppendLine(e.Data);
            }
        };
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Runs the worker to the end and returns its output lines; fails with its error output if it exits non-zero.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var worker = Start(environment, arguments);
        var lines = new List<string>();
        while (await worker.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        await worker.ExitAsync();
        return lines;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The next output line, or <see langword="null"/> at the end; fails if none comes within a minute.</summary>
    public async Task<string?> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            return await _process.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The worker wrote nothing for a minute. Its errors: {Errors}");
        }
    }

    public Task WriteLineAsync(string line) => _process.StandardInput.WriteLineAsync(line);

    /// <summary>Waits for the worker to exit and fails with its error output unless it exited with 0.</summary>
    public async Task ExitAsync()
    {
        await _process.WaitForExitAsync();
        Assert.True(_process.ExitCode == 0, $"The worker exited with {_process.ExitCode}: {Errors}");
    }

    /// <summary>Kills the worker as SIGKILL does: no finally blocks, no flushing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
