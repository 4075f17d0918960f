namespace Modelplane.Cli.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Project_builds() => Assert.True(true);
}
