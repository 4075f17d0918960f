namespace Modelplane.Registry.Bench;

/// <summary>
/// What the bench registry holds. Model i is <c>model_iiii</c>, tagged <c>team-(i mod 50)</c> and
/// <c>tabular</c> or <c>vision</c>; every version n is tagged <c>batch-(n mod 5)</c>, every tenth also
/// <c>gold</c>, and carries two metadata values. Each version has one training run with one step run
/// that consumes the model's dataset artifact and produces a model artifact linked to the version.
/// The newest version is in production, the one before in staging.
/// </summary>
internal sealed record RegistryShape(int Models, int VersionsPerModel)
{
    public const int Teams = 50;

    public static string ModelName(int model) => $"model_{model:D4}";

    public static IReadOnlyList<string> ModelTags(int model) => [$"team-{model % Teams}", model % 2 == 0 ? "tabular" : "vision"];

    public static IReadOnlyList<string> VersionTags(int number) => number % 10 == 0 ? [$"batch-{number % 5}", "gold"] : [$"batch-{number % 5}"];
}
