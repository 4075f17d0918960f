namespace Modelplane.Cli;

/// <summary>The exit codes of <c>modelplane</c>; scripts rely on them, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>An artifact failed its hash check, or something else went wrong (I/O, the database, a bug).</summary>
    public const int Error = 1;

    /// <summary>The command line was wrong: an unknown option, a bad value, a missing confirmation.</summary>
    public const int Usage = 2;

    /// <summary>What was asked for does not exist: the store, a model, a version, an empty stage, an artifact, a run.</summary>
    public const int NotFound = 3;

    /// <summary>The change conflicts with the current state: a stage held by another version (use --force), a model that already exists.</summary>
    public const int Conflict = 4;

    /// <summary>The command was interrupted (Ctrl+C), as shells report a SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The text shown under "Exit codes" in <c>modelplane --help</c> and in docs/cli.md.</summary>
    public const string Summary =
        "Exit codes: 0 success; 1 integrity or other error; 2 usage error (bad option or value, missing --yes); " +
        "3 not found (store, model, version, empty stage, artifact, run); 4 conflict (stage held without --force, model exists); 130 interrupted.";
}
