namespace Modelplane.Cli.Tests.Trained;

/// <summary>The command tests share one generated, built and trained project.</summary>
[CollectionDefinition(Name)]
public sealed class TrainedProjectCollection : ICollectionFixture<TrainedProjectFixture>
{
    public const string Name = "Trained project";
}
