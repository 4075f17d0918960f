using Modelplane.Artifacts;

namespace Modelplane.Runs;

/// <summary>An artifact version a step run produced, to be recorded when the step run completes.</summary>
/// <param name="OutputNames">
/// The output names it is recorded under: usually one, more when a step returns the same artifact
/// in several properties of its output record.
/// </param>
/// <param name="Artifact">
/// The artifact version, whose content is already in the artifact store. Its producer is the
/// completing step run; <see cref="NewArtifactVersion.ProducerStepRunId"/> may be left unset.
/// </param>
public sealed record NewStepOutput(IReadOnlyList<string> OutputNames, NewArtifactVersion Artifact);
