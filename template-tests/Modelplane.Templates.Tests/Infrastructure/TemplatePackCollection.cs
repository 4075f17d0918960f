namespace Modelplane.Templates.Tests.Infrastructure;

/// <summary>Every test class that needs the packed template shares one pack per run.</summary>
[CollectionDefinition(Name)]
public sealed class TemplatePackCollection : ICollectionFixture<TemplatePackFixture>
{
    public const string Name = "Template pack";
}
