using System.Diagnostics;

namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>
/// A command running in a detached tmux session on a private tmux server (its own socket), so the
/// command gets a real pseudo-terminal that the test types into and reads from.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    private const string SessionName = "modelplane-test";
    private readonly string _socket;
    private readonly string _exitFile;

    private TmuxSession(string folder)
    {
        _socket = Path.Combine(folder, "tmux.sock");
        _exitFile = Path.Combine(folder, "exit-code");
    }

    /// <summary>
    /// Skips the test when tmux cannot be run, with a visible reason; fails instead when the
    /// environment promises it (MODELPLANE_TEST_REQUIRE_SERVICES=1, as in CI).
    /// </summary>
    public static void SkipUnlessAvailable()
    {
        if (IsAvailable())
        {
            return;
        }

        Assert.False(
            Environment.GetEnvironmentVariable("MODELPLANE_TEST_REQUIRE_SERVICES") == "1",
            "tmux is required (MODELPLANE_TEST_REQUIRE_SERVICES=1) but cannot be run.");
        Skip.If(true, "tmux is not installed: this test needs a pseudo-terminal.");
    }

    private static bool IsAvailable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tmux", "-V") { RedirectStandardOutput = true, UseShellExecute = false });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Starts <paramref name="command"/> (a shell command line) in a 200x50 terminal.</summary>
    public static TmuxSession Start(string folder, string workingDirectory, string command)
    {
        var session = new TmuxSession(folder);
        // The exit code is written to a file (renamed into place, so a reader never sees it half
        // written) and the pane is then kept open: a pane that closed as the command ended would make
        // a capture racing with the exit fail with "no current target".
        var wrapped = $"cd '{workingDirectory}' && {command}; echo $? > '{session._exitFile}.tmp'; mv '{session._exitFile}.tmp' '{session._exitFile}'; sleep 600";
        session.Tmux("new-session", "-d", "-x", "200", "-y", "50", "-s", SessionName, wrapped);
        return session;
    }

    /// <summary>The pane's text, including what scrolled off the screen.</summary>
    public string Capture() => Tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", SessionName);

    /// <summary>Waits until the pane shows <paramref name="text"/> at least <paramref name="occurrences"/> times.</summary>
    public async Task WaitForAsync(string text, int occurrences = 1, TimeSpan? timeout = null)
    {
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var screen = "";
        while (DateTime.UtcNow < limit)
        {
            screen = Capture();
            if (CountOf(screen, text) >= occurrences)
            {
                return;
            }

            if (File.Exists(_exitFile))
            {
                Assert.Fail($"The command ended (exit code {await File.ReadAllTextAsync(_exitFile)}) before showing '{text}'. Last screen:\n{screen}");
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The terminal did not show '{text}' within the time limit. Screen:\n{screen}");
    }

    /// <summary>Sends keys: tmux key names (Down, Enter) or literal text with <paramref name="literal"/>.</summary>
    public void Send(string keys, bool literal = false)
    {
        if (literal)
        {
            Tmux("send-keys", "-t", SessionName, "-l", keys);
        }
        else
        {
            Tmux("send-keys", "-t", SessionName, keys);
        }
    }

    /// <summary>Waits for the command to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        var limit = DateTime.UtcNow + timeout;
        var lastScreen = "";
        while (DateTime.UtcNow < limit)
        {
            if (File.Exists(_exitFile) && (await File.ReadAllTextAsync(_exitFile)).Trim() is { Length: > 0 } code)
            {
                return int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
            }

            lastScreen = Capture();
            await Task.Delay(250);
        }

        Assert.Fail($"The command did not end within {timeout}. Screen:\n{lastScreen}");
        return -1;
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server is already gone: nothing is left to stop.
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private string Tmux(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("-S");
        startInfo.ArgumentList.Add(_socket);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"tmux {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
    }
}
