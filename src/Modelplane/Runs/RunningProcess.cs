using System.Diagnostics;

namespace Modelplane.Runs;

/// <summary>
/// Which process runs a pipeline run, recorded with the run, so a run left <see cref="RunStatus.Running"/>
/// by a process that died (killed, crashed, power cut) can be recognised later on the same machine.
/// </summary>
internal static class RunningProcess
{
    // Start times are compared with slack: the store may keep them at a coarser precision.
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(1);

    public static string Host { get; } = Environment.MachineName;

    public static int Id { get; } = Environment.ProcessId;

    public static DateTimeOffset Started { get; } = StartTimeOf(Process.GetCurrentProcess()) ?? DateTimeOffset.UtcNow;

    /// <summary>Whether process <paramref name="id"/> on this machine is the one that started at <paramref name="started"/> (a reused id is a different process).</summary>
    public static bool IsAlive(int id, DateTimeOffset? started)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            if (process.HasExited)
            {
                return false;
            }

            return started is null || StartTimeOf(process) is not { } actual || (actual - started.Value).Duration() <= StartTimeTolerance;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static DateTimeOffset? StartTimeOf(Process process)
    {
        try
        {
            return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }
}
