using Modelplane.Models;

namespace Modelplane.Pipelines;

/// <summary>
/// Which model version a pipeline run works on, resolved once when the run starts and pinned for
/// the whole run: a new version, an existing number, a name (created if missing), the holder of a
/// stage, or the latest.
/// </summary>
/// <remarks>
/// The forms match ZenML's <c>model.version</c>: none means new; a number, a stage or <c>latest</c>
/// must exist (the run fails before any step, naming the model); any other text is a version name.
/// </remarks>
public sealed class VersionRequest
{
    private VersionRequest(VersionSelector? selector) => Selector = selector;

    /// <summary>A new numbered version created for this run (the default). If the run fails, the version is deleted.</summary>
    public static VersionRequest New { get; } = new(null);

    /// <summary>The highest-numbered existing version.</summary>
    public static VersionRequest Latest { get; } = new(VersionSelector.Latest);

    /// <summary>Whether this asks for a new version.</summary>
    public bool IsNew => Selector is null;

    /// <summary>The lookup for an existing version; null for <see cref="New"/>.</summary>
    internal VersionSelector? Selector { get; }

    /// <summary>The existing version with this number.</summary>
    /// <param name="number">The version number, 1 or more.</param>
    public static VersionRequest Number(int number) => new(VersionSelector.ByNumber(number));

    /// <summary>The version with this name, created with the next number if the model has none of that name.</summary>
    /// <param name="name">A version name: not numeric, not a stage name.</param>
    public static VersionRequest Name(string name) => new(VersionSelector.ByName(name));

    /// <summary>The version that holds <paramref name="stage"/> when the run starts.</summary>
    /// <param name="stage">Staging or production (archived and none pick the highest-numbered version in them).</param>
    public static VersionRequest Stage(Stage stage) => new(VersionSelector.ByStage(stage));

    /// <summary>
    /// Reads the config form: empty or null is <see cref="New"/>; otherwise a number, a stage,
    /// <c>latest</c>, an id or a version name, as <see cref="VersionSelector.Parse"/> reads them.
    /// </summary>
    /// <param name="text">The text from a config file or command line.</param>
    public static VersionRequest Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? New : new VersionRequest(VersionSelector.Parse(text));

    /// <summary><c>new</c>, or the selector's text (<c>3</c>, <c>staging</c>, <c>latest</c>, a name).</summary>
    public override string ToString() => Selector?.ToString() ?? "new";
}
