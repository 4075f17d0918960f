namespace Modelplane.Runs;

/// <summary>The state of a pipeline run or step run.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished successfully.</summary>
    Completed,

    /// <summary>Finished with an error.</summary>
    Failed,

    /// <summary>Not executed: the outputs of an earlier completed run with the same cache key were reused (for a pipeline run: every step was).</summary>
    Cached,
}
