using Modelplane.Models;

namespace Modelplane.Cli.Output.Documents;

/// <summary>One stage move in <c>--json</c> output.</summary>
internal sealed record StageTransitionDocument(
    int Version,
    Guid VersionId,
    string From,
    string To,
    DateTimeOffset At,
    string Actor,
    string? Reason)
{
    public static StageTransitionDocument Of(StageTransition transition) => new(
        transition.VersionNumber, transition.VersionId, Stages.ToText(transition.From), Stages.ToText(transition.To),
        transition.At, transition.Actor, transition.Reason);
}
