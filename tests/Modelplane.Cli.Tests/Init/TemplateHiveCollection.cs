namespace Modelplane.Cli.Tests.Init;

/// <summary>The init tests share one packed and installed template pack.</summary>
[CollectionDefinition(Name)]
public sealed class TemplateHiveCollection : ICollectionFixture<TemplateHiveFixture>
{
    public const string Name = "Template hive";
}
